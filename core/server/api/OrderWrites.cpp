#include "OrderWrites.h"

#include "merge/Diff.h"
#include "model/Clock.h"
#include "model/ConflictJsonWriter.h"
#include "model/OrderJsonWriter.h"
#include "model/RequestValidator.h"
#include "store/EventTail.h"
#include "store/OrderStore.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

StreamMessage movedTo(qint64 orderId, const QString& tableId, qint64 version)
{
    StreamMessage message;
    message.orderId = orderId;
    message.tableId = tableId;
    message.version = version;
    return message;
}

// The write's lines with the server's bookkeeping, in the order's line order: the lines the
// order already holds where they were, keeping author, time, price and kitchen state; then the
// new ones in the write's order, from the writer, now, at today's menu price.
Lines withBookkeeping(const Lines& wanted, const LineIndex& wantedIds, const Order& stored,
                      const LineIndex& storedIds, const QString& author, qint64 now,
                      const QHash<QString, MenuEntry>& menu)
{
    Lines lines;
    lines.reserve(wanted.size());
    for (const Line& held : stored.items) {
        const Line* kept = wantedIds.find(held.lineId);
        if (!kept)
            continue;
        Line line = *kept;
        line.addedBy = held.addedBy;
        line.addedAt = held.addedAt;
        line.priceCents = held.priceCents;
        line.state = held.state;
        line.firedAt = held.firedAt;
        lines.append(std::move(line));
    }
    for (const Line& added : wanted) {
        if (storedIds.find(added.lineId))
            continue;
        Line line = added;
        line.addedBy = author;
        line.addedAt = now;
        line.priceCents = menu.value(line.menuItemId).priceCents;
        line.state = Line::State::New;
        line.firedAt = 0;
        lines.append(std::move(line));
    }
    return lines;
}

bool sameList(const Lines& wanted, const Order& stored, const LineIndex& storedIds)
{
    if (wanted.size() != stored.items.size())
        return false;
    return std::all_of(wanted.cbegin(), wanted.cend(), [&storedIds](const Line& line) {
        const Line* held = storedIds.find(line.lineId);
        return held && held->sameContent(line);
    });
}

QList<Event> eventsFor(const LineChanges& changes, const Order& stored, const QString& author)
{
    QList<Event> events;
    events.reserve(changes.size());
    for (const LineChange& change : changes) {
        Event event;
        event.orderId = stored.id;
        event.tableId = stored.tableId;
        event.author = author;
        event.lineId = change.lineId();
        switch (change.kind) {
        case LineChange::Kind::Added:
            event.kind = Event::Kind::Add;
            event.menuItemId = change.after->menuItemId;
            event.qty = change.after->qty;
            event.seat = change.after->seat;
            event.note = change.after->note;
            break;
        case LineChange::Kind::Removed:
            event.kind = Event::Kind::Remove;
            event.menuItemId = change.before->menuItemId;
            event.qty = change.before->qty;
            event.seat = change.before->seat;
            event.note = change.before->note;
            break;
        case LineChange::Kind::Changed:
            event.kind = Event::Kind::Change;
            event.menuItemId = change.after->menuItemId;
            event.qty = change.after->qty;
            event.prevQty = change.before->qty;
            event.seat = change.after->seat;
            event.prevSeat = change.before->seat;
            event.note = change.after->note;
            break;
        }
        events.append(std::move(event));
    }
    return events;
}

static_assert(OrderWrites::maxConflictEvents <= EventTail::maxPerOrder,
              "a 409's events are answered from the events the store keeps");

} // namespace

HttpResponse OrderWrites::notFound(qint64 orderId)
{
    return HttpResponse::error(404, ErrorCode::NotFound, u"There is no order %1."_s.arg(orderId));
}

StreamMessage OrderWrites::moved(const Order& order)
{
    return movedTo(order.id, order.tableId, order.version);
}

HttpResponse OrderWrites::preconditionRequired()
{
    return HttpResponse::error(
        428, ErrorCode::PreconditionRequired,
        u"Say which version you edited: expected_version in the body or an If-Match header."_s);
}

std::optional<HttpResponse>
OrderWrites::kitchenRefusal(const Lines& wanted, const LineIndex& wantedIds, const Order& stored,
                            const LineIndex& storedIds, const QList<VoidEntry>& voids)
{
    ConflictReply reply;
    reply.current = stored;
    QStringList changed;
    QStringList removed;
    for (const Line& held : stored.items) {
        if (!held.fired())
            continue;
        const Line* kept = wantedIds.find(held.lineId);
        const bool voided = std::any_of(voids.cbegin(), voids.cend(), [&held](const VoidEntry& v) {
            return v.lineId == held.lineId;
        });
        if (!kept) {
            if (!voided)
                removed.append(held.lineId);
        } else if (!kept->sameContent(held)) {
            changed.append(held.lineId);
        }
    }
    if (!changed.isEmpty()) {
        reply.error = ErrorCode::LineFired;
        reply.lines = changed;
        reply.message = u"A fired line never changes; void it and add a new one."_s;
        return HttpResponse::json(409, ConflictJsonWriter::reply(reply));
    }
    if (!removed.isEmpty()) {
        reply.error = ErrorCode::VoidRequired;
        reply.lines = removed;
        reply.message = u"A fired line leaves the order only as a void."_s;
        return HttpResponse::json(409, ConflictJsonWriter::reply(reply));
    }
    QStringList added;
    for (const Line& line : wanted) {
        if (!storedIds.find(line.lineId) && !added.contains(line.menuItemId))
            added.append(line.menuItemId);
    }
    if (added.isEmpty())
        return std::nullopt;
    Result<QSet<QString>> soldOut = m_store.unavailableItems();
    if (!soldOut.ok())
        return HttpResponse::storageFailure(soldOut.error());
    for (const QString& item : std::as_const(added)) {
        if (soldOut->contains(item))
            reply.items.append(item);
    }
    if (reply.items.isEmpty())
        return std::nullopt;
    reply.error = ErrorCode::ItemUnavailable;
    reply.message = u"Sold out: %1."_s.arg(reply.items.join(u", "_s));
    return HttpResponse::json(409, ConflictJsonWriter::reply(reply));
}

OrderWrites::OrderWrites(OrderStore& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
    , m_voids(store, *this)
{}

Result<std::optional<qint64>> OrderWrites::expectedVersion(const HttpRequest& request,
                                                           std::optional<qint64> fromBody)
{
    const QByteArray ifMatch = request.header("If-Match");
    if (ifMatch.trimmed().isEmpty())
        return fromBody;
    const std::optional<qint64> fromHeader = RequestValidator::versionFromEntityTag(ifMatch);
    if (!fromHeader)
        return ApiError::invalid(u"If-Match"_s,
                                 u"If-Match must be the order's ETag, such as \"7\"."_s);
    if (fromBody && *fromBody != *fromHeader)
        return ApiError::invalid(
            u"expected_version"_s,
            u"expected_version %1 and If-Match %2 disagree."_s.arg(*fromBody).arg(*fromHeader));
    return fromHeader;
}

HttpResponse OrderWrites::withEntityTag(HttpResponse response, qint64 version)
{
    return response.withHeader("ETag", '"' + QByteArray::number(version) + '"');
}

HttpResponse OrderWrites::refusal(const Order& current, qint64 expectedVersion, const Staff& author,
                                  const QByteArray& currentItems)
{
    const bool closed = current.status == Order::Status::Closed;
    Result<QList<Event>> since =
        m_store.orderEvents(current.id, expectedVersion, maxConflictEvents);
    if (!since.ok())
        return HttpResponse::storageFailure(since.error());
    ConflictReply reply;
    reply.current = current;
    reply.events = since.value();
    if (closed) {
        reply.error = ErrorCode::OrderClosed;
        reply.message = u"Order %1 is closed; it takes no more changes."_s.arg(current.id);
    } else {
        reply.error = ErrorCode::VersionConflict;
        reply.message =
            u"Order %1 changed since version %2; it is at version %3 now."_s.arg(current.id)
                .arg(expectedVersion)
                .arg(current.version);
        Event conflict;
        conflict.orderId = current.id;
        conflict.tableId = current.tableId;
        conflict.version = current.version;
        conflict.kind = Event::Kind::Conflict;
        conflict.expectedVersion = expectedVersion;
        conflict.author = author.id;
        conflict.at = m_clock.nowMs();
        if (Result<void> appended = m_store.appendEvent(conflict); !appended.ok())
            return HttpResponse::storageFailure(appended.error());
    }
    return HttpResponse::json(409, ConflictJsonWriter::reply(reply, currentItems));
}

HttpResponse OrderWrites::patch(const HttpRequest& request, qint64 orderId, const Staff& author,
                                const QSet<QString>& menuIds, const QHash<QString, MenuEntry>& menu)
{
    Result<std::optional<OrderRecord>> record = m_store.order(orderId);
    if (!record.ok())
        return HttpResponse::storageFailure(record.error());
    if (!record.value())
        return notFound(orderId);
    const OrderRecord& stored = *record.value();

    const RequestValidator::OrderContext context{&menuIds, stored.seats};
    const auto* readAhead = std::any_cast<PatchRequest>(&request.readAhead);
    Result<PatchRequest> body = readAhead ? RequestValidator::patch(*readAhead, context)
                                          : RequestValidator::patch(request.body, context);
    if (!body.ok())
        return HttpResponse::error(400, body.error());
    Result<std::optional<qint64>> expected = expectedVersion(request, body->expectedVersion);
    if (!expected.ok())
        return HttpResponse::error(400, expected.error());
    if (!expected.value())
        return preconditionRequired();
    const qint64 version = *expected.value();

    if (stored.order.status == Order::Status::Closed || stored.order.version != version)
        return refusal(stored.order, version, author, stored.itemsJson);
    if (std::optional<HttpResponse> bad =
            VoidWrites::invalidEntry(body->voids, body->items, stored.order))
        return std::move(*bad);
    const LineIndex wantedIds(body->items);
    const LineIndex storedIds(stored.order.items);
    if (std::optional<HttpResponse> refused =
            kitchenRefusal(body->items, wantedIds, stored.order, storedIds, body->voids))
        return std::move(*refused);
    if (sameList(body->items, stored.order, storedIds))
        return withEntityTag(
            HttpResponse::json(200, stored.itemsJson.isNull()
                                        ? OrderJsonWriter::order(stored.order)
                                        : OrderJsonWriter::order(stored.order, stored.itemsJson)),
            stored.order.version);

    const qint64 now = m_clock.nowMs();
    const Lines lines =
        withBookkeeping(body->items, wantedIds, stored.order, storedIds, author.id, now, menu);
    // The wanted lines have the same content as `lines`, and their index is at hand.
    const QList<Event> events = eventsFor(
        diff(stored.order.items, storedIds, body->items, wantedIds), stored.order, author.id);
    if (!body->voids.isEmpty())
        return m_voids.write(stored.order, version, lines, events, body->voids, author, menu, now);
    Result<WriteOutcome> outcome = m_store.writeItems(orderId, version, lines, events, now);
    if (!outcome.ok())
        return HttpResponse::storageFailure(outcome.error());
    if (!outcome->applied)
        return refusal(outcome->order, version, author);
    HttpResponse written = withEntityTag(
        HttpResponse::json(200, OrderJsonWriter::order(outcome->order, outcome->itemsJson)),
        outcome->order.version);
    written.moved = {moved(outcome->order)};
    return written;
}

HttpResponse OrderWrites::close(const HttpRequest& request, qint64 orderId, const Staff& author)
{
    Result<std::optional<OrderRecord>> record = m_store.order(orderId);
    if (!record.ok())
        return HttpResponse::storageFailure(record.error());
    if (!record.value())
        return notFound(orderId);
    const Order& stored = record.value()->order;

    Result<CloseRequest> body = RequestValidator::close(request.body);
    if (!body.ok())
        return HttpResponse::error(400, body.error());
    Result<std::optional<qint64>> expected = expectedVersion(request, body->expectedVersion);
    if (!expected.ok())
        return HttpResponse::error(400, expected.error());
    if (!expected.value())
        return preconditionRequired();
    const qint64 version = *expected.value();

    if (stored.status == Order::Status::Closed || stored.version != version)
        return refusal(stored, version, author);
    Result<WriteOutcome> outcome = m_store.closeOrder(orderId, version, author.id, m_clock.nowMs());
    if (!outcome.ok())
        return HttpResponse::storageFailure(outcome.error());
    if (!outcome->applied)
        return refusal(outcome->order, version, author);
    HttpResponse closed = withEntityTag(
        HttpResponse::json(200, OrderJsonWriter::closeReply(outcome->order, outcome->nextOrderId)),
        outcome->order.version);
    closed.moved = {moved(outcome->order),
                    movedTo(outcome->nextOrderId, outcome->order.tableId, 1)};
    return closed;
}
