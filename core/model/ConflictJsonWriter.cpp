#include "ConflictJsonWriter.h"

#include "ErrorCodeNames.h"
#include "JsonCodec.h"
#include "JsonCursor.h"
#include "OrderJsonWriter.h"

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

qsizetype ConflictJsonWriter::eventsBound(const QList<Event>& events)
{
    qsizetype bound = 2;
    for (const Event& event : events) {
        bound += eventFixedBound + JsonCursor::stringBound(event.tableId) +
                 JsonCursor::stringBound(event.lineId) + JsonCursor::stringBound(event.menuItemId) +
                 JsonCursor::stringBound(event.reason) + JsonCursor::stringBound(event.approvedBy) +
                 JsonCursor::stringBound(event.author) +
                 (event.note ? JsonCursor::stringBound(*event.note) : 0);
    }
    return bound;
}

QByteArray ConflictJsonWriter::events(const QList<Event>& events)
{
    QByteArray bytes(eventsBound(events), Qt::Uninitialized);
    JsonCursor out(bytes.data());
    writeEvents(out, events);
    bytes.truncate(out.at() - bytes.constData());
    return bytes;
}

void ConflictJsonWriter::writeEvents(JsonCursor& out, const QList<Event>& events)
{
    out.raw("[");
    bool first = true;
    for (const Event& event : events) {
        if (!first)
            out.raw(",");
        out.raw("{");
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
}

QByteArray ConflictJsonWriter::reply(const ConflictReply& reply, const QByteArray& currentItems)
{
    const QByteArray items =
        currentItems.isNull() ? OrderJsonWriter::lines(reply.current.items) : currentItems;
    // Each 409 carries what its code names, as JsonCodec::toJson(ConflictReply) decides.
    const bool carriesItems = reply.error == ErrorCode::ItemUnavailable;
    const bool carriesLines =
        reply.error == ErrorCode::LineFired || reply.error == ErrorCode::VoidRequired;
    const QString error = ErrorCodeNames::wireName(reply.error);
    const qsizetype bound = 64 + OrderJsonWriter::orderBound(reply.current, items) +
                            (carriesItems ? stringsBound(reply.items) : 0) +
                            (carriesLines ? stringsBound(reply.lines) : 0) +
                            (carriesItems || carriesLines ? 0 : eventsBound(reply.events)) +
                            JsonCursor::stringBound(error) + JsonCursor::stringBound(reply.message);
    QByteArray bytes(bound, Qt::Uninitialized);
    JsonCursor out(bytes.data());
    out.raw("{\"current\":");
    OrderJsonWriter::order(out, reply.current, items);
    out.raw(",\"error\":");
    out.string(error);
    if (carriesItems) {
        out.raw(",\"items\":");
        writeStrings(out, reply.items);
    } else if (carriesLines) {
        out.raw(",\"lines\":");
        writeStrings(out, reply.lines);
    } else {
        out.raw(",\"events\":");
        writeEvents(out, reply.events);
    }
    out.raw(",\"message\":");
    out.string(reply.message);
    out.raw("}");
    bytes.truncate(out.at() - bytes.constData());
    return bytes;
}
