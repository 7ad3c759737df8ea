#pragma once

#include "model/ApiMessages.h"

#include <QObject>
#include <QTimer>

#include <optional>

class ApiClient;
class OrderSender;
class Outbox;

// Whether the server is reachable, and the outbox's way back to it: while the server is away
// or sends wait, it is probed (GET /health) every interval; once it answers, the waiting sends
// go out one at a time, oldest first, each only under the login of the waiter who made it.
class OutboxReplayer : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultProbeIntervalMs = 3000;

    // `staff` is the session's: nothing is replayed without one.
    OutboxReplayer(ApiClient& api, const Outbox& outbox, OrderSender& sender,
                   const std::optional<Staff>& staff);

    void setProbeInterval(int ms) { m_probeTimer.setInterval(ms); }
    bool isOnline() const { return m_online; }
    bool isProbing() const { return m_probeTimer.isActive(); }
    // An answer came (online) or none could (offline); online replays what waits.
    void setOnline(bool online);
    void replayOutbox();
    // Probes while the server is away or sends wait, and only then.
    void updateProbing();

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void replayNext();
    void probe();

    ApiClient& m_api;
    const Outbox& m_outbox;
    OrderSender& m_sender;
    const std::optional<Staff>& m_staff;
    QTimer m_probeTimer;
    bool m_online = true;
    bool m_replaying = false;
    bool m_probing = false;
};
