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

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <optional>

class ApiClient;
class HistoryFeed;
class LiveUpdates;

// The tablet's core: owns the API client, the drafts and the outbox, and talks to the UI only
// through these methods and signals. Nothing here blocks the caller's thread on the network;
// every edit is on disk before its call returns.
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
    void openOrder(qint64 orderId);
    QList<Table> tables() const { return m_tables; }
    QList<MenuItem> menu() const { return m_menu; }

    std::optional<Order> base(qint64 orderId) const;
    Lines draft(qint64 orderId) const;
    LineChanges pendingChanges(qint64 orderId) const;
    LineSyncState lineState(qint64 orderId, const QString& lineId) const;

    // Edits: each one is saved to the local file before the call returns, then draftChanged.
    QString addLine(qint64 orderId, const QString& menuItemId, int seat, int qty = 1,
                    const QString& note = {});
    void setQty(qint64 orderId, const QString& lineId, int qty);
    void setSeat(qint64 orderId, const QString& lineId, int seat);
    void setNote(qint64 orderId, const QString& lineId, const QString& note);
    void removeLine(qint64 orderId, const QString& lineId);
    // Back to the authoritative list; a send of this order waiting in the outbox is dropped too.
    void discardDraft(qint64 orderId);

    void send(qint64 orderId);
    void confirmRebase(qint64 orderId, const RebaseDecision& decision);
    void cancelRebase(qint64 orderId);
    bool hasConflict(qint64 orderId) const { return m_conflicts.contains(orderId); }

    // The stream of others' changes (started at login); tests and settings tune it here.
    LiveUpdates* liveUpdates() const { return m_live; }
    // The order and venue logs for a manager's history panel, read with this session's token.
    HistoryFeed* history() const { return m_history; }

    int outboxCount() const { return m_outbox.count(); }
    bool isOnline() const { return m_online; }
    void replayOutbox();

    // What a failed request was for, so ui/ can say what did not happen.
    enum class Request { LoadTables, LoadMenu, OpenTable, SaveDraft, LiveUpdates };
    Q_ENUM(Request)

Q_SIGNALS:
    void loggedIn(const Staff& staff);
    void loginFailed(const ApiError& error);
    void loggedOut();
    void tablesChanged();
    void menuChanged();
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
    // `sent` holds the lines the refused write carried (empty when nothing was sent), so ui/
    // can name the line an invalid_request's field points at.
    void sendFailed(qint64 orderId, const ApiError& error, const Lines& sent);
    void queued(qint64 orderId);
    void outboxChanged(int count);
    void onlineChanged(bool online);
    // A read (tables, menu, order), a save on this tablet or the live updates failed.
    void requestFailed(const ApiError& error, SyncEngine::Request request);
    // An https server without a pin showed this certificate (once per certificate): a manager
    // should compare it with what tablesyncd printed and, if equal, setPinnedCertificate() it.
    void certificateConfirmationNeeded(const QString& fingerprint);

private:
    enum class WriteKind { Send, Confirm, Replay };
    struct PendingConflict
    {
        Order current;
        Lines draftAtDetection;
    };

    bool saveDraft(const Order& base, const Lines& draft);
    bool editLine(qint64 orderId, const QString& lineId, const std::function<void(Line&)>& edit);
    void write(const Order& base, const Lines& items, WriteKind kind);
    void onWritten(const Order& base, const Lines& items, WriteKind kind,
                   const Result<PatchReply>& reply);
    void onConflict(const Order& base, const Lines& items, WriteKind kind,
                    const ConflictReply& conflict);
    void adopt(const Order& authoritative, const Lines& sentItems);
    void queue(const Order& base, const Lines& items);
    void mergeFresh(const Order& fresh);
    void replayNext();
    void probe();
    void setOnline(bool online);
    void updateProbing();
    void readFailed(const ApiError& error, Request request);
    void dropSession();
    void onOrderMoved(qint64 orderId, qint64 version);
    void takeOthersChange(const Order& fresh);
    void refreshTablesQuietly();
    // The newest version of an order this tablet has heard of: its base, or what others made it.
    qint64 knownVersion(qint64 orderId) const;
    QHash<qint64, qint64> watchedOrders() const;
    void beginRequest(qint64 orderId);
    void startStreamAfterTables();
    void endRequest(qint64 orderId);

    Clock& m_clock;
    LocalDatabase m_database;
    DraftStore m_drafts;
    Outbox m_outbox;
    ApiClient* m_api;
    QTimer m_probeTimer;
    LiveUpdates* m_live;
    HistoryFeed* m_history;
    QTimer m_tablesRefresh; // gathers a burst of stream messages into one read of the tables
    // After sign-in the stream opens once the first tables are in (or soon anyway): opening it
    // sets up TLS (QWebSocket does, even for ws://), which would delay the waiter's grid.
    QTimer m_streamStart;

    std::optional<Staff> m_staff;
    QList<Table> m_tables;
    QList<MenuItem> m_menu;
    QHash<qint64, PendingConflict> m_conflicts;
    QHash<qint64, int> m_requests;         // requests in flight per order
    QSet<qint64> m_writing;                // orders with a PATCH in flight
    QSet<qint64> m_liveReads;              // orders being read because the stream said they moved
    QHash<qint64, qint64> m_othersVersion; // newer versions seen while a draft kept its base
    bool m_online = true;
    bool m_replaying = false;
    bool m_probing = false;
    QString m_offeredFingerprint; // the last one certificateConfirmationNeeded() asked about
};
