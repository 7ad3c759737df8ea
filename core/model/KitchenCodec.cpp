#include "KitchenCodec.h"

#include "JsonCodec.h"
#include "JsonDecoder.h"
#include "JsonFieldReader.h"

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<Ticket::Kind> readKind(JsonFieldReader& reader)
{
    const std::optional<Ticket::Kind> kind = KitchenCodec::kindFromName(reader.string(u"kind"_s));
    if (reader.ok() && !kind)
        reader.fail(u"kind"_s, u"\"fire\" or \"void\""_s);
    return kind;
}

void requireType(JsonFieldReader& reader, const QString& type)
{
    if (reader.string(u"type"_s) != type)
        reader.fail(u"type"_s, u'"' + type + u'"');
}

} // namespace

QString KitchenCodec::kindName(Ticket::Kind kind)
{
    return kind == Ticket::Kind::Void ? u"void"_s : u"fire"_s;
}

std::optional<Ticket::Kind> KitchenCodec::kindFromName(const QString& name)
{
    if (name == "fire"_L1)
        return Ticket::Kind::Fire;
    if (name == "void"_L1)
        return Ticket::Kind::Void;
    return std::nullopt;
}

QJsonObject KitchenCodec::toJson(const TicketLine& line, Ticket::Kind kind)
{
    QJsonObject object{{u"line_id"_s, line.lineId}, {u"menu_item_id"_s, line.menuItemId},
                       {u"name"_s, line.name},      {u"qty"_s, line.qty},
                       {u"seat"_s, line.seat},      {u"note"_s, line.note}};
    if (kind == Ticket::Kind::Void) {
        object.insert(u"reason"_s, line.reason);
        object.insert(u"approved_by"_s, line.approvedBy);
    }
    return object;
}

QJsonObject KitchenCodec::toJson(const Ticket& ticket)
{
    QJsonArray lines;
    for (const TicketLine& line : ticket.lines)
        lines.append(toJson(line, ticket.kind));
    QJsonObject object{{u"id"_s, ticket.id},
                       {u"order_id"_s, ticket.orderId},
                       {u"table_id"_s, ticket.tableId},
                       {u"table_name"_s, ticket.tableName},
                       {u"kind"_s, kindName(ticket.kind)},
                       {u"station"_s, ticket.station},
                       {u"course"_s, ticket.course},
                       {u"lines"_s, lines},
                       {u"created_by"_s, ticket.createdBy},
                       {u"created_at"_s, ticket.createdAt}};
    if (ticket.bumped()) {
        object.insert(u"bumped_at"_s, ticket.bumpedAt);
        object.insert(u"bumped_by"_s, ticket.bumpedBy);
    }
    return object;
}

QJsonArray KitchenCodec::toJson(const Tickets& tickets)
{
    QJsonArray array;
    for (const Ticket& ticket : tickets)
        array.append(toJson(ticket));
    return array;
}

QJsonObject KitchenCodec::toJson(const FireRequest& request)
{
    QJsonObject object;
    if (request.expectedVersion)
        object.insert(u"expected_version"_s, *request.expectedVersion);
    if (request.courses) {
        QJsonArray courses;
        for (int course : *request.courses)
            courses.append(course);
        object.insert(u"courses"_s, courses);
    }
    if (request.lines)
        object.insert(u"lines"_s, QJsonArray::fromStringList(*request.lines));
    return object;
}

QJsonObject KitchenCodec::toJson(const FireReply& reply)
{
    return QJsonObject{{u"order"_s, JsonCodec::toJson(reply.order)},
                       {u"tickets"_s, toJson(reply.tickets)}};
}

QJsonObject KitchenCodec::toJson(const BanquetFireRequest& request)
{
    return QJsonObject{{u"course"_s, request.course},
                       {u"tables"_s, QJsonArray::fromStringList(request.tables)}};
}

QJsonObject KitchenCodec::toJson(const BanquetFireReply& reply)
{
    QJsonArray orders;
    for (const OrderVersion& order : reply.orders)
        orders.append(QJsonObject{{u"order_id"_s, order.orderId}, {u"version"_s, order.version}});
    return QJsonObject{{u"orders"_s, orders}, {u"tickets"_s, toJson(reply.tickets)}};
}

QJsonObject KitchenCodec::toJson(const TicketsPage& page)
{
    return QJsonObject{{u"tickets"_s, toJson(page.tickets)}, {u"next"_s, page.next}};
}

QJsonObject KitchenCodec::toJson(const AvailabilityRequest& request)
{
    return QJsonObject{{u"available"_s, request.available}};
}

QJsonObject KitchenCodec::toJson(const TicketMessage& message)
{
    return QJsonObject{{u"type"_s, u"ticket"_s},
                       {u"ticket_id"_s, message.ticketId},
                       {u"station"_s, message.station},
                       {u"order_id"_s, message.orderId},
                       {u"kind"_s, kindName(message.kind)}};
}

QJsonObject KitchenCodec::toJson(const MenuMessage& message)
{
    return QJsonObject{{u"type"_s, u"menu"_s},
                       {u"menu_item_id"_s, message.menuItemId},
                       {u"available"_s, message.available}};
}

Result<TicketLine> KitchenCodec::ticketLineFromJson(const QJsonValue& value, const QString& field)
{
    JsonFieldReader reader(value, field);
    TicketLine line;
    line.lineId = reader.string(u"line_id"_s);
    line.menuItemId = reader.string(u"menu_item_id"_s);
    line.name = reader.string(u"name"_s);
    line.qty = int(reader.integer(u"qty"_s));
    line.seat = int(reader.integer(u"seat"_s));
    line.note = reader.string(u"note"_s);
    line.reason = reader.string(u"reason"_s, false);
    line.approvedBy = reader.string(u"approved_by"_s, false);
    if (!reader.ok())
        return reader.error();
    return line;
}

Result<Ticket> KitchenCodec::ticketFromJson(const QJsonValue& value, const QString& field)
{
    JsonFieldReader reader(value, field);
    Ticket ticket;
    ticket.id = reader.integer(u"id"_s);
    ticket.orderId = reader.integer(u"order_id"_s);
    ticket.tableId = reader.string(u"table_id"_s);
    ticket.tableName = reader.string(u"table_name"_s);
    ticket.kind = readKind(reader).value_or(Ticket::Kind::Fire);
    ticket.station = reader.string(u"station"_s);
    ticket.course = int(reader.integer(u"course"_s));
    ticket.lines = reader.take(JsonFieldReader::list<TicketLine>(
        reader.object().value(u"lines"_s), reader.path(u"lines"_s), ticketLineFromJson));
    ticket.createdBy = reader.string(u"created_by"_s);
    ticket.createdAt = reader.integer(u"created_at"_s);
    ticket.bumpedAt = reader.integer(u"bumped_at"_s, false, 0);
    ticket.bumpedBy = reader.string(u"bumped_by"_s, false);
    if (!reader.ok())
        return reader.error();
    return ticket;
}

Result<Tickets> KitchenCodec::ticketsFromJson(const QJsonValue& value, const QString& field)
{
    return JsonFieldReader::list<Ticket>(value, field, ticketFromJson);
}

Result<FireReply> KitchenCodec::fireReplyFromJson(const QJsonValue& value)
{
    JsonFieldReader reader(value, {});
    FireReply reply;
    reply.order =
        reader.take(JsonDecoder::orderFromJson(reader.object().value(u"order"_s), u"order"_s));
    reply.tickets = reader.take(ticketsFromJson(reader.object().value(u"tickets"_s), u"tickets"_s));
    if (!reader.ok())
        return reader.error();
    return reply;
}

Result<BanquetFireReply> KitchenCodec::banquetFireReplyFromJson(const QJsonValue& value)
{
    JsonFieldReader reader(value, {});
    BanquetFireReply reply;
    const auto orderVersion = [](const QJsonValue& item,
                                 const QString& itemField) -> Result<OrderVersion> {
        JsonFieldReader order(item, itemField);
        OrderVersion version{order.integer(u"order_id"_s), order.integer(u"version"_s)};
        if (!order.ok())
            return order.error();
        return version;
    };
    reply.orders = reader.take(JsonFieldReader::list<OrderVersion>(
        reader.object().value(u"orders"_s), u"orders"_s, orderVersion));
    reply.tickets = reader.take(ticketsFromJson(reader.object().value(u"tickets"_s), u"tickets"_s));
    if (!reader.ok())
        return reader.error();
    return reply;
}

Result<TicketsPage> KitchenCodec::ticketsPageFromJson(const QJsonValue& value)
{
    JsonFieldReader reader(value, {});
    TicketsPage page;
    page.tickets = reader.take(ticketsFromJson(reader.object().value(u"tickets"_s), u"tickets"_s));
    page.next = reader.integer(u"next"_s);
    if (!reader.ok())
        return reader.error();
    return page;
}

Result<TicketMessage> KitchenCodec::ticketMessageFromJson(const QJsonValue& value)
{
    JsonFieldReader reader(value, {});
    requireType(reader, u"ticket"_s);
    TicketMessage message;
    message.ticketId = reader.integer(u"ticket_id"_s);
    message.station = reader.string(u"station"_s);
    message.orderId = reader.integer(u"order_id"_s);
    message.kind = readKind(reader).value_or(Ticket::Kind::Fire);
    if (!reader.ok())
        return reader.error();
    return message;
}

Result<MenuMessage> KitchenCodec::menuMessageFromJson(const QJsonValue& value)
{
    JsonFieldReader reader(value, {});
    requireType(reader, u"menu"_s);
    MenuMessage message;
    message.menuItemId = reader.string(u"menu_item_id"_s);
    message.available = reader.boolean(u"available"_s);
    if (!reader.ok())
        return reader.error();
    return message;
}
