#include "MoneyText.h"

#include <QHash>

QString MoneyText::text(qint64 cents, const QString& currencyCode, const QLocale& locale)
{
    // Whole cents to a decimal with exactly two places: no rounding can creep in.
    return locale.toCurrencyString(double(cents) / 100.0, symbol(currencyCode), 2);
}

QString MoneyText::symbol(const QString& currencyCode)
{
    static QHash<QString, QString> known;
    if (const auto found = known.constFind(currencyCode); found != known.cend())
        return *found;
    QString symbol = currencyCode;
    const QList<QLocale> locales =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale& locale : locales) {
        if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currencyCode) {
            symbol = locale.currencySymbol(QLocale::CurrencySymbol);
            break;
        }
    }
    known.insert(currencyCode, symbol);
    return symbol;
}
