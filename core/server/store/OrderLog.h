#pragma once

#include "OrderRecord.h"
#include "WriteOutcome.h"

#include "model/Event.h"
#include "model/Result.h"

#include <QList>

#include <optional>

// Orders and their append-only event log. The version check lives in the store's conditional
// UPDATE, so it holds for any number of server processes sharing one database.
class OrderLog
{
public:
    virtual ~OrderLog() = default;

    virtual Result<std::optional<OrderRecord>> order(qint64 id) = 0;
    // Stores `items` only if the order is open at `expectedVersion`, with `events` in the
    // same transaction (their version and seq are assigned here).
    virtual Result<WriteOutcome> writeItems(qint64 orderId, qint64 expectedVersion,
                                            const Lines& items, QList<Event> events,
                                            qint64 now) = 0;
    // Closes the order only if it is open at `expectedVersion`, opens the table's next order
    // and appends the close event.
    virtual Result<WriteOutcome> closeOrder(qint64 orderId, qint64 expectedVersion,
                                            const QString& author, qint64 now) = 0;
    virtual Result<void> appendEvent(Event event) = 0;
    // The order's events with a version above `afterVersion`, oldest first; of many, only the
    // `newest` last ones (read backwards along the order's index, so a stale base costs no more).
    virtual Result<QList<Event>> orderEvents(qint64 orderId, qint64 afterVersion, int newest) = 0;
    virtual Result<QList<Event>> events(qint64 since, int limit) = 0;
    // The seq of the newest event, 0 for an empty log.
    virtual Result<qint64> latestSeq() = 0;
};
