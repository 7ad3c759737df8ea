#pragma once

#include <QComboBox>

class LanguageSwitcher;

// The language choice in the app's settings: each language by its own name, applied at once.
class LanguagePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit LanguagePicker(LanguageSwitcher& switcher, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showLanguage(const QString& code);
    void retranslate();

    LanguageSwitcher& m_switcher;
};
