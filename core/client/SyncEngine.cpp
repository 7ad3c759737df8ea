#include "SyncEngine.h"

#include "ApiClient.h"
#include "BanquetFire.h"
#include "Bills.h"
#include "BusyOrders.h"
#include "DraftEditor.h"
#include "HistoryFeed.h"
#include "KitchenFeed.h"
#include "LiveReconciler.h"
#include "LiveUpdates.h"
#include "OrderSender.h"
#include "OutboxReplayer.h"
#include "StaffSession.h"
#include "VenueCatalog.h"
#include "VoidRequests.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int defaultRequestTimeoutMs = 10000;

} // namespace

SyncEngine::SyncEngine(QString localDatabase, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(std::move(localDatabase))
    , m_drafts(m_database, clock)
    , m_outbox(m_database, clock)
    , m_unsent(m_database, m_drafts, m_outbox, clock)
    , m_printed(m_database, clock)
    , m_api(std::make_unique<ApiClient>())
    , m_history(std::make_unique<HistoryFeed>(*m_api))
    , m_kitchen(std::make_unique<KitchenFeed>(*m_api))
    , m_banquet(std::make_unique<BanquetFire>(*m_api))
    , m_live(std::make_unique<LiveUpdates>(*m_api))
    , m_busy(std::make_unique<BusyOrders>())
    , m_editor(std::make_unique<DraftEditor>(m_drafts, m_outbox, clock))
    , m_catalog(std::make_unique<VenueCatalog>(*m_api, *m_busy))
    , m_sender(
          std::make_unique<OrderSender>(*m_api, m_drafts, *m_editor, m_outbox, *m_busy, m_staff))
    , m_replayer(std::make_unique<OutboxReplayer>(*m_api, m_outbox, *m_sender, m_staff))
    , m_reconciler(
          std::make_unique<LiveReconciler>(*m_api, m_drafts, *m_editor, *m_sender, m_staff))
    , m_voids(std::make_unique<VoidRequests>(*m_api, m_drafts, *m_editor, *m_sender, m_staff,
                                             [this] { return m_replayer->isOnline(); }))
    , m_bills(std::make_unique<Bills>(*m_api))
    , m_session(std::make_unique<StaffSession>(*m_api, m_drafts, *m_sender, *m_reconciler,
                                               *m_replayer, *m_live, *m_kitchen, m_staff))
{
    m_api->setTimeout(defaultRequestTimeoutMs);
    m_live->setWatchedOrders([this] { return m_reconciler->watchedOrders(); });
    connectParts();
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::connectParts()
{
    connect(m_session.get(), &StaffSession::loggedIn, this, [this](const Staff& staff) {
        Q_EMIT loggedIn(staff);
        Q_EMIT unsentWorkChanged();
    });
    connect(m_session.get(), &StaffSession::loginFailed, this, &SyncEngine::loginFailed);
    connect(m_session.get(), &StaffSession::loggedOut, this, [this] {
        Q_EMIT loggedOut();
        Q_EMIT unsentWorkChanged();
    });
    connect(m_busy.get(), &BusyOrders::busyChanged, this, &SyncEngine::busyChanged);
    connect(m_editor.get(), &DraftEditor::draftChanged, this, &SyncEngine::draftChanged);
    connect(m_editor.get(), &DraftEditor::saveFailed, this,
            [this](const ApiError& error) { Q_EMIT requestFailed(error, Request::SaveDraft); });

    connect(m_catalog.get(), &VenueCatalog::tablesChanged, this, &SyncEngine::tablesChanged);
    connect(m_catalog.get(), &VenueCatalog::menuChanged, this, &SyncEngine::menuChanged);
    connect(m_catalog.get(), &VenueCatalog::staffChanged, this, &SyncEngine::staffListChanged);
    connect(m_catalog.get(), &VenueCatalog::tablesAnswered, m_session.get(),
            &StaffSession::tablesAnswered);
    connect(m_catalog.get(), &VenueCatalog::answered, this,
            [this] { m_replayer->setOnline(true); });
    connect(m_catalog.get(), &VenueCatalog::readFailed, this, &SyncEngine::readFailed);
    connect(m_catalog.get(), &VenueCatalog::orderRead, m_reconciler.get(),
            &LiveReconciler::mergeFresh);

    connect(m_sender.get(), &OrderSender::sent, this, &SyncEngine::sent);
    connect(m_sender.get(), &OrderSender::conflictDetected, this, &SyncEngine::conflictDetected);
    connect(m_sender.get(), &OrderSender::approvalNeeded, this, &SyncEngine::approvalNeeded);
    // A paid bill closed the order: the table points at a new one.
    connect(m_bills.get(), &Bills::paid, m_catalog.get(), &VenueCatalog::refreshTablesQuietly);
    connect(m_sender.get(), &OrderSender::sendFailed, this, &SyncEngine::sendFailed);
    connect(m_sender.get(), &OrderSender::queued, this, &SyncEngine::queued);
    connect(m_sender.get(), &OrderSender::fired, this, &SyncEngine::fired);
    connect(m_sender.get(), &OrderSender::fireFailed, this, &SyncEngine::fireFailed);
    connect(m_catalog.get(), &VenueCatalog::availabilityChanged, this,
            &SyncEngine::menuAvailabilityChanged);
    connect(m_sender.get(), &OrderSender::outboxChanged, this, [this](int count) {
        Q_EMIT outboxChanged(count);
        m_replayer->updateProbing();
    });
    connect(m_sender.get(), &OrderSender::orderChanged, this, &SyncEngine::orderChanged);
    connect(m_sender.get(), &OrderSender::draftChanged, this, &SyncEngine::draftChanged);
    connect(m_sender.get(), &OrderSender::unreachable, this,
            [this] { m_replayer->setOnline(false); });
    connect(m_sender.get(), &OrderSender::sessionExpired, m_session.get(), &StaffSession::drop);
    connect(m_sender.get(), &OrderSender::replayWanted, this, [this] {
        if (m_replayer->isOnline())
            m_replayer->replayOutbox();
    });

    connect(m_replayer.get(), &OutboxReplayer::onlineChanged, this, &SyncEngine::onlineChanged);

    connect(m_reconciler.get(), &LiveReconciler::orderChanged, this, &SyncEngine::orderChanged);
    connect(m_reconciler.get(), &LiveReconciler::othersChanged, this, &SyncEngine::othersChanged);
    connect(m_reconciler.get(), &LiveReconciler::tablesStale, m_catalog.get(),
            &VenueCatalog::refreshTablesQuietly);

    connect(m_live.get(), &LiveUpdates::orderMoved, m_reconciler.get(),
            [this](qint64 orderId, const QString&, qint64 version) {
                m_reconciler->onOrderMoved(orderId, version);
            });
    connect(m_live.get(), &LiveUpdates::orderRead, m_reconciler.get(),
            &LiveReconciler::takeOthersChange);
    connect(m_live.get(), &LiveUpdates::availabilityChanged, m_catalog.get(),
            &VenueCatalog::setAvailable);
    connect(m_live.get(), &LiveUpdates::resyncNeeded, m_reconciler.get(),
            &LiveReconciler::scheduleTablesRefresh);
    // A kitchen display reads new tickets on each announcement and after the stream was down.
    connect(m_live.get(), &LiveUpdates::ticketMade, m_kitchen.get(), &KitchenFeed::catchUp);
    connect(m_live.get(), &LiveUpdates::resyncNeeded, m_kitchen.get(), &KitchenFeed::catchUp);
    connect(m_live.get(), &LiveUpdates::availabilityChanged, m_kitchen.get(),
            &KitchenFeed::availabilityChanged);
    connect(m_live.get(), &LiveUpdates::certificateRefused, this,
            [this](const ApiError& error) { Q_EMIT requestFailed(error, Request::LiveUpdates); });
    connect(m_live.get(), &LiveUpdates::unauthorized, this, [this] {
        Q_EMIT requestFailed(
            ApiError{ErrorCode::Unauthorized, u"The stream's token was refused."_s, {}},
            Request::LiveUpdates);
        m_session->drop();
    });
    connect(m_api.get(), &ApiClient::certificateUnconfirmed, this,
            [this](const QString& fingerprint) {
                if (fingerprint == m_offeredFingerprint)
                    return;
                m_offeredFingerprint = fingerprint;
                Q_EMIT certificateConfirmationNeeded(fingerprint);
            });
}

Result<void> SyncEngine::open()
{
    if (Result<void> opened = m_database.open(); !opened)
        return opened;
    if (Result<void> loaded = m_drafts.load(); !loaded)
        return loaded;
    if (Result<void> loaded = m_outbox.load(); !loaded)
        return loaded;
    if (Result<void> loaded = m_printed.load(); !loaded)
        return loaded;
    m_replayer->updateProbing();
    return {};
}

void SyncEngine::setServerUrl(const QUrl& url)
{
    m_api->setServerUrl(url);
}

QUrl SyncEngine::serverUrl() const
{
    return m_api->serverUrl();
}

void SyncEngine::setPinnedCertificate(const QString& fingerprint)
{
    m_api->setPinnedCertificate(fingerprint);
    m_offeredFingerprint.clear();
}

QString SyncEngine::pinnedCertificate() const
{
    return m_api->pinnedCertificate();
}

void SyncEngine::setRequestTimeout(int ms)
{
    m_api->setTimeout(ms);
}

void SyncEngine::setProbeInterval(int ms)
{
    m_replayer->setProbeInterval(ms);
}

// --- session ---------------------------------------------------------------------------

void SyncEngine::login(const QString& staffId, const QString& pin)
{
    m_session->login(staffId, pin);
}

void SyncEngine::logout()
{
    m_session->logout();
}

QList<WaiterWork> SyncEngine::othersUnsentWork() const
{
    return m_unsent.othersThan(m_staff ? m_staff->id : QString());
}

Result<WorkDiscard> SyncEngine::discardUnsentWork(const QString& staffId, const QString& reason)
{
    if (!m_staff)
        return ApiError{ErrorCode::NotLoggedIn, u"Nobody is signed in."_s, {}};
    if (m_staff->role != Staff::Role::Manager)
        return ApiError{ErrorCode::Forbidden, u"Only a manager may discard a waiter's work."_s, {}};
    if (staffId == m_staff->id)
        return ApiError::invalid(u"staff"_s, u"One's own work is sent, not discarded here."_s);
    Result<WorkDiscard> discarded = m_unsent.discard(staffId, reason, m_staff->id);
    if (!discarded)
        return discarded;
    Q_EMIT outboxChanged(m_outbox.count());
    m_replayer->updateProbing();
    Q_EMIT unsentWorkChanged();
    return discarded;
}

// --- reads -----------------------------------------------------------------------------

void SyncEngine::refreshTables()
{
    m_catalog->refreshTables();
}

void SyncEngine::refreshMenu(const QString& language)
{
    m_catalog->refreshMenu(language);
}

void SyncEngine::refreshStaff()
{
    m_catalog->refreshStaff();
}

QList<Staff> SyncEngine::staffList() const
{
    return m_catalog->staff();
}

void SyncEngine::openOrder(qint64 orderId)
{
    m_voids->forget(orderId);
    m_catalog->openOrder(orderId);
}

QList<Table> SyncEngine::tables() const
{
    return m_catalog->tables();
}

QList<MenuItem> SyncEngine::menu() const
{
    return m_catalog->menu();
}

QString SyncEngine::currency() const
{
    return m_catalog->currency();
}

void SyncEngine::readFailed(const ApiError& error, Request request)
{
    if (ApiClient::isUnreachable(error)) {
        m_replayer->setOnline(false);
        return;
    }
    // Read under a previous sign-in (issue 16): whoever is signed in now stays signed in.
    if (error.code == ErrorCode::NotLoggedIn)
        return;
    Q_EMIT requestFailed(error, request);
    if (error.code == ErrorCode::Unauthorized)
        m_session->drop();
}

// --- the draft -------------------------------------------------------------------------

std::optional<Order> SyncEngine::base(qint64 orderId) const
{
    return m_editor->base(orderId);
}

Lines SyncEngine::draft(qint64 orderId) const
{
    return m_editor->draft(orderId);
}

LineChanges SyncEngine::pendingChanges(qint64 orderId) const
{
    return m_editor->pendingChanges(orderId);
}

LineSyncState SyncEngine::lineState(qint64 orderId, const QString& lineId) const
{
    return m_editor->lineState(orderId, lineId);
}

QString SyncEngine::addLine(qint64 orderId, const QString& menuItemId, int seat, int qty,
                            const QString& note, int course)
{
    return m_editor->addLine(orderId, menuItemId, seat, qty, note,
                             m_staff ? m_staff->id : QString(), course);
}

void SyncEngine::setQty(qint64 orderId, const QString& lineId, int qty)
{
    m_editor->setQty(orderId, lineId, qty);
}

void SyncEngine::setSeat(qint64 orderId, const QString& lineId, int seat)
{
    m_editor->setSeat(orderId, lineId, seat);
}

void SyncEngine::setNote(qint64 orderId, const QString& lineId, const QString& note)
{
    m_editor->setNote(orderId, lineId, note);
}

void SyncEngine::removeLine(qint64 orderId, const QString& lineId)
{
    m_editor->removeLine(orderId, lineId);
}

void SyncEngine::discardDraft(qint64 orderId)
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return;
    m_sender->cancelRebase(orderId);
    const Result<bool> wasQueued = m_unsent.revert(entry->base);
    if (!wasQueued) {
        Q_EMIT requestFailed(wasQueued.error(), Request::SaveDraft);
        return;
    }
    Q_EMIT draftChanged(orderId);
    if (wasQueued.value()) {
        Q_EMIT outboxChanged(m_outbox.count());
        m_replayer->updateProbing();
    }
    // Others moved the order while the draft kept its base: without the draft, catch up.
    if (m_reconciler->forgetOthers(orderId) > entry->base.version)
        openOrder(orderId);
}

// --- sending ---------------------------------------------------------------------------

void SyncEngine::send(qint64 orderId)
{
    m_sender->send(orderId, m_replayer->isOnline());
}

void SyncEngine::fireCourse(qint64 orderId, int course)
{
    m_sender->fire(orderId, {course});
}

void SyncEngine::confirmRebase(qint64 orderId, const RebaseDecision& decision)
{
    m_sender->confirmRebase(orderId, decision);
}

void SyncEngine::cancelRebase(qint64 orderId)
{
    m_sender->cancelRebase(orderId);
}

bool SyncEngine::hasConflict(qint64 orderId) const
{
    return m_sender->hasConflict(orderId);
}

// --- offline ---------------------------------------------------------------------------

bool SyncEngine::isOnline() const
{
    return m_replayer->isOnline();
}

void SyncEngine::replayOutbox()
{
    m_replayer->replayOutbox();
}
