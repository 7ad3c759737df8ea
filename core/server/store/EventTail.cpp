#include "EventTail.h"

#include <algorithm>

void EventTail::stage(const Event& event)
{
    m_staged.append(event);
}

void EventTail::stageWrite(qint64 orderId, qint64 version)
{
    m_stagedWrites.append({orderId, version});
}

void EventTail::transactionEnded(bool kept)
{
    if (kept) {
        // Marked before the events go in, so that trimming them raises the mark.
        for (const auto& [orderId, version] : std::as_const(m_stagedWrites)) {
            makeRoomFor(orderId);
            if (!m_wholeAbove.contains(orderId))
                m_wholeAbove.insert(orderId, version - 1);
        }
        for (const Event& event : std::as_const(m_staged))
            insert(event);
    }
    m_staged.clear();
    m_stagedWrites.clear();
}

void EventTail::keep(qint64 orderId, qint64 afterVersion, int newest, const QList<Event>& events)
{
    makeRoomFor(orderId);
    // Fewer than asked for: the log has no more above afterVersion. As many: events of the
    // oldest version read may have been left out.
    if (newest > 0)
        markWhole(orderId, events.size() < newest ? afterVersion : events.constFirst().version);
    // A manager's full history of a long order would otherwise be inserted only to be trimmed.
    const qsizetype from = std::max<qsizetype>(0, events.size() - maxPerOrder);
    if (from > 0)
        dropped(orderId, events.at(from - 1).version);
    for (qsizetype i = from; i < events.size(); ++i)
        insert(events.at(i));
}

void EventTail::othersCommitted(std::optional<quint64> counter)
{
    if (m_othersCommits.moved(counter))
        m_wholeAbove.clear();
}

std::optional<QList<Event>> EventTail::whole(qint64 orderId, qint64 version, int newest) const
{
    const auto mark = m_wholeAbove.constFind(orderId);
    if (newest < 1 || mark == m_wholeAbove.cend())
        return std::nullopt;
    // Below the mark some events may be missing; still, when at least `newest` are kept above
    // it, the newest ones above `version` are all among them.
    const qint64 floor = std::max(version, *mark);
    const QList<Event> kept = m_orders.value(orderId);
    const auto first = std::partition_point(kept.cbegin(), kept.cend(),
                                            [floor](const Event& e) { return e.version <= floor; });
    if (floor > version && kept.cend() - first < newest)
        return std::nullopt;
    return QList<Event>(std::max(first, kept.cend() - std::min<qsizetype>(newest, kept.size())),
                        kept.cend());
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
    m_wholeAbove.clear();
    m_staged.clear();
    m_stagedWrites.clear();
}

void EventTail::forget(qint64 orderId)
{
    m_orders.remove(orderId);
    m_wholeAbove.remove(orderId);
}

void EventTail::insert(const Event& event)
{
    makeRoomFor(event.orderId);
    QList<Event>& kept = m_orders[event.orderId];
    const auto at = std::lower_bound(kept.begin(), kept.end(), event.seq,
                                     [](const Event& e, qint64 seq) { return e.seq < seq; });
    if (at != kept.end() && at->seq == event.seq)
        return;
    kept.insert(at, event);
    if (kept.size() > maxPerOrder) {
        const qsizetype extra = kept.size() - maxPerOrder;
        dropped(event.orderId, kept.at(extra - 1).version);
        kept.remove(0, extra);
    }
}

void EventTail::makeRoomFor(qint64 orderId)
{
    if (m_orders.contains(orderId) || m_wholeAbove.contains(orderId))
        return;
    if (m_orders.size() >= maxOrders || m_wholeAbove.size() >= maxOrders) {
        m_orders.clear();
        m_wholeAbove.clear();
    }
}

void EventTail::markWhole(qint64 orderId, qint64 version)
{
    const auto mark = m_wholeAbove.find(orderId);
    if (mark == m_wholeAbove.end())
        m_wholeAbove.insert(orderId, version);
    else
        *mark = std::min(*mark, version);
}

void EventTail::dropped(qint64 orderId, qint64 version)
{
    if (const auto mark = m_wholeAbove.find(orderId); mark != m_wholeAbove.end())
        *mark = std::max(*mark, version);
}
