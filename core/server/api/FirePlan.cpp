#include "FirePlan.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

OrderFire FirePlan::plan(const Order& order, const QString& tableName,
                         const std::optional<QList<int>>& courses,
                         const std::optional<QStringList>& lineIds,
                         const QHash<QString, MenuEntry>& menu, qint64 now)
{
    OrderFire fire;
    fire.orderId = order.id;
    fire.expectedVersion = order.version;
    fire.items = order.items;
    for (Line& line : fire.items) {
        if (line.fired() || (courses && !courses->contains(line.course)) ||
            (lineIds && !lineIds->contains(line.lineId)))
            continue;
        line.state = Line::State::Fired;
        line.firedAt = now;
        const MenuEntry entry = menu.value(line.menuItemId);
        Ticket fresh;
        fresh.orderId = order.id;
        fresh.tableId = order.tableId;
        fresh.tableName = tableName;
        fresh.kind = Ticket::Kind::Fire;
        fresh.station = entry.station;
        fresh.course = line.course;
        ticketFor(fire.tickets, fresh)
            .lines.append(TicketLine{line.lineId,
                                     line.menuItemId,
                                     entry.names.value(u"en"_s, line.menuItemId),
                                     line.qty,
                                     line.seat,
                                     line.note,
                                     {},
                                     {}});
    }
    // Earlier courses first; within a course, stations as their first line comes.
    std::stable_sort(fire.tickets.begin(), fire.tickets.end(),
                     [](const Ticket& a, const Ticket& b) { return a.course < b.course; });
    return fire;
}
