#include "SyncEngine.h"

#include "ApiClient.h"
#include "HistoryFeed.h"
#include "LiveUpdates.h"
#include "merge/Diff.h"
#include "merge/Rebase.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int defaultProbeIntervalMs = 3000;
constexpr int defaultRequestTimeoutMs = 10000;
// How long after sign-in the stream waits for the first tables before it opens anyway.
constexpr int streamStartDelayMs = 500;
constexpr int tablesRefreshDelayMs = 100;

ApiError sendInFlight()
{
    return ApiError{ErrorCode::SendInFlight, u"The previous send is still on its way."_s, {}};
}

ApiError notLoggedIn()
{
    return ApiError{ErrorCode::NotLoggedIn, u"Nobody is logged in to send."_s, {}};
}

const Line* findLine(const Lines& lines, const QString& lineId)
{
    for (const Line& line : lines) {
        if (line.lineId == lineId)
            return &line;
    }
    return nullptr;
}

bool sameLine(const Line* a, const Line* b)
{
    if (!a || !b)
        return a == b;
    return a->sameContent(*b);
}

} // namespace

SyncEngine::SyncEngine(QString localDatabase, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_database(std::move(localDatabase))
    , m_drafts(m_database, clock)
    , m_outbox(m_database, clock)
    , m_api(new ApiClient(this))
    , m_live(new LiveUpdates(this))
    , m_history(new HistoryFeed(*m_api, this))
{
    m_api->setTimeout(defaultRequestTimeoutMs);
    m_probeTimer.setInterval(defaultProbeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this, &SyncEngine::probe);

    m_streamStart.setSingleShot(true);
    // logout() and dropSession() stop the timer, so a timeout always has a session.
    connect(&m_streamStart, &QTimer::timeout, this, [this] { m_live->start(m_api->token()); });
    m_live->setRequestTimeout(defaultRequestTimeoutMs);
    m_live->setWatchedOrders([this] { return watchedOrders(); });
    connect(
        m_live, &LiveUpdates::orderMoved, this,
        [this](qint64 orderId, const QString&, qint64 version) { onOrderMoved(orderId, version); });
    connect(m_live, &LiveUpdates::orderRead, this, &SyncEngine::takeOthersChange);
    connect(m_live, &LiveUpdates::resyncNeeded, this, [this] {
        if (m_staff && !m_tablesRefresh.isActive())
            m_tablesRefresh.start();
    });
    connect(m_api, &ApiClient::certificateUnconfirmed, this, [this](const QString& fingerprint) {
        if (fingerprint == m_offeredFingerprint)
            return;
        m_offeredFingerprint = fingerprint;
        Q_EMIT certificateConfirmationNeeded(fingerprint);
    });
    connect(m_live, &LiveUpdates::certificateRefused, this,
            [this](const ApiError& error) { Q_EMIT requestFailed(error, Request::LiveUpdates); });
    connect(m_live, &LiveUpdates::unauthorized, this, [this] {
        Q_EMIT requestFailed(
            ApiError{ErrorCode::Unauthorized, u"The stream's token was refused."_s, {}},
            Request::LiveUpdates);
        dropSession();
    });
    m_tablesRefresh.setSingleShot(true);
    m_tablesRefresh.setInterval(tablesRefreshDelayMs);
    connect(&m_tablesRefresh, &QTimer::timeout, this, &SyncEngine::refreshTablesQuietly);
}

SyncEngine::~SyncEngine()
{
    // No reply may reach a half-destroyed engine.
    delete m_live;
    delete m_history;
    delete m_api;
}

Result<void> SyncEngine::open()
{
    if (Result<void> opened = m_database.open(); !opened)
        return opened;
    if (Result<void> loaded = m_drafts.load(); !loaded)
        return loaded;
    if (Result<void> loaded = m_outbox.load(); !loaded)
        return loaded;
    updateProbing();
    return {};
}

void SyncEngine::setServerUrl(const QUrl& url)
{
    m_api->setServerUrl(url);
    m_live->setServerUrl(url);
}

void SyncEngine::setPinnedCertificate(const QString& fingerprint)
{
    m_api->setPinnedCertificate(fingerprint);
    m_live->setPinnedCertificate(fingerprint);
    m_offeredFingerprint.clear();
}

QString SyncEngine::pinnedCertificate() const
{
    return m_api->pinnedCertificate();
}

QUrl SyncEngine::serverUrl() const
{
    return m_api->serverUrl();
}

void SyncEngine::setRequestTimeout(int ms)
{
    m_api->setTimeout(ms);
    m_live->setRequestTimeout(ms);
}

void SyncEngine::setProbeInterval(int ms)
{
    m_probeTimer.setInterval(ms);
}

// --- session ---------------------------------------------------------------------------

void SyncEngine::login(const QString& staffId, const QString& pin)
{
    m_api->login(LoginRequest{staffId, pin}, [this](Result<LoginReply> reply) {
        if (!reply) {
            if (ApiClient::isUnreachable(reply.error()))
                setOnline(false);
            Q_EMIT loginFailed(reply.error());
            return;
        }
        m_api->setToken(reply->token);
        m_staff = reply->staff;
        setOnline(true);
        Q_EMIT loggedIn(*m_staff);
        // Opened on connection it polls once, so nothing that moved before is missed.
        m_streamStart.start(streamStartDelayMs);
        replayOutbox();
    });
}

void SyncEngine::logout()
{
    if (!m_api->token().isEmpty())
        m_api->logout([](Result<bool>) {});
    m_api->setToken({});
    m_streamStart.stop();
    m_live->stop();
    const bool wasLoggedIn = m_staff.has_value();
    m_staff.reset();
    if (wasLoggedIn)
        Q_EMIT loggedOut();
}

void SyncEngine::dropSession()
{
    // The server no longer knows the token; telling it again would only fail.
    m_api->setToken({});
    m_streamStart.stop();
    m_live->stop();
    if (m_staff) {
        m_staff.reset();
        Q_EMIT loggedOut();
    }
}

// --- reads -----------------------------------------------------------------------------

void SyncEngine::refreshTables()
{
    m_api->tables([this](Result<QList<Table>> tables) {
        startStreamAfterTables();
        if (!tables)
            return readFailed(tables.error(), Request::LoadTables);
        setOnline(true);
        m_tables = std::move(tables).value();
        Q_EMIT tablesChanged();
    });
}

void SyncEngine::startStreamAfterTables()
{
    // Queued: the grid these tables fill is painted first.
    if (m_streamStart.isActive())
        m_streamStart.start(0);
}

void SyncEngine::refreshMenu(const QString& language)
{
    m_api->menu(language, [this](Result<QList<MenuItem>> menu) {
        if (!menu)
            return readFailed(menu.error(), Request::LoadMenu);
        setOnline(true);
        m_menu = std::move(menu).value();
        Q_EMIT menuChanged();
    });
}

void SyncEngine::openOrder(qint64 orderId)
{
    beginRequest(orderId);
    m_api->order(orderId, [this, orderId](Result<Order> order) {
        endRequest(orderId);
        if (!order)
            return readFailed(order.error(), Request::OpenTable);
        setOnline(true);
        mergeFresh(order.value());
    });
}

void SyncEngine::mergeFresh(const Order& fresh)
{
    const std::optional<OrderDraft> entry = m_drafts.find(fresh.id);
    if (!entry) {
        if (saveDraft(fresh, fresh.items))
            Q_EMIT orderChanged(fresh.id);
        return;
    }
    // A write in flight brings a newer state itself; an older read changes nothing.
    if (m_writing.contains(fresh.id) || fresh.version <= entry->base.version) {
        Q_EMIT orderChanged(fresh.id);
        return;
    }
    Lines draft = fresh.items;
    if (entry->draft != entry->base.items) {
        // Carry the waiter's pending edits over to the newer order when nothing collides;
        // otherwise keep the old base so that Send shows the conflict dialog.
        const RebaseDecision carried = rebase(entry->base.items, entry->draft, fresh.items);
        if (!carried.conflicts().isEmpty()) {
            Q_EMIT orderChanged(fresh.id);
            return;
        }
        draft = carried.proposed();
    }
    if (saveDraft(fresh, draft))
        Q_EMIT orderChanged(fresh.id);
}

void SyncEngine::onOrderMoved(qint64 orderId, qint64 version)
{
    if (m_staff && !m_tablesRefresh.isActive())
        m_tablesRefresh.start();
    // Orders this tablet never opened are in the tables; a write of ours in flight brings its
    // own answer (and a 409 if someone else came first).
    if (!m_drafts.contains(orderId) || version <= knownVersion(orderId) ||
        m_writing.contains(orderId) || m_liveReads.contains(orderId))
        return;
    m_liveReads.insert(orderId);
    m_api->order(orderId, [this, orderId](Result<Order> order) {
        m_liveReads.remove(orderId);
        // A background read: a failure here is met again by the next message, poll or Send.
        if (order)
            takeOthersChange(order.value());
    });
}

void SyncEngine::refreshTablesQuietly()
{
    // Unlike refreshTables(), leaves the online state (and so the outbox) to the probe.
    m_api->tables([this](Result<QList<Table>> tables) {
        if (!tables)
            return;
        m_tables = std::move(tables).value();
        Q_EMIT tablesChanged();
    });
}

void SyncEngine::takeOthersChange(const Order& fresh)
{
    const std::optional<OrderDraft> entry = m_drafts.find(fresh.id);
    if (!entry || fresh.version <= knownVersion(fresh.id) || m_writing.contains(fresh.id))
        return;
    if (entry->draft == entry->base.items) {
        m_othersVersion.remove(fresh.id);
        if (saveDraft(fresh, fresh.items))
            Q_EMIT orderChanged(fresh.id);
        return;
    }
    // The waiter's edits stay on the base they were made on, so that Send meets the 409 and
    // the conflict dialog shows whose changes came in between.
    m_othersVersion.insert(fresh.id, fresh.version);
    Q_EMIT othersChanged(fresh.id);
}

qint64 SyncEngine::knownVersion(qint64 orderId) const
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return 0;
    if (entry->draft == entry->base.items)
        return entry->base.version;
    return qMax(entry->base.version, m_othersVersion.value(orderId));
}

QHash<qint64, qint64> SyncEngine::watchedOrders() const
{
    QHash<qint64, qint64> watched;
    for (const qint64 orderId : m_drafts.orderIds()) {
        const std::optional<OrderDraft> entry = m_drafts.find(orderId);
        if (entry && entry->base.status == Order::Status::Open && !m_writing.contains(orderId))
            watched.insert(orderId, knownVersion(orderId));
    }
    return watched;
}

void SyncEngine::readFailed(const ApiError& error, Request request)
{
    if (ApiClient::isUnreachable(error)) {
        setOnline(false);
        return;
    }
    Q_EMIT requestFailed(error, request);
    if (error.code == ErrorCode::Unauthorized)
        dropSession();
}

// --- the draft -------------------------------------------------------------------------

std::optional<Order> SyncEngine::base(qint64 orderId) const
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return std::nullopt;
    return entry->base;
}

Lines SyncEngine::draft(qint64 orderId) const
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    return entry ? entry->draft : Lines{};
}

LineChanges SyncEngine::pendingChanges(qint64 orderId) const
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    return entry ? diff(entry->base.items, entry->draft) : LineChanges{};
}

LineSyncState SyncEngine::lineState(qint64 orderId, const QString& lineId) const
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return LineSyncState::Local;
    const Line* inDraft = findLine(entry->draft, lineId);
    if (sameLine(inDraft, entry->base.findLine(lineId)))
        return LineSyncState::Confirmed;
    // Pending here; queued when the waiting send would leave the line exactly as the draft has it.
    if (const std::optional<OutboxEntry> waiting = m_outbox.find(orderId);
        waiting && sameLine(inDraft, findLine(waiting->draft, lineId))) {
        return LineSyncState::Queued;
    }
    return LineSyncState::Local;
}

bool SyncEngine::saveDraft(const Order& base, const Lines& draft)
{
    if (Result<void> saved = m_drafts.save(base, draft); !saved) {
        Q_EMIT requestFailed(saved.error(), Request::SaveDraft);
        return false;
    }
    Q_EMIT draftChanged(base.id);
    return true;
}

QString SyncEngine::addLine(qint64 orderId, const QString& menuItemId, int seat, int qty,
                            const QString& note)
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return {};
    Line line;
    line.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
    line.menuItemId = menuItemId;
    line.qty = qty;
    line.seat = seat;
    line.note = note;
    line.addedBy = m_staff ? m_staff->id : QString();
    line.addedAt = m_clock.nowMs();
    Lines draft = entry->draft;
    draft.append(line);
    if (!saveDraft(entry->base, draft))
        return {};
    return line.lineId;
}

bool SyncEngine::editLine(qint64 orderId, const QString& lineId,
                          const std::function<void(Line&)>& edit)
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return false;
    Lines draft = entry->draft;
    for (Line& line : draft) {
        if (line.lineId == lineId) {
            const Line before = line;
            edit(line);
            if (line == before)
                return true;
            return saveDraft(entry->base, draft);
        }
    }
    return false;
}

void SyncEngine::setQty(qint64 orderId, const QString& lineId, int qty)
{
    editLine(orderId, lineId, [qty](Line& line) { line.qty = qty; });
}

void SyncEngine::setSeat(qint64 orderId, const QString& lineId, int seat)
{
    editLine(orderId, lineId, [seat](Line& line) { line.seat = seat; });
}

void SyncEngine::setNote(qint64 orderId, const QString& lineId, const QString& note)
{
    editLine(orderId, lineId, [&note](Line& line) { line.note = note; });
}

void SyncEngine::removeLine(qint64 orderId, const QString& lineId)
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return;
    Lines draft = entry->draft;
    if (draft.removeIf([&lineId](const Line& line) { return line.lineId == lineId; }) > 0)
        saveDraft(entry->base, draft);
}

void SyncEngine::discardDraft(qint64 orderId)
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return;
    m_conflicts.remove(orderId);
    const bool wasQueued = m_outbox.contains(orderId);
    const Result<void> done = m_database.transaction([&]() -> Result<void> {
        if (wasQueued) {
            if (Result<void> removed = m_outbox.remove(orderId); !removed)
                return removed;
        }
        return m_drafts.save(entry->base, entry->base.items);
    });
    if (!done) {
        (void)m_drafts.load();
        (void)m_outbox.load();
        Q_EMIT requestFailed(done.error(), Request::SaveDraft);
        return;
    }
    Q_EMIT draftChanged(orderId);
    if (wasQueued) {
        Q_EMIT outboxChanged(m_outbox.count());
        updateProbing();
    }
    // Others moved the order while the draft kept its base: without the draft, catch up.
    if (m_othersVersion.take(orderId) > entry->base.version)
        openOrder(orderId);
}

// --- sending ---------------------------------------------------------------------------

void SyncEngine::send(qint64 orderId)
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry) {
        Q_EMIT sendFailed(orderId, ApiError{ErrorCode::OrderNotOpen, u"No draft to send."_s, {}},
                          {});
        return;
    }
    if (m_writing.contains(orderId)) {
        Q_EMIT sendFailed(orderId, sendInFlight(), {});
        return;
    }
    if (!m_staff) {
        Q_EMIT sendFailed(orderId, notLoggedIn(), {});
        return;
    }
    m_conflicts.remove(orderId);
    // Known offline, or an earlier send of this order still waits: keep the order of sends.
    if (!m_online || m_outbox.contains(orderId)) {
        queue(entry->base, entry->draft);
        if (m_online)
            replayOutbox();
        return;
    }
    write(entry->base, entry->draft, WriteKind::Send);
}

void SyncEngine::confirmRebase(qint64 orderId, const RebaseDecision& decision)
{
    if (m_writing.contains(orderId)) {
        Q_EMIT sendFailed(orderId, sendInFlight(), {});
        return;
    }
    if (!m_conflicts.contains(orderId)) {
        Q_EMIT sendFailed(
            orderId, ApiError{ErrorCode::NoConflictPending, u"No conflict to confirm."_s, {}}, {});
        return;
    }
    if (!m_staff) {
        Q_EMIT sendFailed(orderId, notLoggedIn(), {});
        return;
    }
    const PendingConflict pending = m_conflicts.take(orderId);
    const Lines proposed = decision.proposed();
    // The settled list becomes the draft on top of the current order; edits made while the
    // dialog was open are carried over.
    Lines draft = proposed;
    if (const std::optional<OrderDraft> entry = m_drafts.find(orderId);
        entry && entry->draft != pending.draftAtDetection) {
        draft = rebase(pending.draftAtDetection, entry->draft, proposed).proposed();
    }
    if (!saveDraft(pending.current, draft))
        return;
    Q_EMIT orderChanged(orderId);
    write(pending.current, proposed, WriteKind::Confirm);
}

void SyncEngine::cancelRebase(qint64 orderId)
{
    m_conflicts.remove(orderId);
}

void SyncEngine::write(const Order& base, const Lines& items, WriteKind kind)
{
    m_writing.insert(base.id);
    beginRequest(base.id);
    m_api->patchOrder(base.id, base.version, items,
                      [this, base, items, kind](Result<PatchReply> reply) {
                          m_writing.remove(base.id);
                          endRequest(base.id);
                          onWritten(base, items, kind, reply);
                      });
}

void SyncEngine::onWritten(const Order& base, const Lines& items, WriteKind kind,
                           const Result<PatchReply>& reply)
{
    const qint64 orderId = base.id;
    const bool replay = kind == WriteKind::Replay;
    if (!reply && ApiClient::isUnreachable(reply.error())) {
        // The send may or may not have landed; a replay sorts that out without duplicates.
        if (replay)
            m_replaying = false;
        else
            queue(base, items);
        setOnline(false);
        return;
    }
    if (!reply && reply.error().code == ErrorCode::Unauthorized) {
        if (replay)
            m_replaying = false;
        Q_EMIT sendFailed(orderId, reply.error(), items);
        dropSession();
        return;
    }

    if (!reply) {
        if (replay && m_outbox.remove(orderId))
            Q_EMIT outboxChanged(m_outbox.count());
        Q_EMIT sendFailed(orderId, reply.error(), items);
    } else if (reply->applied()) {
        if (replay && m_outbox.remove(orderId))
            Q_EMIT outboxChanged(m_outbox.count());
        adopt(reply->order, items);
        Q_EMIT sent(orderId, reply->order);
    } else {
        onConflict(base, items, kind, *reply->conflict);
    }

    if (replay)
        replayNext();
    else if (m_online && m_outbox.count() > 0)
        replayOutbox();
}

void SyncEngine::onConflict(const Order& base, const Lines& items, WriteKind kind,
                            const ConflictReply& conflict)
{
    const qint64 orderId = base.id;
    if (kind == WriteKind::Replay) {
        // Either way this send no longer waits: it landed, or the waiter decides.
        if (m_outbox.remove(orderId))
            Q_EMIT outboxChanged(m_outbox.count());
    }
    if (conflict.error == ErrorCode::OrderClosed) {
        Q_EMIT sendFailed(orderId, ApiError{conflict.error, conflict.message, {}}, items);
        return;
    }
    const Order& current = conflict.current;
    if (kind == WriteKind::Replay) {
        // Its answer was lost but the send had landed: nothing left to add, never a duplicate.
        const RebaseDecision replayed = rebase(base.items, items, current.items);
        if (replayed.conflicts().isEmpty() && !replayed.hasOutgoing()) {
            adopt(current, items);
            Q_EMIT sent(orderId, current);
            return;
        }
    }
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    const Lines draftNow = entry ? entry->draft : items;
    const Lines baseItems = entry ? entry->base.items : base.items;
    RebaseDecision decision = rebase(baseItems, draftNow, current.items);
    if (decision.conflicts().isEmpty() && !decision.hasOutgoing()) {
        adopt(current, draftNow);
        Q_EMIT sent(orderId, current);
        return;
    }
    m_conflicts.insert(orderId, PendingConflict{current, draftNow});
    Q_EMIT conflictDetected(orderId, decision, conflict.events);
}

void SyncEngine::adopt(const Order& authoritative, const Lines& sentItems)
{
    // Edits made while the send was on its way stay in the draft, on top of the new order.
    Lines draft = authoritative.items;
    if (const std::optional<OrderDraft> entry = m_drafts.find(authoritative.id);
        entry && entry->draft != sentItems) {
        draft = rebase(sentItems, entry->draft, authoritative.items).proposed();
    }
    if (saveDraft(authoritative, draft))
        Q_EMIT orderChanged(authoritative.id);
}

void SyncEngine::queue(const Order& base, const Lines& items)
{
    if (Result<void> kept = m_outbox.enqueue(base, items, m_staff ? m_staff->id : QString());
        !kept) {
        Q_EMIT sendFailed(base.id, kept.error(), items);
        return;
    }
    Q_EMIT queued(base.id);
    Q_EMIT outboxChanged(m_outbox.count());
    Q_EMIT draftChanged(base.id); // line states moved from local to queued
    updateProbing();
}

// --- offline ---------------------------------------------------------------------------

void SyncEngine::replayOutbox()
{
    if (m_replaying || !m_staff || m_outbox.count() == 0) {
        updateProbing();
        return;
    }
    m_replaying = true;
    replayNext();
}

void SyncEngine::replayNext()
{
    if (!m_staff) {
        m_replaying = false;
        return;
    }
    for (const OutboxEntry& entry : m_outbox.entries()) {
        if (!m_writing.contains(entry.orderId)) {
            write(entry.base, entry.draft, WriteKind::Replay);
            return;
        }
    }
    m_replaying = false;
    updateProbing();
}

void SyncEngine::probe()
{
    if (m_probing || m_replaying)
        return;
    m_probing = true;
    m_api->health([this](Result<Health> health) {
        m_probing = false;
        if (health)
            setOnline(true);
        else if (ApiClient::isUnreachable(health.error()))
            setOnline(false);
        replayOutbox();
    });
}

void SyncEngine::setOnline(bool online)
{
    if (m_online != online) {
        m_online = online;
        Q_EMIT onlineChanged(online);
    }
    updateProbing();
    if (online && m_outbox.count() > 0 && !m_replaying)
        replayOutbox();
}

void SyncEngine::updateProbing()
{
    const bool needed = !m_online || m_outbox.count() > 0;
    if (needed && !m_probeTimer.isActive())
        m_probeTimer.start();
    else if (!needed)
        m_probeTimer.stop();
}

void SyncEngine::beginRequest(qint64 orderId)
{
    if (++m_requests[orderId] == 1)
        Q_EMIT busyChanged(orderId, true);
}

void SyncEngine::endRequest(qint64 orderId)
{
    if (--m_requests[orderId] <= 0) {
        m_requests.remove(orderId);
        Q_EMIT busyChanged(orderId, false);
    }
}
