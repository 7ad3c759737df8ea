#pragma once

#include "model/ApiMessages.h"

// A bill of three guests and a shared plate, as GET /orders/{id}/bill answers it.
inline BillReply sampleBill()
{
    BillReply bill;
    bill.orderId = 34;
    bill.tableId = QStringLiteral("12");
    bill.version = 9;
    bill.currency = QStringLiteral("EUR");
    bill.lines = {
        {QStringLiteral("a1"), QStringLiteral("Lentil soup"), 2, 1, 450, 900},
        {QStringLiteral("a2"), QStringLiteral("Mixed meze"), 1, 0, 1290, 1290},
        {QStringLiteral("a3"), QStringLiteral("Adana kebab"), 1, 2, 1650, 1650},
        {QStringLiteral("a4"), QStringLiteral("Ayran"), 3, 1, 175, 525},
        {QStringLiteral("a5"), QStringLiteral("Baklava"), 1, 3, 595, 595},
    };
    bill.seats = {{0, 1290}, {1, 1425}, {2, 1650}, {3, 595}};
    bill.totalCents = 4960;
    return bill;
}
