#pragma once

#include "OrderStore.h"

#include "http/AnswerGate.h"

#include <functional>

// Lets the writes of one event-loop pass share one transaction and one disk flush: the store
// keeps them open, and the commit runs once the pass has handled every request that arrived
// during the previous flush. Whatever depends on those writes (answers, announcements) must
// wait for the commit, so nothing that a crash could still undo ever leaves the process: to the
// HTTP layer it is the gate its answers wait for, opened by each commit.
// The HTTP layer holds answers on every Qt version (HttpServerAdapter::holdAnswersFor).
class GroupCommit : public AnswerGate
{
    Q_OBJECT
public:
    explicit GroupCommit(OrderStore& store, QObject* parent = nullptr);
    // Commits what is pending.
    ~GroupCommit() override;

    // Writes wait for their commit.
    bool isPending() const { return m_store.hasUncommittedWrites(); }
    // When writes wait, schedules their commit for the end of this event-loop pass.
    void scheduleIfPending();
    // Runs `action` once the waiting writes are committed (at once when none wait); never when
    // their commit fails.
    void afterCommit(std::function<void()> action);
    // Commits the waiting writes now and opens the gate: they are durable, or (error) gone.
    Result<void> commitNow();

private:
    // The gate is shut while writes wait for their commit, and opens with it.
    bool isShut() const override { return isPending(); }
    void openAfterThisPass() override { scheduleIfPending(); }

    OrderStore& m_store;
    bool m_scheduled = false;
    QList<std::function<void()>> m_afterCommit;
};
