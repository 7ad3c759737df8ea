#include "StaffSession.h"

#include "ApiClient.h"
#include "DraftStore.h"
#include "KitchenFeed.h"
#include "LiveReconciler.h"
#include "LiveUpdates.h"
#include "OrderSender.h"
#include "OutboxReplayer.h"

namespace {
// How long after sign-in the stream waits for the first tables before it opens anyway.
constexpr int streamStartDelayMs = 500;
} // namespace

StaffSession::StaffSession(ApiClient& api, DraftStore& drafts, OrderSender& sender,
                           LiveReconciler& reconciler, OutboxReplayer& replayer, LiveUpdates& live,
                           KitchenFeed& kitchen, std::optional<Staff>& staff)
    : m_api(api)
    , m_drafts(drafts)
    , m_sender(sender)
    , m_reconciler(reconciler)
    , m_replayer(replayer)
    , m_live(live)
    , m_kitchen(kitchen)
    , m_staff(staff)
{
    m_streamStart.setSingleShot(true);
    // drop() stops the timer, so a timeout always has a session.
    connect(&m_streamStart, &QTimer::timeout, this, [this] { m_live.start(); });
}

void StaffSession::login(const QString& staffId, const QString& pin)
{
    m_api.login(LoginRequest{staffId, pin}, [this](Result<LoginReply> reply) {
        if (!reply) {
            if (ApiClient::isUnreachable(reply.error()))
                m_replayer.setOnline(false);
            Q_EMIT loginFailed(reply.error());
            return;
        }
        m_api.setToken(reply->token);
        m_staff = reply->staff;
        switchOwner(m_staff->id);
        m_replayer.setOnline(true);
        Q_EMIT loggedIn(*m_staff);
        // Opened on connection it polls once, so nothing that moved before is missed.
        m_streamStart.start(streamStartDelayMs);
        m_replayer.replayOutbox();
    });
}

void StaffSession::logout()
{
    if (!m_api.token().isEmpty())
        m_api.logout([](Result<bool>) {});
    drop();
}

void StaffSession::drop()
{
    m_api.setToken({});
    m_streamStart.stop();
    m_live.stop();
    m_kitchen.clear();
    if (m_staff) {
        m_staff.reset();
        Q_EMIT loggedOut();
    }
}

void StaffSession::tablesAnswered()
{
    // Queued: the grid these tables fill is painted first.
    if (m_streamStart.isActive())
        m_streamStart.start(0);
}

void StaffSession::switchOwner(const QString& staffId)
{
    if (m_drafts.owner() == staffId)
        return;
    // A conflict or others' versions heard belong to the previous waiter's drafts.
    for (const qint64 orderId : m_drafts.orderIds()) {
        m_sender.cancelRebase(orderId);
        m_reconciler.forgetOthers(orderId);
    }
    m_drafts.setOwner(staffId);
}
