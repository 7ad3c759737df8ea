#pragma once

#include "OrderStore.h"

#include "http/AnswerGate.h"

#include <functional>
#include <memory>

class BackgroundFlush;
class QTimer;

// Lets the writes that arrive close together share one transaction and one disk flush: the
// store keeps them open, and the commit runs commitDelayMs after the group's first write, so
// requests that arrive meanwhile (in later event-loop passes too) join it. Whatever depends on
// those writes (answers, announcements) must wait until they are durable, so nothing that a
// crash could still undo ever leaves the process: to the HTTP layer it is the gate its answers
// wait for, each group's number their ticket. The HTTP layer holds answers on every Qt version
// (HttpServerAdapter::holdAnswersFor).
//
// Where the store lets it (SQLite at FULL), the commit does not wait for the disk: a second
// thread flushes the log while this one reads, checks and writes the next requests, and a
// group's answers leave after its flush. A write is as durable when answered as at FULL.
class GroupCommit : public AnswerGate
{
    Q_OBJECT
public:
    explicit GroupCommit(OrderStore& store, QObject* parent = nullptr);
    // Commits what is pending and waits for its flush.
    ~GroupCommit() override;

    // Writes wait for their commit or their flush.
    bool isPending() const;
    // Whether commits leave their flush to the second thread.
    bool flushesInBackground() const { return m_flush != nullptr; }
    // How long a group waits for more writes. 1 ms: in five alternating pairs of 10 s runs
    // (16 waiters, 60 tables, idle machine) it made 7 to 26 % more writes per second than
    // committing at the end of each pass, with a lower p50 and p99; requests trickle in one by
    // one under load, and each group writes a hot order's pages to the WAL once.
    static constexpr int commitDelayMs = 1;

    // When writes wait, schedules their commit commitDelayMs from now (once per group).
    void scheduleIfPending();
    // Runs `action` once the waiting writes are durable (at once when none wait); never when
    // their commit or flush fails.
    void afterCommit(std::function<void()> action);
    // Commits the waiting writes now. The gate opens for them once they are flushed (at once
    // when the commit flushes), or (error) at once, saying they are gone.
    Result<void> commitNow();

private:
    struct Waiting
    {
        quint64 ticket;
        std::function<void()> action;
    };

    std::optional<quint64> ticketNow() const override;
    void openSoon() override { scheduleIfPending(); }
    // Everything committed up to `ticket` is durable, or (failure) may be lost.
    void settle(quint64 ticket, const std::optional<ApiError>& failure);
    // Flushes on this thread what the second thread has not flushed yet; for failures and
    // shutdown, which must report earlier groups first.
    void settleNow();

    OrderStore& m_store;
    QTimer* m_commitTimer;
    std::unique_ptr<BackgroundFlush> m_flush; // none when commits flush themselves
    quint64 m_committed = 0;                  // the last group committed (or failed)
    quint64 m_settled = 0;                    // the last group durable (or reported lost)
    QList<Waiting> m_afterCommit;
};
