#include "JsonDecoder.h"

#include "ErrorCodeNames.h"
#include "JsonCodec.h"
#include "JsonFieldReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

using FieldReader = JsonFieldReader;

ApiError typeError(const QString& field, const QString& what)
{
    return JsonFieldReader::typeError(field, what);
}

template <typename T, typename Decode>
Result<QList<T>> listFromJson(const QJsonValue& value, const QString& field, Decode decode)
{
    return JsonFieldReader::list<T>(value, field, decode);
}

} // namespace

std::optional<qint64> JsonDecoder::integral(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > exactLimit)
        return std::nullopt;
    return static_cast<qint64>(number);
}

Result<QJsonObject> JsonDecoder::parseObject(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::invalid(u"body"_s, u"The body is not valid JSON: "_s +
                                                parseError.errorString() + u" at offset "_s +
                                                QString::number(parseError.offset) + u'.');
    if (!document.isObject())
        return ApiError::invalid(u"body"_s, u"The body must be a JSON object."_s);
    return document.object();
}

Result<Line> JsonDecoder::lineFromJson(const QJsonValue& value, const QString& field)
{
    FieldReader reader(value, field);
    Line line;
    line.lineId = reader.string(u"line_id"_s);
    line.menuItemId = reader.string(u"menu_item_id"_s);
    line.qty = int(reader.integer(u"qty"_s));
    line.seat = int(reader.integer(u"seat"_s, false, 0));
    line.note = reader.string(u"note"_s, false);
    line.course = int(reader.integer(u"course"_s, false, Line::firstCourse));
    line.addedBy = reader.string(u"added_by"_s, false);
    line.addedAt = reader.integer(u"added_at"_s, false, 0);
    line.priceCents = int(reader.integer(u"price_cents"_s, false, 0));
    if (reader.object().contains(u"state"_s)) {
        const QString state = reader.string(u"state"_s);
        if (reader.ok() && state != "new"_L1 && state != "fired"_L1)
            reader.fail(u"state"_s, u"\"new\" or \"fired\""_s);
        line.state = state == "fired"_L1 ? Line::State::Fired : Line::State::New;
    }
    line.firedAt = reader.integer(u"fired_at"_s, false, 0);
    if (!reader.ok())
        return reader.error();
    return line;
}

Result<Order> JsonDecoder::orderFromJson(const QJsonValue& value, const QString& field)
{
    FieldReader reader(value, field);
    Order order;
    order.id = reader.integer(u"id"_s);
    order.tableId = reader.string(u"table_id"_s);
    const QString status = reader.string(u"status"_s);
    if (reader.ok() && status != "open"_L1 && status != "closed"_L1)
        reader.fail(u"status"_s, u"\"open\" or \"closed\""_s);
    order.status = status == "closed"_L1 ? Order::Status::Closed : Order::Status::Open;
    order.version = reader.integer(u"version"_s);
    order.updatedAt = reader.integer(u"updated_at"_s);
    order.items = reader.take(listFromJson<Line>(reader.object().value(u"items"_s),
                                                 reader.path(u"items"_s), lineFromJson));
    if (!reader.ok())
        return reader.error();
    return order;
}

Result<MenuItem> JsonDecoder::menuItemFromJson(const QJsonValue& value, const QString& field)
{
    FieldReader reader(value, field);
    MenuItem item;
    item.id = reader.string(u"id"_s);
    item.name = reader.string(u"name"_s);
    item.category = reader.string(u"category"_s);
    item.priceCents = int(reader.integer(u"price_cents"_s));
    item.station = reader.string(u"station"_s, false);
    item.available = reader.boolean(u"available"_s, false, true);
    if (!reader.ok())
        return reader.error();
    return item;
}

Result<Table> JsonDecoder::tableFromJson(const QJsonValue& value, const QString& field)
{
    FieldReader reader(value, field);
    Table table;
    table.id = reader.string(u"id"_s);
    table.name = reader.string(u"name"_s);
    table.seats = int(reader.integer(u"seats"_s));
    table.orderId = reader.integer(u"order_id"_s);
    table.version = reader.integer(u"version"_s);
    table.itemCount = int(reader.integer(u"item_count"_s));
    table.updatedAt = reader.integer(u"updated_at"_s);
    if (!reader.ok())
        return reader.error();
    return table;
}

Result<Event> JsonDecoder::eventFromJson(const QJsonValue& value, const QString& field)
{
    FieldReader reader(value, field);
    Event event;
    event.seq = reader.integer(u"seq"_s);
    event.orderId = reader.integer(u"order_id"_s);
    event.tableId = reader.string(u"table_id"_s);
    event.version = reader.integer(u"version"_s);
    const QString kind = reader.string(u"kind"_s);
    const std::optional<Event::Kind> parsedKind = JsonCodec::kindFromName(kind);
    if (reader.ok() && !parsedKind)
        reader.fail(u"kind"_s, u"one of add, remove, change, conflict, close, fire, void"_s);
    event.kind = parsedKind.value_or(Event::Kind::Add);
    event.lineId = reader.string(u"line_id"_s, false);
    event.menuItemId = reader.string(u"menu_item_id"_s, false);
    if (const auto qty = reader.optionalInteger(u"qty"_s))
        event.qty = int(*qty);
    if (const auto prevQty = reader.optionalInteger(u"prev_qty"_s))
        event.prevQty = int(*prevQty);
    if (const auto seat = reader.optionalInteger(u"seat"_s))
        event.seat = int(*seat);
    if (const auto prevSeat = reader.optionalInteger(u"prev_seat"_s))
        event.prevSeat = int(*prevSeat);
    event.ticketId = reader.optionalInteger(u"ticket_id"_s);
    event.reason = reader.string(u"reason"_s, false);
    event.approvedBy = reader.string(u"approved_by"_s, false);
    if (reader.object().contains(u"note"_s))
        event.note = reader.string(u"note"_s);
    event.expectedVersion = reader.optionalInteger(u"expected_version"_s);
    event.author = reader.string(u"author"_s);
    event.at = reader.integer(u"at"_s);
    if (!reader.ok())
        return reader.error();
    return event;
}

Result<Staff> JsonDecoder::staffFromJson(const QJsonValue& value, const QString& field)
{
    FieldReader reader(value, field);
    Staff staff;
    staff.id = reader.string(u"id"_s);
    staff.name = reader.string(u"name"_s);
    const std::optional<Staff::Role> role = JsonCodec::roleFromName(reader.string(u"role"_s));
    if (reader.ok() && !role)
        reader.fail(u"role"_s, u"\"waiter\", \"manager\" or \"kitchen\""_s);
    staff.role = role.value_or(Staff::Role::Waiter);
    if (!reader.ok())
        return reader.error();
    return staff;
}

Result<LoginReply> JsonDecoder::loginReplyFromJson(const QJsonValue& value)
{
    FieldReader reader(value, {});
    LoginReply reply;
    reply.token = reader.string(u"token"_s);
    reply.staff = reader.take(staffFromJson(reader.object().value(u"staff"_s), u"staff"_s));
    reply.expiresAt = reader.integer(u"expires_at"_s);
    if (!reader.ok())
        return reader.error();
    return reply;
}

Result<CloseReply> JsonDecoder::closeReplyFromJson(const QJsonValue& value)
{
    FieldReader reader(value, {});
    CloseReply reply;
    reply.order = reader.take(orderFromJson(reader.object().value(u"order"_s), u"order"_s));
    reply.nextOrderId = reader.integer(u"next_order_id"_s);
    if (!reader.ok())
        return reader.error();
    return reply;
}

Result<ConflictReply> JsonDecoder::conflictReplyFromJson(const QJsonValue& value)
{
    FieldReader reader(value, {});
    ConflictReply reply;
    reply.error = ErrorCodeNames::fromWire(reader.string(u"error"_s));
    reply.message = reader.string(u"message"_s);
    reply.current = reader.take(orderFromJson(reader.object().value(u"current"_s), u"current"_s));
    if (reader.object().contains(u"events"_s))
        reply.events = reader.take(eventsFromJson(reader.object().value(u"events"_s), u"events"_s));
    reply.items = reader.strings(u"items"_s, false);
    reply.lines = reader.strings(u"lines"_s, false);
    if (!reader.ok())
        return reader.error();
    return reply;
}

Result<EventsPage> JsonDecoder::eventsPageFromJson(const QJsonValue& value)
{
    FieldReader reader(value, {});
    EventsPage page;
    page.events = reader.take(eventsFromJson(reader.object().value(u"events"_s), u"events"_s));
    page.next = reader.integer(u"next"_s);
    if (!reader.ok())
        return reader.error();
    return page;
}

Result<Health> JsonDecoder::healthFromJson(const QJsonValue& value)
{
    FieldReader reader(value, {});
    Health health;
    health.status = reader.string(u"status"_s);
    health.store = reader.string(u"store"_s);
    health.api = int(reader.integer(u"api"_s));
    if (!reader.ok())
        return reader.error();
    return health;
}

Result<StreamMessage> JsonDecoder::streamMessageFromJson(const QJsonValue& value)
{
    FieldReader reader(value, {});
    StreamMessage message;
    message.type = reader.string(u"type"_s);
    if (reader.ok() && message.type != "order"_L1)
        reader.fail(u"type"_s, u"\"order\""_s);
    message.orderId = reader.integer(u"order_id"_s);
    message.tableId = reader.string(u"table_id"_s);
    message.version = reader.integer(u"version"_s);
    if (!reader.ok())
        return reader.error();
    return message;
}

Result<QList<MenuItem>> JsonDecoder::menuFromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return typeError(u"body"_s, u"an object"_s);
    return listFromJson<MenuItem>(value.toObject().value(u"items"_s), u"items"_s, menuItemFromJson);
}

Result<MenuReply> JsonDecoder::menuReplyFromJson(const QJsonValue& value)
{
    FieldReader reader(value, {});
    MenuReply reply;
    reply.items = reader.take(menuFromJson(value));
    reply.currency = reader.string(u"currency"_s);
    if (!reader.ok())
        return reader.error();
    return reply;
}

Result<QList<Table>> JsonDecoder::tablesFromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return typeError(u"body"_s, u"an object"_s);
    return listFromJson<Table>(value.toObject().value(u"tables"_s), u"tables"_s, tableFromJson);
}

Result<QList<Event>> JsonDecoder::eventsFromJson(const QJsonValue& value, const QString& field)
{
    return listFromJson<Event>(value, field, eventFromJson);
}

std::optional<ApiError> JsonDecoder::errorFromJson(const QJsonValue& value)
{
    FieldReader reader(value, {});
    ApiError error;
    const QString code = reader.string(u"error"_s);
    error.code = ErrorCodeNames::fromWire(code);
    if (error.code == ErrorCode::Unknown)
        error.unknownCode = code;
    error.message = reader.string(u"message"_s);
    error.field = reader.string(u"field"_s, false);
    if (!reader.ok())
        return std::nullopt;
    return error;
}
