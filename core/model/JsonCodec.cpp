#include "JsonCodec.h"

#include "ErrorCodeNames.h"
#include "JsonFieldReader.h"
#include "VoidCodec.h"

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

template <typename T> QJsonArray arrayOf(const QList<T>& list)
{
    QJsonArray array;
    for (const T& item : list)
        array.append(JsonCodec::toJson(item));
    return array;
}

} // namespace

std::optional<qint64> JsonCodec::integral(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > exactLimit)
        return std::nullopt;
    return static_cast<qint64>(number);
}

QString JsonCodec::roleName(Staff::Role role)
{
    switch (role) {
    case Staff::Role::Waiter:
        return u"waiter"_s;
    case Staff::Role::Manager:
        return u"manager"_s;
    case Staff::Role::Kitchen:
        return u"kitchen"_s;
    }
    return {};
}

std::optional<Staff::Role> JsonCodec::roleFromName(const QString& name)
{
    if (name == "waiter"_L1)
        return Staff::Role::Waiter;
    if (name == "manager"_L1)
        return Staff::Role::Manager;
    if (name == "kitchen"_L1)
        return Staff::Role::Kitchen;
    return std::nullopt;
}

QString JsonCodec::kindName(Event::Kind kind)
{
    switch (kind) {
    case Event::Kind::Add:
        return u"add"_s;
    case Event::Kind::Remove:
        return u"remove"_s;
    case Event::Kind::Change:
        return u"change"_s;
    case Event::Kind::Conflict:
        return u"conflict"_s;
    case Event::Kind::Close:
        return u"close"_s;
    case Event::Kind::Fire:
        return u"fire"_s;
    case Event::Kind::Void:
        return u"void"_s;
    }
    return {};
}

std::optional<Event::Kind> JsonCodec::kindFromName(const QString& name)
{
    for (Event::Kind kind :
         {Event::Kind::Add, Event::Kind::Remove, Event::Kind::Change, Event::Kind::Conflict,
          Event::Kind::Close, Event::Kind::Fire, Event::Kind::Void}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QByteArray JsonCodec::encode(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> JsonCodec::parseObject(const QByteArray& body)
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

QString JsonCodec::stateName(Line::State state)
{
    return state == Line::State::Fired ? u"fired"_s : u"new"_s;
}

QJsonObject JsonCodec::toJson(const Line& line)
{
    QJsonObject object{{u"line_id"_s, line.lineId},
                       {u"menu_item_id"_s, line.menuItemId},
                       {u"qty"_s, line.qty},
                       {u"seat"_s, line.seat},
                       {u"note"_s, line.note},
                       {u"course"_s, line.course},
                       {u"added_by"_s, line.addedBy},
                       {u"added_at"_s, line.addedAt},
                       {u"price_cents"_s, line.priceCents},
                       {u"state"_s, stateName(line.state)}};
    if (line.firedAt != 0)
        object.insert(u"fired_at"_s, line.firedAt);
    return object;
}

QJsonArray JsonCodec::toJson(const Lines& lines)
{
    return arrayOf(lines);
}

QJsonArray JsonCodec::toJson(const QList<Event>& events)
{
    return arrayOf(events);
}

QJsonObject JsonCodec::toJson(const Order& order)
{
    return QJsonObject{
        {u"id"_s, order.id},
        {u"table_id"_s, order.tableId},
        {u"status"_s, order.status == Order::Status::Closed ? u"closed"_s : u"open"_s},
        {u"version"_s, order.version},
        {u"updated_at"_s, order.updatedAt},
        {u"items"_s, toJson(order.items)}};
}

QJsonObject JsonCodec::toJson(const MenuItem& item)
{
    return QJsonObject{{u"id"_s, item.id},
                       {u"name"_s, item.name},
                       {u"category"_s, item.category},
                       {u"price_cents"_s, item.priceCents},
                       {u"station"_s, item.station},
                       {u"available"_s, item.available}};
}

QJsonObject JsonCodec::toJson(const MenuReply& reply)
{
    QJsonArray items;
    for (const MenuItem& item : reply.items)
        items.append(toJson(item));
    return QJsonObject{{u"items"_s, items}, {u"currency"_s, reply.currency}};
}

QJsonObject JsonCodec::toJson(const Table& table)
{
    return QJsonObject{{u"id"_s, table.id},
                       {u"name"_s, table.name},
                       {u"seats"_s, table.seats},
                       {u"order_id"_s, table.orderId},
                       {u"version"_s, table.version},
                       {u"item_count"_s, table.itemCount},
                       {u"updated_at"_s, table.updatedAt}};
}

QJsonObject JsonCodec::toJson(const Event& event)
{
    QJsonObject object{{u"seq"_s, event.seq},
                       {u"order_id"_s, event.orderId},
                       {u"table_id"_s, event.tableId},
                       {u"version"_s, event.version},
                       {u"kind"_s, kindName(event.kind)},
                       {u"author"_s, event.author},
                       {u"at"_s, event.at}};
    if (!event.lineId.isEmpty())
        object.insert(u"line_id"_s, event.lineId);
    if (!event.menuItemId.isEmpty())
        object.insert(u"menu_item_id"_s, event.menuItemId);
    if (event.qty)
        object.insert(u"qty"_s, *event.qty);
    if (event.prevQty)
        object.insert(u"prev_qty"_s, *event.prevQty);
    if (event.seat)
        object.insert(u"seat"_s, *event.seat);
    if (event.prevSeat)
        object.insert(u"prev_seat"_s, *event.prevSeat);
    if (event.ticketId)
        object.insert(u"ticket_id"_s, *event.ticketId);
    if (!event.reason.isEmpty())
        object.insert(u"reason"_s, event.reason);
    if (!event.approvedBy.isEmpty())
        object.insert(u"approved_by"_s, event.approvedBy);
    if (event.note)
        object.insert(u"note"_s, *event.note);
    if (event.expectedVersion)
        object.insert(u"expected_version"_s, *event.expectedVersion);
    return object;
}

QJsonObject JsonCodec::toJson(const Staff& staff)
{
    return QJsonObject{
        {u"id"_s, staff.id}, {u"name"_s, staff.name}, {u"role"_s, roleName(staff.role)}};
}

QJsonObject JsonCodec::toJson(const LoginRequest& request)
{
    return QJsonObject{{u"staff"_s, request.staff}, {u"pin"_s, request.pin}};
}

QJsonObject JsonCodec::toJson(const LoginReply& reply)
{
    return QJsonObject{{u"token"_s, reply.token},
                       {u"staff"_s, toJson(reply.staff)},
                       {u"expires_at"_s, reply.expiresAt}};
}

QJsonObject JsonCodec::toJson(const PatchRequest& request)
{
    QJsonObject object{{u"items"_s, toJson(request.items)}};
    if (request.expectedVersion)
        object.insert(u"expected_version"_s, *request.expectedVersion);
    if (!request.voids.isEmpty())
        object.insert(u"voids"_s, VoidCodec::toJson(request.voids));
    return object;
}

QJsonObject JsonCodec::toJson(const CloseRequest& request)
{
    QJsonObject object;
    if (request.expectedVersion)
        object.insert(u"expected_version"_s, *request.expectedVersion);
    return object;
}

QJsonObject JsonCodec::toJson(const CloseReply& reply)
{
    return QJsonObject{{u"order"_s, toJson(reply.order)}, {u"next_order_id"_s, reply.nextOrderId}};
}

QJsonObject JsonCodec::toJson(const ConflictReply& reply)
{
    QJsonObject object{{u"error"_s, ErrorCodeNames::wireName(reply.error)},
                       {u"message"_s, reply.message},
                       {u"current"_s, toJson(reply.current)}};
    // Each 409 carries what its code names: the others' events, the sold-out items, the fired
    // lines.
    switch (reply.error) {
    case ErrorCode::ItemUnavailable:
        object.insert(u"items"_s, QJsonArray::fromStringList(reply.items));
        break;
    case ErrorCode::LineFired:
    case ErrorCode::VoidRequired:
        object.insert(u"lines"_s, QJsonArray::fromStringList(reply.lines));
        break;
    default:
        object.insert(u"events"_s, toJson(reply.events));
        break;
    }
    return object;
}

QJsonObject JsonCodec::toJson(const EventsPage& page)
{
    return QJsonObject{{u"events"_s, toJson(page.events)}, {u"next"_s, page.next}};
}

QJsonObject JsonCodec::toJson(const Health& health)
{
    return QJsonObject{
        {u"status"_s, health.status}, {u"store"_s, health.store}, {u"api"_s, health.api}};
}

QJsonObject JsonCodec::toJson(const StreamMessage& message)
{
    return QJsonObject{{u"type"_s, message.type},
                       {u"order_id"_s, message.orderId},
                       {u"table_id"_s, message.tableId},
                       {u"version"_s, message.version}};
}

QJsonObject JsonCodec::toJson(const ApiError& error)
{
    const QString code =
        error.code == ErrorCode::Unknown ? error.unknownCode : ErrorCodeNames::wireName(error.code);
    QJsonObject object{{u"error"_s, code}, {u"message"_s, error.message}};
    if (!error.field.isEmpty())
        object.insert(u"field"_s, error.field);
    return object;
}

Result<Line> JsonCodec::lineFromJson(const QJsonValue& value, const QString& field)
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

Result<Order> JsonCodec::orderFromJson(const QJsonValue& value, const QString& field)
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

Result<MenuItem> JsonCodec::menuItemFromJson(const QJsonValue& value, const QString& field)
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

Result<Table> JsonCodec::tableFromJson(const QJsonValue& value, const QString& field)
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

Result<Event> JsonCodec::eventFromJson(const QJsonValue& value, const QString& field)
{
    FieldReader reader(value, field);
    Event event;
    event.seq = reader.integer(u"seq"_s);
    event.orderId = reader.integer(u"order_id"_s);
    event.tableId = reader.string(u"table_id"_s);
    event.version = reader.integer(u"version"_s);
    const QString kind = reader.string(u"kind"_s);
    const std::optional<Event::Kind> parsedKind = kindFromName(kind);
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

Result<Staff> JsonCodec::staffFromJson(const QJsonValue& value, const QString& field)
{
    FieldReader reader(value, field);
    Staff staff;
    staff.id = reader.string(u"id"_s);
    staff.name = reader.string(u"name"_s);
    const std::optional<Staff::Role> role = roleFromName(reader.string(u"role"_s));
    if (reader.ok() && !role)
        reader.fail(u"role"_s, u"\"waiter\", \"manager\" or \"kitchen\""_s);
    staff.role = role.value_or(Staff::Role::Waiter);
    if (!reader.ok())
        return reader.error();
    return staff;
}

Result<LoginReply> JsonCodec::loginReplyFromJson(const QJsonValue& value)
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

Result<CloseReply> JsonCodec::closeReplyFromJson(const QJsonValue& value)
{
    FieldReader reader(value, {});
    CloseReply reply;
    reply.order = reader.take(orderFromJson(reader.object().value(u"order"_s), u"order"_s));
    reply.nextOrderId = reader.integer(u"next_order_id"_s);
    if (!reader.ok())
        return reader.error();
    return reply;
}

Result<ConflictReply> JsonCodec::conflictReplyFromJson(const QJsonValue& value)
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

Result<EventsPage> JsonCodec::eventsPageFromJson(const QJsonValue& value)
{
    FieldReader reader(value, {});
    EventsPage page;
    page.events = reader.take(eventsFromJson(reader.object().value(u"events"_s), u"events"_s));
    page.next = reader.integer(u"next"_s);
    if (!reader.ok())
        return reader.error();
    return page;
}

Result<Health> JsonCodec::healthFromJson(const QJsonValue& value)
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

Result<StreamMessage> JsonCodec::streamMessageFromJson(const QJsonValue& value)
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

Result<QList<MenuItem>> JsonCodec::menuFromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return typeError(u"body"_s, u"an object"_s);
    return listFromJson<MenuItem>(value.toObject().value(u"items"_s), u"items"_s, menuItemFromJson);
}

Result<MenuReply> JsonCodec::menuReplyFromJson(const QJsonValue& value)
{
    FieldReader reader(value, {});
    MenuReply reply;
    reply.items = reader.take(menuFromJson(value));
    reply.currency = reader.string(u"currency"_s);
    if (!reader.ok())
        return reader.error();
    return reply;
}

Result<QList<Table>> JsonCodec::tablesFromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return typeError(u"body"_s, u"an object"_s);
    return listFromJson<Table>(value.toObject().value(u"tables"_s), u"tables"_s, tableFromJson);
}

Result<QList<Event>> JsonCodec::eventsFromJson(const QJsonValue& value, const QString& field)
{
    return listFromJson<Event>(value, field, eventFromJson);
}

std::optional<ApiError> JsonCodec::errorFromJson(const QJsonValue& value)
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
