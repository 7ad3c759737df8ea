#pragma once

#include <QCoreApplication>
#include <QString>

// The words for a void's reason code (api-v1.md "Voids"): the kitchen's cards and tickets,
// the waiter's void dialog.
class VoidReasons
{
    Q_DECLARE_TR_FUNCTIONS(VoidReasons)
public:
    // An unknown code (a newer server) shows as it came.
    static QString text(const QString& reasonCode);
};
