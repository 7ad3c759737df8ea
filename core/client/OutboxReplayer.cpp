#include "OutboxReplayer.h"

#include "ApiClient.h"
#include "OrderSender.h"
#include "Outbox.h"

OutboxReplayer::OutboxReplayer(ApiClient& api, const Outbox& outbox, OrderSender& sender,
                               const std::optional<Staff>& staff)
    : m_api(api)
    , m_outbox(outbox)
    , m_sender(sender)
    , m_staff(staff)
{
    m_probeTimer.setInterval(defaultProbeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this, &OutboxReplayer::probe);
}

void OutboxReplayer::replayOutbox()
{
    if (m_replaying || !m_staff || m_outbox.count() == 0) {
        updateProbing();
        return;
    }
    m_replaying = true;
    replayNext();
}

void OutboxReplayer::replayNext()
{
    if (!m_staff) {
        m_replaying = false;
        return;
    }
    for (const OutboxEntry& entry : m_outbox.entries()) {
        // Another waiter's send waits for that waiter's own sign-in; a void for a new approval.
        if (entry.staffId == m_staff->id && !m_sender.isWriting(entry.orderId) &&
            !m_sender.awaitsApproval(entry.orderId, entry.staffId)) {
            m_sender.replay(entry, [this](bool carryOn) {
                if (carryOn)
                    replayNext();
                else
                    m_replaying = false;
            });
            return;
        }
    }
    m_replaying = false;
    updateProbing();
}

void OutboxReplayer::probe()
{
    if (m_probing || m_replaying)
        return;
    m_probing = true;
    m_api.health([this](Result<Health> health) {
        m_probing = false;
        if (health)
            setOnline(true);
        else if (ApiClient::isUnreachable(health.error()))
            setOnline(false);
        replayOutbox();
    });
}

void OutboxReplayer::setOnline(bool online)
{
    if (m_online != online) {
        m_online = online;
        Q_EMIT onlineChanged(online);
    }
    updateProbing();
    if (online && m_outbox.count() > 0 && !m_replaying)
        replayOutbox();
}

void OutboxReplayer::updateProbing()
{
    const bool needed = !m_online || m_outbox.count() > 0;
    if (needed && !m_probeTimer.isActive())
        m_probeTimer.start();
    else if (!needed)
        m_probeTimer.stop();
}
