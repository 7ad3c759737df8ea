#pragma once

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

// Why a fired line comes off the order: one large button per reason (api-v1.md "Voids") and a
// note, which "other" needs. Thin: it only collects the choice.
class VoidDialog : public QDialog
{
    Q_OBJECT
public:
    // `what`: the line as the order view names it ("2× Lentil soup, seat 3").
    explicit VoidDialog(const QString& what, QWidget* parent = nullptr);

    // The chosen reason code, empty until one is tapped.
    QString reason() const;
    QString note() const;
    QPushButton* confirmButton() const { return m_confirm; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateConfirm();
    void retranslate();

    QString m_what;
    QLabel* m_title = nullptr;
    QLabel* m_noteLabel = nullptr;
    QButtonGroup* m_reasons = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
};
