#pragma once

#include "Order.h"

#include <QByteArray>

class JsonCursor;

// Writes an order and its line list as compact JSON straight into one buffer sized up front,
// byte for byte what JsonCodec::encode(JsonCodec::toJson(...)) gives (keys sorted, as
// QJsonObject keeps them), without building a QJsonObject. The list written once can go
// into the stored row and the reply alike.
class OrderJsonWriter
{
public:
    // The JSON array of the lines, as api-v1.md's `items`.
    static QByteArray lines(const Lines& lines);
    // The order, with `items` already written by lines() (not checked).
    static QByteArray order(const Order& order, const QByteArray& items);
    // The same into a buffer another writer sized, with room for orderBound() bytes.
    static void order(JsonCursor& out, const Order& order, const QByteArray& items);
    static qsizetype orderBound(const Order& order, const QByteArray& items);
    static QByteArray order(const Order& order)
    {
        return OrderJsonWriter::order(order, lines(order.items));
    }
    // The 200 of POST /orders/{id}/close: the closed order and the table's next one.
    static QByteArray closeReply(const Order& closed, qint64 nextOrderId);
    // A PATCH body of api-v1.md without voids: the whole list and the version it was made on.
    static QByteArray patchBody(qint64 expectedVersion, const Lines& items);
};
