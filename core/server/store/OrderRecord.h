#pragma once

#include "model/Order.h"

#include <QByteArray>

// An order with what a write to it is checked against.
struct OrderRecord
{
    Order order;
    int seats = 0;
    // order.items as OrderJsonWriter::lines() writes them, when the store still has the bytes
    // this process wrote to the row; empty otherwise.
    QByteArray itemsJson{};
};
