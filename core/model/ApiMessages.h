#pragma once

#include "ErrorCode.h"
#include "Event.h"
#include "MenuItem.h"
#include "Order.h"
#include "Staff.h"
#include "Table.h"
#include "Ticket.h"

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

// One entry of a PATCH's `voids`: a fired line the write takes off the order, why, and the
// manager's approval (a manager's own write may leave it out).
struct VoidEntry
{
    QString lineId;
    QString reason;
    QString note;
    std::optional<QString> approval;
    bool operator==(const VoidEntry&) const = default;
};

// PATCH /orders/{id}; expected_version may instead come as If-Match.
struct PatchRequest
{
    std::optional<qint64> expectedVersion;
    Lines items;
    QList<VoidEntry> voids{};
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

// The body of a 409: version_conflict, order_closed, item_unavailable, line_fired or
// void_required.
struct ConflictReply
{
    ErrorCode error = ErrorCode::VersionConflict;
    QString message;
    Order current;
    QList<Event> events;
    // item_unavailable: the sold-out menu item ids the write would add.
    QStringList items{};
    // line_fired / void_required: the fired lines the write would change or remove.
    QStringList lines{};
    bool operator==(const ConflictReply&) const = default;
};

// POST /approvals: a manager's single-use approval of a void.
struct ApprovalReply
{
    QString approval;
    Staff staff;
    qint64 expiresAt = 0;
    bool operator==(const ApprovalReply&) const = default;
};

// One line of GET /orders/{id}/bill.
struct BillLine
{
    QString lineId;
    QString name;
    int qty = 1;
    int seat = 0;
    qint64 unitCents = 0;
    qint64 totalCents = 0;
    bool operator==(const BillLine&) const = default;
};

struct SeatTotal
{
    int seat = 0;
    qint64 totalCents = 0;
    bool operator==(const SeatTotal&) const = default;
};

// GET /orders/{id}/bill: the lines with their prices, a total per seat (0: shared) and in all.
struct BillReply
{
    qint64 orderId = 0;
    QString tableId;
    qint64 version = 0;
    QString currency;
    QList<BillLine> lines;
    QList<SeatTotal> seats;
    qint64 totalCents = 0;
    bool operator==(const BillReply&) const = default;
};

// GET /menu: the items and the venue's ISO 4217 currency code.
struct MenuReply
{
    QList<MenuItem> items;
    QString currency;
    bool operator==(const MenuReply&) const = default;
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

// The requests and replies of "The kitchen" and "Sold out".

// POST /orders/{id}/fire; expected_version may instead come as If-Match. No courses: every
// course; no lines: every line.
struct FireRequest
{
    std::optional<qint64> expectedVersion;
    std::optional<QList<int>> courses;
    std::optional<QStringList> lines;
    bool operator==(const FireRequest&) const = default;
};

struct FireReply
{
    Order order;
    Tickets tickets;
    bool operator==(const FireReply&) const = default;
};

// POST /fire: a banquet captain fires one course on many tables, all or nothing.
struct BanquetFireRequest
{
    int course = 1;
    QStringList tables;
    bool operator==(const BanquetFireRequest&) const = default;
};

struct OrderVersion
{
    qint64 orderId = 0;
    qint64 version = 0;
    bool operator==(const OrderVersion&) const = default;
};

struct BanquetFireReply
{
    QList<OrderVersion> orders;
    Tickets tickets;
    bool operator==(const BanquetFireReply&) const = default;
};

// GET /kitchen/tickets
struct TicketsPage
{
    Tickets tickets;
    qint64 next = 0;
    bool operator==(const TicketsPage&) const = default;
};

// PUT /menu/{id}/availability
struct AvailabilityRequest
{
    bool available = true;
    bool operator==(const AvailabilityRequest&) const = default;
};

// A stream message of type "ticket": a ticket was made.
struct TicketMessage
{
    qint64 ticketId = 0;
    QString station;
    qint64 orderId = 0;
    Ticket::Kind kind = Ticket::Kind::Fire;
    bool operator==(const TicketMessage&) const = default;
};

// A stream message of type "menu": an item was sold out or is back.
struct MenuMessage
{
    QString menuItemId;
    bool available = true;
    bool operator==(const MenuMessage&) const = default;
};
