#pragma once

#include "DraftStore.h"
#include "LineSyncState.h"
#include "LocalDatabase.h"
#include "merge/LineChange.h"
#include "merge/RebaseDecision.h"
#include "model/ApiMessages.h"
#include "model/Clock.h"
#include "model/Result.h"
#include "Outbox.h"
#include "PatchReply.h"
#include "PrintedTickets.h"
#include "TabletRequest.h"
#include "UnsentWork.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class ApiClient;
class BanquetFire;
class Bills;
class BusyOrders;
class DraftEditor;
class HistoryFeed;
class KitchenFeed;
class LiveReconciler;
class LiveUpdates;
class OrderSender;
class OutboxReplayer;
class StaffSession;
class VenueCatalog;
class VoidRequests;

// The tablet's core as the UI sees it: holds the session and the local file, and hands each
// call to the part that does that job (reads, draft edits, sending, outbox replay, others'
// changes). Nothing here blocks the caller's thread on the network; every edit is on disk
// before its call returns.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // localDatabase: the tablet's own SQLite file (drafts + outbox), created if missing.
    explicit SyncEngine(QString localDatabase, Clock& clock = Clock::system(),
                        QObject* parent = nullptr);
    ~SyncEngine() override;
    Result<void> open(); // opens/migrates the local file; restores drafts and outbox

    void setServerUrl(const QUrl& url);
    QUrl serverUrl() const;
    // The SHA-256 fingerprint of the https server's certificate this tablet trusts (remembered
    // by the app); another certificate is refused with "The server's certificate changed".
    void setPinnedCertificate(const QString& fingerprint);
    QString pinnedCertificate() const;
    // How long one request may take before the server counts as unreachable.
    void setRequestTimeout(int ms);
    // How often the server is probed while it is unreachable or sends wait.
    void setProbeInterval(int ms);

    void login(const QString& staffId, const QString& pin);
    void logout();
    std::optional<Staff> staff() const { return m_staff; }

    void refreshTables();
    void refreshMenu(const QString& language);
    // GET /staff; staffListChanged when it differs from the list held.
    void refreshStaff();
    QList<Staff> staffList() const;
    void openOrder(qint64 orderId);
    QList<Table> tables() const;
    QList<MenuItem> menu() const;
    // The venue's ISO 4217 currency from the last menu read; empty before it.
    QString currency() const;

    std::optional<Order> base(qint64 orderId) const;
    Lines draft(qint64 orderId) const;
    LineChanges pendingChanges(qint64 orderId) const;
    LineSyncState lineState(qint64 orderId, const QString& lineId) const;

    // Edits: each one is saved to the local file before the call returns, then draftChanged.
    QString addLine(qint64 orderId, const QString& menuItemId, int seat, int qty = 1,
                    const QString& note = {}, int course = 1);
    void setQty(qint64 orderId, const QString& lineId, int qty);
    void setSeat(qint64 orderId, const QString& lineId, int seat);
    void setNote(qint64 orderId, const QString& lineId, const QString& note);
    void removeLine(qint64 orderId, const QString& lineId);
    // Back to the authoritative list; a send of this order waiting in the outbox is dropped too.
    void discardDraft(qint64 orderId);

    // Stores the draft and fires the courses the kitchen is on (see CoursePlan).
    void send(qint64 orderId);
    // "Fire course N": the lines of that course on the order go to the kitchen.
    void fireCourse(qint64 orderId, int course);
    void confirmRebase(qint64 orderId, const RebaseDecision& decision);
    void cancelRebase(qint64 orderId);
    bool hasConflict(qint64 orderId) const;

    // The stream of others' changes (started at login); tests and settings tune it here.
    LiveUpdates* liveUpdates() const { return m_live.get(); }
    // The order and venue logs for a manager's history panel, read with this session's token.
    HistoryFeed* history() const { return m_history.get(); }
    // A kitchen display's tickets, followed over the stream; started by the kitchen screen.
    KitchenFeed* kitchen() const { return m_kitchen.get(); }
    // The kitchen tickets this tablet printed, kept in its file.
    PrintedTickets& printedTickets() { return m_printed; }
    // A banquet captain's fire of one course for many tables, with this session's token.
    BanquetFire* banquet() const { return m_banquet.get(); }
    // Voids of fired lines with a manager's approval, with this session's token.
    VoidRequests* voids() const { return m_voids.get(); }
    // Tables' bills and their payment (closing the order), with this session's token.
    Bills* bills() const { return m_bills.get(); }

    // Every waiting send on this tablet, each waiter's.
    int outboxCount() const { return m_outbox.count(); }
    bool isOnline() const;
    void replayOutbox();

    // Unsent work other waiters (everyone, when nobody is signed in) left on this tablet: how
    // much and whose, never what. It replays when its own waiter signs in again.
    QList<WaiterWork> othersUnsentWork() const;
    // A manager signed in throws away another waiter's unsent work, with a reason; logged in the
    // tablet's file (what was thrown away included). NotLoggedIn, Forbidden for a non-manager,
    // InvalidRequest naming "reason" or "staff", NotFound when there is none: nothing changes.
    Result<WorkDiscard> discardUnsentWork(const QString& staffId, const QString& reason);
    // The tablet's discard log, oldest first.
    Result<QList<WorkDiscard>> discardLog() const { return m_unsent.discards(); }

    using Request = TabletRequest::Kind;

Q_SIGNALS:
    void loggedIn(const Staff& staff);
    void loginFailed(const ApiError& error);
    void loggedOut();
    void tablesChanged();
    void menuChanged();
    void staffListChanged();
    void orderChanged(qint64 orderId);
    // Another waiter changed an order while this waiter has unsent edits on it. The draft and
    // its base stay as they are, so Send meets the 409 and shows the conflict dialog; an order
    // without unsent edits simply takes the new base (orderChanged).
    void othersChanged(qint64 orderId);
    void draftChanged(qint64 orderId);
    void busyChanged(qint64 orderId, bool busy);
    void sent(qint64 orderId, const Order& order);
    void conflictDetected(qint64 orderId, const RebaseDecision& decision,
                          const QList<Event>& theirEvents);
    // A waiting void met approval_required (its approval expired): ask a manager again and
    // hand the new one to voids()->renewApproval().
    void approvalNeeded(qint64 orderId, const QStringList& lineIds);
    // `sent` holds the lines the refused write carried (empty when nothing was sent), so ui/
    // can name the line an invalid_request's field points at.
    void sendFailed(qint64 orderId, const ApiError& error, const Lines& sent);
    void queued(qint64 orderId);
    void fired(qint64 orderId, const QList<int>& courses, int lines);
    void fireFailed(qint64 orderId, int course, const ApiError& error);
    // A sell-out (available false) or its end, heard on the stream; the menu changed too.
    void menuAvailabilityChanged(const QString& menuItemId, bool available);
    void outboxChanged(int count);
    // Whose unsent work this tablet holds may read differently (sign-in, sign-out, discard).
    void unsentWorkChanged();
    void onlineChanged(bool online);
    // A read (tables, menu, order), a save on this tablet or the live updates failed.
    void requestFailed(const ApiError& error, SyncEngine::Request request);
    // An https server without a pin showed this certificate (once per certificate): a manager
    // should compare it with what tablesyncd printed and, if equal, setPinnedCertificate() it.
    void certificateConfirmationNeeded(const QString& fingerprint);

private:
    void connectParts();
    void readFailed(const ApiError& error, Request request);

    LocalDatabase m_database;
    DraftStore m_drafts;
    Outbox m_outbox;
    UnsentWork m_unsent;
    PrintedTickets m_printed;
    std::optional<Staff> m_staff;
    QString m_offeredFingerprint; // the last one certificateConfirmationNeeded() asked about
    // Destroyed in reverse: the parts first, the api last, so no reply reaches a gone part.
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<HistoryFeed> m_history;
    std::unique_ptr<KitchenFeed> m_kitchen;
    std::unique_ptr<BanquetFire> m_banquet;
    std::unique_ptr<LiveUpdates> m_live;
    std::unique_ptr<BusyOrders> m_busy;
    std::unique_ptr<DraftEditor> m_editor;
    std::unique_ptr<VenueCatalog> m_catalog;
    std::unique_ptr<OrderSender> m_sender;
    std::unique_ptr<OutboxReplayer> m_replayer;
    std::unique_ptr<LiveReconciler> m_reconciler;
    std::unique_ptr<VoidRequests> m_voids;
    std::unique_ptr<Bills> m_bills;
    std::unique_ptr<StaffSession> m_session;
};
