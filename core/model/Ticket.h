#pragma once

#include "TicketLine.h"

// What one kitchen station gets for one course of one fire (or void). Made once, never
// changed but for its bump.
struct Ticket
{
    enum class Kind { Fire, Void };

    qint64 id = 0;
    qint64 orderId = 0;
    QString tableId;
    QString tableName;
    Kind kind = Kind::Fire;
    QString station;
    int course = 1;
    TicketLines lines;
    QString createdBy;
    qint64 createdAt = 0;
    // 0 and empty until bumped.
    qint64 bumpedAt = 0;
    QString bumpedBy;

    bool bumped() const { return bumpedAt != 0; }

    bool operator==(const Ticket& other) const = default;
};

using Tickets = QList<Ticket>;
