#pragma once

#include "merge/RebaseDecision.h"
#include "model/ApiMessages.h"
#include "model/Result.h"
#include "OrderWrite.h"
#include "OutboxEntry.h"
#include "PatchReply.h"
#include "SendConflicts.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class ApiClient;
class BusyOrders;
class DraftEditor;
class DraftStore;
class Outbox;

// Sends a draft to the server: the PATCH with the version it was made on, taking the answer as
// the new base and queueing it when the server cannot be reached; a 409 goes to SendConflicts
// (a rebase the waiter settles, or settled alone when nothing collides). A stored send then
// fires the courses the kitchen is on (CoursePlan); later courses wait for fire().
class OrderSender : public QObject
{
    Q_OBJECT
public:
    // `staff` is the session's, read at each send.
    OrderSender(ApiClient& api, DraftStore& drafts, DraftEditor& editor, Outbox& outbox,
                BusyOrders& busy, const std::optional<Staff>& staff);

    // online: whether the server was reachable last time; if not, the send waits in the outbox.
    // `voids`: the fired lines the draft no longer holds, each with reason and approval; a send
    // with voids that does not land (and does not wait) puts those lines back in the draft.
    void send(qint64 orderId, bool online, const QList<VoidEntry>& voids = {});
    // Sends the settled list with the voids the decision carries (never on its own again).
    void confirmRebase(qint64 orderId, const RebaseDecision& decision);
    // Also when the draft is thrown away: the waiter will not settle that conflict.
    void cancelRebase(qint64 orderId) { m_conflicts.cancel(orderId); }
    bool hasConflict(qint64 orderId) const { return m_conflicts.has(orderId); }
    bool isWriting(qint64 orderId) const { return m_writing.contains(orderId); }
    // Why a send (or a void, which is one) cannot start now, or nullopt.
    std::optional<ApiError> refusal(qint64 orderId) const;
    // A waiting send whose void approval was refused on replay: it waits for a new one.
    bool awaitsApproval(qint64 orderId, const QString& staffId) const
    {
        return m_awaitingApproval.contains({orderId, staffId});
    }
    // The waiting send of the signed-in waiter carries this approval now and may replay.
    Result<void> renewApproval(qint64 orderId, const QString& approval);
    // POST /orders/{id}/fire for these courses on the version this tablet holds; a version that
    // moved meanwhile is tried once more on the newer one (the server never fires a line twice).
    void fire(qint64 orderId, const QList<int>& courses);
    // Sends a queued entry again, only under its own waiter's login (else answered(false));
    // `answered(carryOn)` says whether the next one may follow.
    void replay(const OutboxEntry& entry, std::function<void(bool carryOn)> answered);

Q_SIGNALS:
    void sent(qint64 orderId, const Order& order);
    void conflictDetected(qint64 orderId, const RebaseDecision& decision,
                          const QList<Event>& theirEvents);
    // `sent` holds the lines the refused write carried (empty when nothing was sent).
    void sendFailed(qint64 orderId, const ApiError& error, const Lines& sent);
    void queued(qint64 orderId);
    // Lines of these courses went to the kitchen.
    void fired(qint64 orderId, const QList<int>& courses, int lines);
    // Nothing was fired; `course` is the first of those asked for.
    void fireFailed(qint64 orderId, int course, const ApiError& error);
    void outboxChanged(int count);
    void orderChanged(qint64 orderId);
    void draftChanged(qint64 orderId);
    // No HTTP answer came: the server counts as away.
    void unreachable();
    // The server no longer takes the token.
    void sessionExpired();
    // A send was answered while others wait in the outbox.
    void replayWanted();
    // The voids of a write landed: these fired lines (as the order held them) are off it.
    void voided(qint64 orderId, const Lines& lines);
    // A replayed void met approval_required (its approval expired): it waits for a new one.
    void approvalNeeded(qint64 orderId, const QStringList& lineIds);

private:
    using Answered = std::function<void(bool carryOn)>;

    void write(OrderWrite request, Answered answered = {});
    void onWritten(const OrderWrite& request, const Result<PatchReply>& reply,
                   const Answered& answered);
    void adopt(const QString& author, const Order& authoritative, const Lines& sentItems);
    void fireOn(const QString& author, const Order& order, const QList<int>& courses, bool retried);
    // The author's draft after a fire, which may hold edits made meanwhile.
    void adoptFired(const QString& author, const Order& order);
    void queue(const QString& author, const Order& base, const Lines& items,
               const QList<VoidEntry>& voids = {});
    void removeFromOutbox(qint64 orderId, const QString& author);
    // Whether `author` is the waiter signed in now (the one the UI speaks to).
    bool isSignedIn(const QString& author) const { return m_staff && m_staff->id == author; }

    ApiClient& m_api;
    DraftStore& m_drafts;
    DraftEditor& m_editor;
    Outbox& m_outbox;
    BusyOrders& m_busy;
    const std::optional<Staff>& m_staff;
    SendConflicts m_conflicts;
    QSet<qint64> m_writing;                          // orders with a PATCH in flight
    QSet<QPair<qint64, QString>> m_awaitingApproval; // waiting sends (order, waiter)
};
