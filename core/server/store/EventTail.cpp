#include "EventTail.h"

#include <algorithm>

void EventTail::stage(const Event& event)
{
    m_staged.append(event);
}

void EventTail::transactionEnded(bool kept)
{
    if (kept) {
        for (const Event& event : std::as_const(m_staged))
            insert(event);
    }
    m_staged.clear();
}

void EventTail::keep(const QList<Event>& events)
{
    // A manager's full history of a long order would otherwise be inserted only to be trimmed.
    const qsizetype from = std::max<qsizetype>(0, events.size() - maxPerOrder);
    for (qsizetype i = from; i < events.size(); ++i)
        insert(events.at(i));
}

std::optional<qint64> EventTail::answerFloor(qint64 orderId, qint64 version, int newest) const
{
    const auto found = m_orders.constFind(orderId);
    if (newest < 1 || found == m_orders.cend() || found->isEmpty() ||
        found->constLast().version <= version)
        return std::nullopt;
    const QList<Event>& kept = *found;
    const auto first = std::partition_point(
        kept.cbegin(), kept.cend(), [version](const Event& e) { return e.version <= version; });
    if (kept.cend() - first <= newest)
        return version;
    // Every event of the oldest version among the newest ones, so that the log can be counted
    // by version.
    return (kept.cend() - newest)->version - 1;
}

std::optional<QList<Event>> EventTail::above(qint64 orderId, qint64 version, qint64 inLog) const
{
    const auto found = m_orders.constFind(orderId);
    if (found == m_orders.cend())
        return inLog == 0 ? std::optional<QList<Event>>(QList<Event>()) : std::nullopt;
    const QList<Event>& kept = *found;
    const auto first = std::partition_point(
        kept.cbegin(), kept.cend(), [version](const Event& e) { return e.version <= version; });
    if (kept.cend() - first != inLog)
        return std::nullopt;
    return QList<Event>(first, kept.cend());
}

void EventTail::clear()
{
    m_orders.clear();
    m_staged.clear();
}

void EventTail::insert(const Event& event)
{
    // Past the bound everything is dropped rather than tracking age: a miss only costs a read.
    if (m_orders.size() >= maxOrders && !m_orders.contains(event.orderId))
        m_orders.clear();
    QList<Event>& kept = m_orders[event.orderId];
    const auto at = std::lower_bound(kept.begin(), kept.end(), event.seq,
                                     [](const Event& e, qint64 seq) { return e.seq < seq; });
    if (at != kept.end() && at->seq == event.seq)
        return;
    kept.insert(at, event);
    if (kept.size() > maxPerOrder)
        kept.remove(0, kept.size() - maxPerOrder);
}
