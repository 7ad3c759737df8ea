#include "OrderReplyParser.h"

#include "ErrorCodeNames.h"
#include "JsonCodec.h"
#include "JsonDecoder.h"
#include "SimdjsonRead.h"

using namespace Qt::Literals::StringLiterals;
using namespace SimdjsonRead;

namespace {

// Each reader answers as JsonDecoder's ...FromJson does for what it accepts, and throws Unsure
// for everything JsonDecoder would refuse, so only JsonDecoder words a fault.

simdjson::dom::object objectOf(Element value)
{
    simdjson::dom::object object;
    if (value.get(object) != simdjson::SUCCESS)
        throw Unsure{};
    return object;
}

simdjson::dom::array arrayOf(const std::optional<Element>& value)
{
    simdjson::dom::array array;
    if (!value || value->get(array) != simdjson::SUCCESS)
        throw Unsure{};
    return array;
}

template <std::size_t N>
Fields<N> fieldsOf(Element value, const std::array<std::string_view, N>& names)
{
    Fields<N> fields;
    if (!fields.read(objectOf(value), names))
        throw Unsure{};
    return fields;
}

QString requiredString(const std::optional<Element>& value)
{
    if (!isString(value))
        throw Unsure{};
    return text(stringOf(value));
}

QString optionalString(const std::optional<Element>& value)
{
    return value ? requiredString(value) : QString();
}

qint64 requiredInteger(const std::optional<Element>& value)
{
    const std::optional<qint64> number = integral(value);
    if (!number)
        throw Unsure{};
    return *number;
}

qint64 optionalInteger(const std::optional<Element>& value, qint64 fallback)
{
    return value ? requiredInteger(value) : fallback;
}

std::optional<qint64> presentInteger(const std::optional<Element>& value)
{
    return value ? std::optional<qint64>(requiredInteger(value)) : std::nullopt;
}

std::optional<int> presentInt(const std::optional<Element>& value)
{
    return value ? std::optional<int>(int(requiredInteger(value))) : std::nullopt;
}

Line line(Element value)
{
    enum { LineId, MenuItemId, Qty, Seat, Note, Course, AddedBy, AddedAt, Price, State, FiredAt };
    const Fields<11> fields =
        fieldsOf<11>(value, {"line_id", "menu_item_id", "qty", "seat", "note", "course", "added_by",
                             "added_at", "price_cents", "state", "fired_at"});
    const auto& at = fields.values;
    Line line;
    line.lineId = requiredString(at[LineId]);
    line.menuItemId = requiredString(at[MenuItemId]);
    line.qty = int(requiredInteger(at[Qty]));
    line.seat = int(optionalInteger(at[Seat], 0));
    line.note = optionalString(at[Note]);
    line.course = int(optionalInteger(at[Course], Line::firstCourse));
    line.addedBy = optionalString(at[AddedBy]);
    line.addedAt = optionalInteger(at[AddedAt], 0);
    line.priceCents = int(optionalInteger(at[Price], 0));
    if (at[State]) {
        const std::string_view state = stringOf(at[State]); // empty unless a string
        if (state != "new" && state != "fired")
            throw Unsure{};
        line.state = state == "fired" ? Line::State::Fired : Line::State::New;
    }
    line.firedAt = optionalInteger(at[FiredAt], 0);
    return line;
}

Order order(Element value)
{
    enum { Id, TableId, Status, Version, UpdatedAt, Items };
    const Fields<6> fields =
        fieldsOf<6>(value, {"id", "table_id", "status", "version", "updated_at", "items"});
    const auto& at = fields.values;
    Order order;
    order.id = requiredInteger(at[Id]);
    order.tableId = requiredString(at[TableId]);
    const std::string_view status = stringOf(at[Status]); // empty unless a string
    if (status != "open" && status != "closed")
        throw Unsure{};
    order.status = status == "closed" ? Order::Status::Closed : Order::Status::Open;
    order.version = requiredInteger(at[Version]);
    order.updatedAt = requiredInteger(at[UpdatedAt]);
    const simdjson::dom::array items = arrayOf(at[Items]);
    order.items.reserve(qsizetype(items.size()));
    for (Element item : items)
        order.items.append(line(item));
    return order;
}

Event event(Element value)
{
    enum {
        Seq,
        OrderId,
        TableId,
        Version,
        Kind,
        LineId,
        MenuItemId,
        Qty,
        PrevQty,
        Seat,
        PrevSeat,
        TicketId,
        Reason,
        ApprovedBy,
        Note,
        ExpectedVersion,
        Author,
        At
    };
    const Fields<18> fields =
        fieldsOf<18>(value, {"seq", "order_id", "table_id", "version", "kind", "line_id",
                             "menu_item_id", "qty", "prev_qty", "seat", "prev_seat", "ticket_id",
                             "reason", "approved_by", "note", "expected_version", "author", "at"});
    const auto& at = fields.values;
    Event event;
    event.seq = requiredInteger(at[Seq]);
    event.orderId = requiredInteger(at[OrderId]);
    event.tableId = requiredString(at[TableId]);
    event.version = requiredInteger(at[Version]);
    const std::optional<Event::Kind> kind = JsonCodec::kindFromName(requiredString(at[Kind]));
    if (!kind)
        throw Unsure{};
    event.kind = *kind;
    event.lineId = optionalString(at[LineId]);
    event.menuItemId = optionalString(at[MenuItemId]);
    event.qty = presentInt(at[Qty]);
    event.prevQty = presentInt(at[PrevQty]);
    event.seat = presentInt(at[Seat]);
    event.prevSeat = presentInt(at[PrevSeat]);
    event.ticketId = presentInteger(at[TicketId]);
    event.reason = optionalString(at[Reason]);
    event.approvedBy = optionalString(at[ApprovedBy]);
    if (at[Note])
        event.note = requiredString(at[Note]);
    event.expectedVersion = presentInteger(at[ExpectedVersion]);
    event.author = requiredString(at[Author]);
    event.at = requiredInteger(at[At]);
    return event;
}

QStringList strings(const std::optional<Element>& value)
{
    QStringList out;
    if (!value)
        return out;
    for (Element item : arrayOf(value))
        out.append(requiredString(item));
    return out;
}

ConflictReply conflict(Element value)
{
    enum { Error, Message, Current, Events, Items, Lines };
    const Fields<6> fields =
        fieldsOf<6>(value, {"error", "message", "current", "events", "items", "lines"});
    const auto& at = fields.values;
    ConflictReply reply;
    reply.error = ErrorCodeNames::fromWire(requiredString(at[Error]));
    reply.message = requiredString(at[Message]);
    if (!at[Current])
        throw Unsure{};
    reply.current = order(*at[Current]);
    if (at[Events]) {
        const simdjson::dom::array events = arrayOf(at[Events]);
        reply.events.reserve(qsizetype(events.size()));
        for (Element item : events)
            reply.events.append(event(item));
    }
    reply.items = strings(at[Items]);
    reply.lines = strings(at[Lines]);
    return reply;
}

template <typename T, typename Fast> std::optional<T> readFast(const QByteArray& body, Fast fast)
{
    const std::optional<Element> root = SimdjsonRead::parse(body);
    if (!root)
        return std::nullopt;
    try {
        return fast(*root);
    } catch (const Unsure&) {
        return std::nullopt;
    }
}

template <typename T>
Result<T> orCodec(std::optional<T> fast, const QByteArray& body,
                  Result<T> (*codec)(const QJsonObject&))
{
    if (fast)
        return std::move(*fast);
    const Result<QJsonObject> object = JsonDecoder::parseObject(body);
    if (!object)
        return object.error();
    return codec(object.value());
}

Result<Order> orderFromObject(const QJsonObject& object)
{
    return JsonDecoder::orderFromJson(object);
}

Result<ConflictReply> conflictFromObject(const QJsonObject& object)
{
    return JsonDecoder::conflictReplyFromJson(object);
}

} // namespace

std::optional<Order> OrderReplyParser::fastOrder(const QByteArray& body)
{
    return readFast<Order>(body, ::order);
}

std::optional<ConflictReply> OrderReplyParser::fastConflict(const QByteArray& body)
{
    return readFast<ConflictReply>(body, ::conflict);
}

Result<Order> OrderReplyParser::order(const QByteArray& body)
{
    return orCodec(fastOrder(body), body, orderFromObject);
}

Result<ConflictReply> OrderReplyParser::conflict(const QByteArray& body)
{
    return orCodec(fastConflict(body), body, conflictFromObject);
}
