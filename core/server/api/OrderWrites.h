#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include "VoidWrites.h"

#include "model/LineIndex.h"
#include "model/Order.h"
#include "model/Result.h"
#include "model/Staff.h"
#include "store/MenuEntry.h"

#include <QHash>
#include <QSet>

#include <optional>

class Clock;
class OrderStore;

// The guarded writes: PATCH /orders/{id} and POST /orders/{id}/close, checked in the order
// 404 → 400 → 428 → 409, with the version check left to the store's conditional UPDATE. A PATCH
// at the right version is then checked for the kitchen: fired lines never change (line_fired)
// nor leave without a void (void_required; VoidWrites takes the voids), and no line of a
// sold-out item joins (item_unavailable).
class OrderWrites
{
public:
    // A 409 names at most this many events, the newest: a writer hundreds of versions behind
    // still gets a small answer, and labels what the newest changes did (older changes by the
    // line's adder). As many as the store keeps per order (EventTail), so that a 409 is answered
    // from memory: under 16 waiters x 60 tables a base was often 70-90 events old, and 200 had
    // every such 409 read its events from the log.
    static constexpr int maxConflictEvents = 64;

    OrderWrites(OrderStore& store, const Clock& clock);

    // `menu`: the price a new line takes, by menu item id.
    HttpResponse patch(const HttpRequest& request, qint64 orderId, const Staff& author,
                       const QSet<QString>& menuIds, const QHash<QString, MenuEntry>& menu);
    HttpResponse close(const HttpRequest& request, qint64 orderId, const Staff& author);

    // The version a write is guarded by, from the body and/or If-Match; nullopt when neither.
    static Result<std::optional<qint64>> expectedVersion(const HttpRequest& request,
                                                         std::optional<qint64> fromBody);
    static HttpResponse withEntityTag(HttpResponse response, qint64 version);
    static HttpResponse preconditionRequired();
    static HttpResponse notFound(qint64 orderId);
    static StreamMessage moved(const Order& order);

    // A refused write: order_closed, or version_conflict with the events since the writer's base
    // (a conflict event is appended after they are read). `currentItems`: current.items as
    // OrderJsonWriter::lines() wrote them for the row, when the store still had those bytes.
    HttpResponse refusal(const Order& current, qint64 expectedVersion, const Staff& author,
                         const QByteArray& currentItems = {});

private:
    // line_fired, void_required (a removed fired line that `voids` does not name) or
    // item_unavailable for a write at the stored version.
    std::optional<HttpResponse> kitchenRefusal(const Lines& wanted, const LineIndex& wantedIds,
                                               const Order& stored, const LineIndex& storedIds,
                                               const QList<VoidEntry>& voids);

    OrderStore& m_store;
    const Clock& m_clock;
    VoidWrites m_voids;
};
