#pragma once

#include "model/Event.h"
#include "OthersCommitsMark.h"

#include <QHash>
#include <QList>

#include <optional>

// The newest events of the orders this process wrote or read, so that a 409 need not read them
// from the log again. Every kept event is a row of the log: events are never deleted, and a
// write's events are kept only once its transaction stays. So when the log counts as many events
// of an order above a version as are kept, they are the same events, whoever wrote the rest.
// While no other process commits, the tail also knows above which version it holds every event
// of an order (it saw the log or wrote each one since), and answers without counting.
class EventTail
{
public:
    // Bounds: a venue has at most a few hundred open orders, and under a rush a stale writer is
    // mostly tens of events behind; an older base is read from the log. More than a 409 sends
    // (64), so that after trimming a version's events the newest 64 above it are still whole.
    static constexpr int maxOrders = 256;
    static constexpr int maxPerOrder = 80;

    // An event the open write transaction inserted, as the log stores it (its seq set).
    void stage(const Event& event);
    // The open write transaction's guarded UPDATE moved `orderId` to `version`: the order had no
    // event above version - 1 but the ones this transaction stages.
    void stageWrite(qint64 orderId, qint64 version);
    // The open write transaction ended: its staged events stay (committed or released into the
    // open group) or were undone.
    void transactionEnded(bool kept);
    // The log's answer to "the newest `newest` events of `orderId` above `afterVersion`", oldest
    // first; only the newest maxPerOrder stay.
    void keep(qint64 orderId, qint64 afterVersion, int newest, const QList<Event>& events);
    // SqlSession::othersCommits() now: when it changed (or cannot tell), another process may have
    // added events unseen, so no order's events count as whole any longer.
    void othersCommitted(std::optional<quint64> counter);
    // The newest `newest` events of `orderId` above `version`, oldest first, when this process
    // saw every one of them since another process last committed; nullopt when only the log can
    // tell (some are older than what it saw, and fewer than `newest` are newer).
    std::optional<QList<Event>> whole(qint64 orderId, qint64 version, int newest) const;
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
    // An order whose events are no longer worth keeping (closed): a later ask reads the log.
    void forget(qint64 orderId);

private:
    void insert(const Event& event);
    // Past the bound everything is dropped rather than tracking age: a miss only costs a read.
    void makeRoomFor(qint64 orderId);
    // Every event of `orderId` above `version` is kept; a mark already lower stays.
    void markWhole(qint64 orderId, qint64 version);
    // Events up to `version` of `orderId` are no longer all kept.
    void dropped(qint64 orderId, qint64 version);

    // Each list in seq order, which within an order is also version order.
    QHash<qint64, QList<Event>> m_orders;
    // Per order: the version above which every event of the log is kept.
    QHash<qint64, qint64> m_wholeAbove;
    QList<Event> m_staged;
    QList<std::pair<qint64, qint64>> m_stagedWrites;
    OthersCommitsMark m_othersCommits;
};
