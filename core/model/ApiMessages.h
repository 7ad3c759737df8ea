#pragma once

#include "ErrorCode.h"
#include "Event.h"
#include "MenuItem.h"
#include "Order.h"
#include "Staff.h"
#include "Table.h"

#include <optional>

// The request and reply bodies of api-v1.md that are more than one value type.

struct LoginRequest
{
    QString staff;
    QString pin;
    bool operator==(const LoginRequest&) const = default;
};

struct LoginReply
{
    QString token;
    Staff staff;
    qint64 expiresAt = 0;
    bool operator==(const LoginReply&) const = default;
};

// PATCH /orders/{id}; expected_version may instead come as If-Match.
struct PatchRequest
{
    std::optional<qint64> expectedVersion;
    Lines items;
    bool operator==(const PatchRequest&) const = default;
};

struct CloseRequest
{
    std::optional<qint64> expectedVersion;
    bool operator==(const CloseRequest&) const = default;
};

struct CloseReply
{
    Order order;
    qint64 nextOrderId = 0;
    bool operator==(const CloseReply&) const = default;
};

// The body of a 409: version_conflict or order_closed.
struct ConflictReply
{
    ErrorCode error = ErrorCode::VersionConflict;
    QString message;
    Order current;
    QList<Event> events;
    bool operator==(const ConflictReply&) const = default;
};

struct EventsPage
{
    QList<Event> events;
    qint64 next = 0;
    bool operator==(const EventsPage&) const = default;
};

struct Health
{
    QString status;
    QString store;
    int api = 1;
    bool operator==(const Health&) const = default;
};

// One message of GET /api/v1/stream: an order moved to `version` (type "order").
struct StreamMessage
{
    QString type = QStringLiteral("order");
    qint64 orderId = 0;
    QString tableId;
    qint64 version = 0;
    bool operator==(const StreamMessage&) const = default;
};
