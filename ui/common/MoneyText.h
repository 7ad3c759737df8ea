#pragma once

#include <QLocale>
#include <QString>

// An amount in integer cents as the chosen language writes money, with the venue's currency
// (an ISO 4217 code from the server) shown by its symbol where some locale knows one.
class MoneyText
{
public:
    static QString text(qint64 cents, const QString& currencyCode,
                        const QLocale& locale = QLocale());
    // "€" for EUR, "₺" for TRY; the code itself when no locale uses it.
    static QString symbol(const QString& currencyCode);
};
