#include "TabletStartup.h"

#include "LanguageSwitcher.h"
#include "TouchStyle.h"

#include "client/TabletSettings.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

void TabletStartup::restoreLanguage(LanguageSwitcher& languages)
{
    const QString language =
        TabletSettings().language(LanguageSwitcher::supportedLanguage(QLocale::system()));
    if (!languages.setLanguage(language))
        languages.setLanguage(u"en"_s);
    QObject::connect(&languages, &LanguageSwitcher::languageChanged,
                     [](const QString& code) { TabletSettings().setLanguage(code); });
}

void TabletStartup::applyLook(QApplication& app)
{
    QGuiApplication::setApplicationDisplayName(u"TableSync"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/tablesync.svg"_s));
    TouchStyle::apply(app);
}
