#pragma once

#include "model/Event.h"

#include <QHash>
#include <QList>

#include <optional>

// The newest events of the orders this process wrote or read, so that a 409 need not read them
// from the log again. Every kept event is a row of the log: events are never deleted, and a
// write's events are kept only once its transaction stays. So when the log counts as many events
// of an order above a version as are kept, they are the same events, whoever wrote the rest.
class EventTail
{
public:
    // Bounds: a venue has at most a few hundred open orders, and under a rush a stale writer is
    // mostly tens of events behind; an older base is read from the log.
    static constexpr int maxOrders = 256;
    static constexpr int maxPerOrder = 64;

    // An event the open write transaction inserted, as the log stores it (its seq set).
    void stage(const Event& event);
    // The open write transaction ended: its staged events stay (committed or released into the
    // open group) or were undone.
    void transactionEnded(bool kept);
    // Events of one order read from the log, oldest first; only the newest maxPerOrder stay.
    void keep(const QList<Event>& events);
    // The version above which the kept events can answer "the newest `newest` events of
    // `orderId` above `version`": `version` itself, or a later one when more than `newest` of
    // them are kept. nullopt when none is kept: only the log can answer, and asking it how many
    // there are first would be wasted.
    std::optional<qint64> answerFloor(qint64 orderId, qint64 version, int newest) const;
    // The kept events of `orderId` with a version above `version`, oldest first, when there are
    // `inLog` of them; nullopt when some are not kept.
    std::optional<QList<Event>> above(qint64 orderId, qint64 version, qint64 inLog) const;
    // After a rollback of a group commit, events may be kept that the log never got.
    void clear();

private:
    void insert(const Event& event);

    // Each list in seq order, which within an order is also version order.
    QHash<qint64, QList<Event>> m_orders;
    QList<Event> m_staged;
};
