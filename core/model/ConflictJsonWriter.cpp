#include "ConflictJsonWriter.h"

#include "ErrorCodeNames.h"
#include "JsonCodec.h"
#include "JsonCursor.h"
#include "OrderJsonWriter.h"

#include <cstring>

namespace {

// The keys, punctuation and numbers of an event, each optional one included.
constexpr qsizetype eventFixedBound = 400 + 10 * JsonCursor::numberBound;

qsizetype stringsBound(const QStringList& texts)
{
    qsizetype bound = 2;
    for (const QString& text : texts)
        bound += 1 + JsonCursor::stringBound(text);
    return bound;
}

void writeStrings(JsonCursor& out, const QStringList& texts)
{
    out.raw("[");
    bool first = true;
    for (const QString& text : texts) {
        if (!first)
            out.raw(",");
        first = false;
        out.string(text);
    }
    out.raw("]");
}

} // namespace

QByteArray ConflictJsonWriter::events(const QList<Event>& events)
{
    qsizetype bound = 2;
    for (const Event& event : events) {
        bound += eventFixedBound + JsonCursor::stringBound(event.tableId) +
                 JsonCursor::stringBound(event.lineId) + JsonCursor::stringBound(event.menuItemId) +
                 JsonCursor::stringBound(event.reason) + JsonCursor::stringBound(event.approvedBy) +
                 JsonCursor::stringBound(event.author) +
                 (event.note ? JsonCursor::stringBound(*event.note) : 0);
    }
    QByteArray bytes(bound, Qt::Uninitialized);
    JsonCursor out(bytes.data());
    out.raw("[");
    bool first = true;
    for (const Event& event : events) {
        out.raw(first ? "{" : ",{");
        first = false;
        // Keys in QJsonObject's order; the optional ones only when set, as JsonCodec does.
        if (!event.approvedBy.isEmpty()) {
            out.raw("\"approved_by\":");
            out.string(event.approvedBy);
            out.raw(",");
        }
        out.raw("\"at\":");
        out.number(event.at);
        out.raw(",\"author\":");
        out.string(event.author);
        if (event.expectedVersion) {
            out.raw(",\"expected_version\":");
            out.number(*event.expectedVersion);
        }
        out.raw(",\"kind\":");
        out.string(JsonCodec::kindName(event.kind));
        if (!event.lineId.isEmpty()) {
            out.raw(",\"line_id\":");
            out.string(event.lineId);
        }
        if (!event.menuItemId.isEmpty()) {
            out.raw(",\"menu_item_id\":");
            out.string(event.menuItemId);
        }
        if (event.note) {
            out.raw(",\"note\":");
            out.string(*event.note);
        }
        out.raw(",\"order_id\":");
        out.number(event.orderId);
        if (event.prevQty) {
            out.raw(",\"prev_qty\":");
            out.number(*event.prevQty);
        }
        if (event.prevSeat) {
            out.raw(",\"prev_seat\":");
            out.number(*event.prevSeat);
        }
        if (event.qty) {
            out.raw(",\"qty\":");
            out.number(*event.qty);
        }
        if (!event.reason.isEmpty()) {
            out.raw(",\"reason\":");
            out.string(event.reason);
        }
        if (event.seat) {
            out.raw(",\"seat\":");
            out.number(*event.seat);
        }
        out.raw(",\"seq\":");
        out.number(event.seq);
        out.raw(",\"table_id\":");
        out.string(event.tableId);
        if (event.ticketId) {
            out.raw(",\"ticket_id\":");
            out.number(*event.ticketId);
        }
        out.raw(",\"version\":");
        out.number(event.version);
        out.raw("}");
    }
    out.raw("]");
    bytes.truncate(out.at() - bytes.constData());
    return bytes;
}

QByteArray ConflictJsonWriter::reply(const ConflictReply& reply)
{
    const QByteArray current = OrderJsonWriter::order(reply.current);
    // Each 409 carries what its code names, as JsonCodec::toJson(ConflictReply) decides.
    QByteArray named;
    const char* key = nullptr;
    switch (reply.error) {
    case ErrorCode::ItemUnavailable:
        key = ",\"items\":";
        break;
    case ErrorCode::LineFired:
    case ErrorCode::VoidRequired:
        key = ",\"lines\":";
        break;
    default:
        key = ",\"events\":";
        named = events(reply.events);
        break;
    }
    const QStringList& strings =
        reply.error == ErrorCode::ItemUnavailable ? reply.items : reply.lines;
    const QString error = ErrorCodeNames::wireName(reply.error);
    const qsizetype bound = 64 + current.size() + named.size() + stringsBound(strings) +
                            JsonCursor::stringBound(error) + JsonCursor::stringBound(reply.message);
    QByteArray bytes(bound, Qt::Uninitialized);
    JsonCursor out(bytes.data());
    out.raw("{\"current\":");
    out.raw(current);
    out.raw(",\"error\":");
    out.string(error);
    out.raw(QByteArray::fromRawData(key, qsizetype(std::strlen(key))));
    if (named.isNull())
        writeStrings(out, strings);
    else
        out.raw(named);
    out.raw(",\"message\":");
    out.string(reply.message);
    out.raw("}");
    bytes.truncate(out.at() - bytes.constData());
    return bytes;
}
