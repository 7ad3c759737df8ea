#pragma once

#include "merge/RebaseDecision.h"
#include "model/ApiMessages.h"
#include "OrderWrite.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class DraftEditor;
class DraftStore;

// The refused side of a send (OrderSender's part): a 409 turned into a rebase the waiter
// settles, or settled alone when nothing collides; the settled list (with the voids chosen in
// the conflict dialog) written again; a void write that will not land put back in the draft.
class SendConflicts : public QObject
{
    Q_OBJECT
public:
    // `resend`: the sender's PATCH; `adopt`: the author's draft takes the authoritative order,
    // keeping edits made since `sentItems`.
    using Resend = std::function<void(OrderWrite)>;
    using Adopt = std::function<void(const QString& author, const Order& authoritative,
                                     const Lines& sentItems)>;
    SendConflicts(DraftStore& drafts, DraftEditor& editor, const std::optional<Staff>& staff,
                  Resend resend, Adopt adopt);

    bool has(qint64 orderId) const { return m_pending.contains(orderId); }
    void cancel(qint64 orderId) { m_pending.remove(orderId); }
    // The signed-in waiter settled the conflict of `orderId` (the sender checked it may go).
    void confirm(qint64 orderId, const RebaseDecision& decision);
    // The server answered `request` with a 409 (version_conflict, order_closed, line_fired,
    // void_required, item_unavailable).
    void refused(const OrderWrite& request, const ConflictReply& conflict);
    // A void write that will not land: its lines go back into the author's draft.
    void restoreVoided(const OrderWrite& request);

Q_SIGNALS:
    void sent(qint64 orderId, const Order& order);
    void conflictDetected(qint64 orderId, const RebaseDecision& decision,
                          const QList<Event>& theirEvents);
    void sendFailed(qint64 orderId, const ApiError& error, const Lines& sent);
    void orderChanged(qint64 orderId);
    void draftChanged(qint64 orderId);

private:
    struct Pending
    {
        Order current;
        Lines draftAtDetection;
        QList<VoidEntry> voids{};
    };

    // A void write met a version that moved: the void alone goes again on the new version.
    bool retryVoids(const OrderWrite& request, const ConflictReply& conflict);
    bool isSignedIn(const QString& author) const { return m_staff && m_staff->id == author; }

    DraftStore& m_drafts;
    DraftEditor& m_editor;
    const std::optional<Staff>& m_staff;
    Resend m_resend;
    Adopt m_adopt;
    QHash<qint64, Pending> m_pending;
};
