#include "JsonCodec.h"

#include "ErrorCodeNames.h"
#include "VoidCodec.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T> QJsonArray arrayOf(const QList<T>& list)
{
    QJsonArray array;
    for (const T& item : list)
        array.append(JsonCodec::toJson(item));
    return array;
}

} // namespace

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
