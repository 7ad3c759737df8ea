#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include "model/Order.h"
#include "model/Result.h"
#include "model/Staff.h"

#include <QSet>

#include <optional>

class Clock;
class OrderLog;

// The guarded writes: PATCH /orders/{id} and POST /orders/{id}/close, checked in the order
// 404 → 400 → 428 → 409, with the version check left to the store's conditional UPDATE.
class OrderWrites
{
public:
    OrderWrites(OrderLog& store, const Clock& clock);

    HttpResponse patch(const HttpRequest& request, qint64 orderId, const Staff& author,
                       const QSet<QString>& menuIds);
    HttpResponse close(const HttpRequest& request, qint64 orderId, const Staff& author);

    // The version a write is guarded by, from the body and/or If-Match; nullopt when neither.
    static Result<std::optional<qint64>> expectedVersion(const HttpRequest& request,
                                                         std::optional<qint64> fromBody);
    static HttpResponse withEntityTag(HttpResponse response, qint64 version);
    static HttpResponse storageFailure(const ApiError& error);

private:
    // A refused write: order_closed, or version_conflict with the events since the writer's base
    // (a conflict event is appended after they are read).
    HttpResponse refusal(const Order& current, qint64 expectedVersion, const Staff& author);

    OrderLog& m_store;
    const Clock& m_clock;
};
