#pragma once

#include "TicketLine.h"

#include <algorithm>

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

// A fire or a void makes one ticket per course and station: the one already in `tickets` for
// `fresh`'s course and station, else `fresh` appended.
inline Ticket& ticketFor(Tickets& tickets, const Ticket& fresh)
{
    const auto held = std::find_if(tickets.begin(), tickets.end(), [&fresh](const Ticket& t) {
        return t.course == fresh.course && t.station == fresh.station;
    });
    if (held != tickets.end())
        return *held;
    tickets.append(fresh);
    return tickets.last();
}
