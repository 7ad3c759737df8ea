#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

// The app's language, switched while it runs: installs TableSync's catalog and Qt's own (standard
// buttons, context menus) and makes QLocale follow, so numbers, prices and times change too.
// Installing a catalog sends QEvent::LanguageChange to every widget, which re-sets its texts.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code;       // "tr"
        QString nativeName; // "Türkçe": the name a speaker looks for, whatever is shown now
    };

    explicit LanguageSwitcher(QObject* parent = nullptr);
    ~LanguageSwitcher() override;

    static QList<Language> languages();
    // The supported language for a locale ("de_AT" → "de"), English when there is none.
    static QString supportedLanguage(const QLocale& locale);

    QString language() const { return m_language; }
    // False, keeping the current language, for an unknown code or a catalog that cannot load.
    bool setLanguage(const QString& code);
    // Whether Qt's own catalog for the current language was found (qt6-translations-l10n).
    bool hasQtCatalog() const { return m_hasQtCatalog; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    QTranslator* m_appCatalog;
    QTranslator* m_qtCatalog;
    QString m_language = QStringLiteral("en");
    bool m_hasQtCatalog = false;
};
