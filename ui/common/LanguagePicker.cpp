#include "LanguagePicker.h"

#include "LanguageSwitcher.h"

#include <QEvent>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

LanguagePicker::LanguagePicker(LanguageSwitcher& switcher, QWidget* parent)
    : QComboBox(parent)
    , m_switcher(switcher)
{
    setObjectName(u"languagePicker"_s);
    setMinimumHeight(48);
    for (const LanguageSwitcher::Language& language : LanguageSwitcher::languages())
        addItem(language.nativeName, language.code);
    showLanguage(m_switcher.language());
    connect(this, &QComboBox::activated, this,
            [this](int index) { m_switcher.setLanguage(itemData(index).toString()); });
    // Several windows (the demo) share one language: each picker shows the current one.
    connect(&m_switcher, &LanguageSwitcher::languageChanged, this, &LanguagePicker::showLanguage);
    retranslate();
}

void LanguagePicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void LanguagePicker::showLanguage(const QString& code)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(code));
}

void LanguagePicker::retranslate()
{
    setToolTip(tr("Language"));
    setAccessibleName(tr("Language"));
}
