#include "TabletStartup.h"

#include "LanguageSwitcher.h"
#include "TouchStyle.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

void TabletStartup::restoreLanguage(LanguageSwitcher& languages)
{
    const QString language =
        QSettings()
            .value(u"ui/language"_s, LanguageSwitcher::supportedLanguage(QLocale::system()))
            .toString();
    if (!languages.setLanguage(language))
        languages.setLanguage(u"en"_s);
    QObject::connect(&languages, &LanguageSwitcher::languageChanged,
                     [](const QString& code) { QSettings().setValue(u"ui/language"_s, code); });
}

void TabletStartup::applyLook(QApplication& app)
{
    QGuiApplication::setApplicationDisplayName(u"TableSync"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/tablesync.svg"_s));
    TouchStyle::apply(app);
}
