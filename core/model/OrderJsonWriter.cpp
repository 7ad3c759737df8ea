#include "OrderJsonWriter.h"

#include "JsonCursor.h"

namespace {

// The fixed part of a line: its keys, punctuation, six numbers and the state.
constexpr qsizetype lineFixedBound = 200 + 6 * 21;

} // namespace

QByteArray OrderJsonWriter::lines(const Lines& lines)
{
    qsizetype bound = 2;
    for (const Line& line : lines)
        bound += lineFixedBound + JsonCursor::stringBound(line.addedBy) +
                 JsonCursor::stringBound(line.lineId) + JsonCursor::stringBound(line.menuItemId) +
                 JsonCursor::stringBound(line.note);
    QByteArray bytes(bound, Qt::Uninitialized);
    JsonCursor out(bytes.data());
    out.raw("[");
    bool first = true;
    for (const Line& line : lines) {
        if (!first)
            out.raw(",");
        first = false;
        out.raw("{\"added_at\":");
        out.number(line.addedAt);
        out.raw(",\"added_by\":");
        out.string(line.addedBy);
        out.raw(",\"course\":");
        out.number(line.course);
        if (line.firedAt != 0) {
            out.raw(",\"fired_at\":");
            out.number(line.firedAt);
        }
        out.raw(",\"line_id\":");
        out.string(line.lineId);
        out.raw(",\"menu_item_id\":");
        out.string(line.menuItemId);
        out.raw(",\"note\":");
        out.string(line.note);
        out.raw(",\"price_cents\":");
        out.number(line.priceCents);
        out.raw(",\"qty\":");
        out.number(line.qty);
        out.raw(",\"seat\":");
        out.number(line.seat);
        if (line.state == Line::State::Fired)
            out.raw(",\"state\":\"fired\"}");
        else
            out.raw(",\"state\":\"new\"}");
    }
    out.raw("]");
    bytes.truncate(out.at() - bytes.constData());
    return bytes;
}

QByteArray OrderJsonWriter::patchBody(qint64 expectedVersion, const Lines& items)
{
    const QByteArray list = lines(items);
    QByteArray bytes(32 + JsonCursor::numberBound + list.size(), Qt::Uninitialized);
    JsonCursor out(bytes.data());
    out.raw("{\"expected_version\":");
    out.number(expectedVersion);
    out.raw(",\"items\":");
    out.raw(list);
    out.raw("}");
    bytes.truncate(out.at() - bytes.constData());
    return bytes;
}

qsizetype OrderJsonWriter::orderBound(const Order& order, const QByteArray& items)
{
    return 100 + 3 * JsonCursor::numberBound + items.size() +
           JsonCursor::stringBound(order.tableId);
}

QByteArray OrderJsonWriter::order(const Order& order, const QByteArray& items)
{
    QByteArray bytes(orderBound(order, items), Qt::Uninitialized);
    JsonCursor out(bytes.data());
    OrderJsonWriter::order(out, order, items);
    bytes.truncate(out.at() - bytes.constData());
    return bytes;
}

QByteArray OrderJsonWriter::closeReply(const Order& closed, qint64 nextOrderId)
{
    static constexpr char head[] = "{\"next_order_id\":";
    static constexpr char middle[] = ",\"order\":";
    const QByteArray items = lines(closed.items);
    // sizeof counts each string's NUL: room enough for the closing brace too.
    QByteArray bytes(orderBound(closed, items) + qsizetype(sizeof head + sizeof middle) +
                         JsonCursor::numberBound,
                     Qt::Uninitialized);
    JsonCursor out(bytes.data());
    out.raw(head);
    out.number(nextOrderId);
    out.raw(middle);
    order(out, closed, items);
    out.raw("}");
    bytes.truncate(out.at() - bytes.constData());
    return bytes;
}

void OrderJsonWriter::order(JsonCursor& out, const Order& order, const QByteArray& items)
{
    out.raw("{\"id\":");
    out.number(order.id);
    out.raw(",\"items\":");
    out.raw(items);
    if (order.status == Order::Status::Closed)
        out.raw(",\"status\":\"closed\"");
    else
        out.raw(",\"status\":\"open\"");
    out.raw(",\"table_id\":");
    out.string(order.tableId);
    out.raw(",\"updated_at\":");
    out.number(order.updatedAt);
    out.raw(",\"version\":");
    out.number(order.version);
    out.raw("}");
}
