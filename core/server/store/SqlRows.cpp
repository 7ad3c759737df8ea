#include "SqlRows.h"

#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/KitchenCodec.h"
#include "model/OrderJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant nullable(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant nullableText(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

// Line events always carry their note, even an empty one.
void withLineNote(Event& event)
{
    if (!event.note && !event.lineId.isEmpty() && event.kind != Event::Kind::Conflict)
        event.note = QString();
}

} // namespace

Staff SqlRows::staff(const QSqlQuery& query)
{
    return Staff{query.value(0).toString(), query.value(1).toString(),
                 JsonCodec::roleFromName(query.value(2).toString()).value_or(Staff::Role::Waiter)};
}

StaffRecord SqlRows::staffRecord(const QSqlQuery& query)
{
    return StaffRecord{staff(query), query.value(3).toString()};
}

QList<MenuEntry> SqlRows::menu(QSqlQuery& query)
{
    QList<MenuEntry> entries;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (entries.isEmpty() || entries.last().id != id) {
            entries.append(MenuEntry{});
            entries.last().id = id;
            entries.last().priceCents = query.value(1).toInt();
            entries.last().station = query.value(5).toString();
            entries.last().available = query.value(6).toInt() != 0;
        }
        const QString lang = query.value(2).toString();
        entries.last().names.insert(lang, query.value(3).toString());
        entries.last().categories.insert(lang, query.value(4).toString());
    }
    query.finish();
    return entries;
}

Table SqlRows::table(const QSqlQuery& query)
{
    return Table{query.value(0).toString(),   query.value(1).toString(),   query.value(2).toInt(),
                 query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toInt(),
                 query.value(6).toLongLong()};
}

QString SqlRows::eventColumns()
{
    return u"seq, order_id, table_id, version, kind, line_id, menu_item_id, qty, prev_qty, note,"
           " expected_version, author, at, seat, prev_seat, ticket_id, reason, approved_by"_s;
}

Event SqlRows::event(const QSqlQuery& query)
{
    Event event;
    event.seq = query.value(0).toLongLong();
    event.orderId = query.value(1).toLongLong();
    event.tableId = query.value(2).toString();
    event.version = query.value(3).toLongLong();
    event.kind = JsonCodec::kindFromName(query.value(4).toString()).value_or(Event::Kind::Add);
    event.lineId = query.value(5).toString();
    event.menuItemId = query.value(6).toString();
    if (!query.value(7).isNull())
        event.qty = query.value(7).toInt();
    if (!query.value(8).isNull())
        event.prevQty = query.value(8).toInt();
    if (!query.value(9).isNull())
        event.note = query.value(9).toString();
    if (!query.value(10).isNull())
        event.expectedVersion = query.value(10).toLongLong();
    event.author = query.value(11).toString();
    event.at = query.value(12).toLongLong();
    if (!query.value(13).isNull())
        event.seat = query.value(13).toInt();
    if (!query.value(14).isNull())
        event.prevSeat = query.value(14).toInt();
    if (!query.value(15).isNull())
        event.ticketId = query.value(15).toLongLong();
    event.reason = query.value(16).toString();
    event.approvedBy = query.value(17).toString();
    withLineNote(event);
    return event;
}

Event SqlRows::stored(Event event)
{
    // A null note binds as NULL.
    if (event.note && event.note->isNull())
        event.note.reset();
    withLineNote(event);
    return event;
}

QVariantList SqlRows::eventValues(const Event& event)
{
    return {event.orderId,
            event.tableId,
            event.version,
            JsonCodec::kindName(event.kind),
            nullableText(event.lineId),
            nullableText(event.menuItemId),
            nullable(event.qty),
            nullable(event.prevQty),
            event.note ? QVariant(*event.note) : QVariant(QMetaType(QMetaType::QString)),
            event.expectedVersion ? QVariant(*event.expectedVersion)
                                  : QVariant(QMetaType(QMetaType::LongLong)),
            event.author,
            event.at,
            nullable(event.seat),
            nullable(event.prevSeat),
            event.ticketId ? QVariant(*event.ticketId) : QVariant(QMetaType(QMetaType::LongLong)),
            nullableText(event.reason),
            nullableText(event.approvedBy)};
}

QString SqlRows::text(const QString& value)
{
    // A null QString binds as SQL NULL; an empty one is what a NOT NULL text column holds.
    return value.isNull() ? u""_s : value;
}

QString SqlRows::ticketColumns()
{
    return u"id, order_id, table_id, table_name, kind, station, course, lines, created_by,"
           " created_at, bumped_at, bumped_by"_s;
}

Ticket SqlRows::ticket(const QSqlQuery& query)
{
    Ticket ticket;
    ticket.id = query.value(0).toLongLong();
    ticket.orderId = query.value(1).toLongLong();
    ticket.tableId = query.value(2).toString();
    ticket.tableName = query.value(3).toString();
    ticket.kind =
        KitchenCodec::kindFromName(query.value(4).toString()).value_or(Ticket::Kind::Fire);
    ticket.station = query.value(5).toString();
    ticket.course = query.value(6).toInt();
    const QJsonArray lines = QJsonDocument::fromJson(query.value(7).toByteArray()).array();
    for (const QJsonValue& value : lines) {
        Result<TicketLine> line = KitchenCodec::ticketLineFromJson(value, u"lines"_s);
        if (line.ok())
            ticket.lines.append(std::move(line).value());
    }
    ticket.createdBy = query.value(8).toString();
    ticket.createdAt = query.value(9).toLongLong();
    ticket.bumpedAt = query.value(10).isNull() ? 0 : query.value(10).toLongLong();
    ticket.bumpedBy = query.value(11).toString();
    return ticket;
}

QVariantList SqlRows::ticketValues(const Ticket& ticket)
{
    QJsonArray lines;
    for (const TicketLine& line : ticket.lines)
        lines.append(KitchenCodec::toJson(line, ticket.kind));
    return {ticket.orderId,
            ticket.tableId,
            ticket.tableName,
            KitchenCodec::kindName(ticket.kind),
            text(ticket.station),
            ticket.course,
            QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)),
            ticket.createdBy,
            ticket.createdAt};
}

QString SqlRows::linesText(const Lines& lines)
{
    return QString::fromUtf8(OrderJsonWriter::lines(lines));
}

Lines SqlRows::lines(const QByteArray& text)
{
    Lines lines;
    const QJsonArray array = QJsonDocument::fromJson(text).array();
    lines.reserve(array.size());
    for (const QJsonValue& value : array) {
        Result<Line> line = JsonDecoder::lineFromJson(value);
        if (line.ok())
            lines.append(std::move(line).value());
    }
    return lines;
}
