#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Qt's catalogs: Debian's qt6-translations-l10n (qtbase_de.qm), or what windeployqt puts in
// translations/ next to the program on Windows (qt_de.qm, which includes qtbase).
bool loadQtCatalog(QTranslator& catalog, const QString& code)
{
    const QStringList folders{
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(u"translations"_s)};
    for (const QString& folder : folders) {
        for (const QString& name : {u"qtbase_"_s, u"qt_"_s}) {
            if (catalog.load(name + code, folder))
                return true;
        }
    }
    return false;
}

} // namespace

LanguageSwitcher::LanguageSwitcher(QObject* parent)
    : QObject(parent)
    , m_appCatalog(new QTranslator(this))
    , m_qtCatalog(new QTranslator(this))
{}

LanguageSwitcher::~LanguageSwitcher()
{
    QCoreApplication::removeTranslator(m_appCatalog);
    QCoreApplication::removeTranslator(m_qtCatalog);
}

QList<LanguageSwitcher::Language> LanguageSwitcher::languages()
{
    return {{u"en"_s, u"English"_s},
            {u"tr"_s, u"Türkçe"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"ru"_s, u"Русский"_s}};
}

QString LanguageSwitcher::supportedLanguage(const QLocale& locale)
{
    const QString code = locale.name().section(u'_', 0, 0);
    for (const Language& language : languages()) {
        if (language.code == code)
            return code;
    }
    return u"en"_s;
}

bool LanguageSwitcher::setLanguage(const QString& code)
{
    const QList<Language> known = languages();
    if (std::none_of(known.cbegin(), known.cend(),
                     [&](const Language& language) { return language.code == code; }))
        return false;
    // English too has a catalog: its plural forms ("1 item").
    auto appCatalog = std::make_unique<QTranslator>(this);
    if (!appCatalog->load(u":/i18n/tablesync_"_s + code))
        return false;
    auto qtCatalog = std::make_unique<QTranslator>(this);
    const bool hasQtCatalog = code != "en"_L1 && loadQtCatalog(*qtCatalog, code);

    // The locale first: widgets re-reading their texts format numbers the new way.
    QLocale::setDefault(QLocale(code));
    QCoreApplication::removeTranslator(m_appCatalog);
    QCoreApplication::removeTranslator(m_qtCatalog);
    delete m_appCatalog;
    delete m_qtCatalog;
    m_appCatalog = appCatalog.release();
    m_qtCatalog = qtCatalog.release();
    if (hasQtCatalog)
        QCoreApplication::installTranslator(m_qtCatalog);
    QCoreApplication::installTranslator(m_appCatalog);
    m_hasQtCatalog = hasQtCatalog;
    m_language = code;
    Q_EMIT languageChanged(code);
    return true;
}
