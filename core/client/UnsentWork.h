#pragma once

#include "model/Order.h"
#include "model/Result.h"
#include "WaiterWork.h"
#include "WorkDiscard.h"

#include <QList>

#include <functional>

class Clock;
class DraftStore;
class LocalDatabase;
class Outbox;

// The unsent work each waiter keeps on a shared tablet (edited drafts and waiting sends): how
// much of it others hold, and a manager's discard of it, logged in the tablet's file together
// with what was thrown away so that nothing goes without a trace.
class UnsentWork
{
public:
    static constexpr int maxReasonLength = 200;

    UnsentWork(LocalDatabase& database, DraftStore& drafts, Outbox& outbox, Clock& clock);

    // Every waiter but `staffId` with unsent work here, by staff id.
    QList<WaiterWork> othersThan(const QString& staffId) const;
    WaiterWork of(const QString& staffId) const;

    // Drops every draft and waiting send of `staffId` in one transaction and logs it.
    // InvalidRequest (field "reason") for an empty or overlong reason, NotFound when that waiter
    // has nothing here; nothing changes then.
    Result<WorkDiscard> discard(const QString& staffId, const QString& reason,
                                const QString& managerId);
    // The drafts' owner's own draft of `base`'s order back to `base`, and its waiting send
    // dropped, in one transaction; true when a send was waiting. When the file refuses, the
    // drafts and the outbox are read back from it and nothing changes.
    Result<bool> revert(const Order& base);
    // The log, oldest first.
    Result<QList<WorkDiscard>> discards() const;

private:
    QString contentOf(const QString& staffId) const;
    // Runs `work` in one transaction of the file; when it fails, the file rolled back and the
    // drafts and the outbox in memory are read back from it.
    Result<void> changeFile(const std::function<Result<void>()>& work);

    LocalDatabase& m_database;
    DraftStore& m_drafts;
    Outbox& m_outbox;
    Clock& m_clock;
};
