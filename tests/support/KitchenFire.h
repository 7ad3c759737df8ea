#pragma once

#include "ServerFixture.h"

#include <QJsonArray>

// What a waiter does to make a kitchen ticket, over HTTP: add a line to a table's order and fire
// it. For the kitchen's tests; returns the new tickets' ids.
namespace KitchenFire {

inline Result<QList<qint64>> fireLine(ServerFixture& fixture, const QString& tableId,
                                      const QString& menuItemId, const QString& note = {},
                                      int course = 1)
{
    const Result<QByteArray> waiter = fixture.token(QStringLiteral("ayse"));
    if (!waiter)
        return waiter.error();
    const Result<Table> table = fixture.table(tableId, waiter.value());
    if (!table)
        return table.error();
    const Result<Order> before = fixture.order(table->orderId, waiter.value());
    if (!before)
        return before.error();
    Lines lines = before->items;
    Line line = ServerFixture::newLine(menuItemId, 2, 1, note);
    line.course = course;
    lines.append(line);
    const HttpReply patched =
        fixture.patchLines(table->orderId, before->version, lines, waiter.value());
    if (patched.status != 200)
        return unexpectedReply(QStringLiteral("PATCH before the fire"), patched);
    const qint64 version = patched.json().value(QStringLiteral("version")).toInteger();
    const HttpReply fired = fixture.http().sendJson(
        "POST", QStringLiteral("/api/v1/orders/%1/fire").arg(table->orderId),
        QJsonObject{{QStringLiteral("expected_version"), version}}, waiter.value());
    if (fired.status != 200)
        return unexpectedReply(QStringLiteral("POST fire"), fired);
    QList<qint64> ids;
    const QJsonArray tickets = fired.json().value(QStringLiteral("tickets")).toArray();
    for (const QJsonValue& ticket : tickets)
        ids.append(ticket.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

// The first available item of a station in a menu; empty when there is none.
inline QString itemOf(const QList<MenuItem>& menu, const QString& station)
{
    for (const MenuItem& item : menu) {
        if (item.station == station && item.available)
            return item.id;
    }
    return {};
}

} // namespace KitchenFire
