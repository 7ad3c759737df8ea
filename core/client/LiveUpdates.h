#pragma once

#include "model/Order.h"
#include "model/Result.h"

#include <QHash>
#include <QObject>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class ApiClient;
class QWebSocket;

// What the tablet hears of other waiters' writes (and of kitchen tickets and sell-outs):
// GET /api/v1/stream as a WebSocket, reopened with exponential backoff (and jitter, so a venue's
// tablets do not all return at once) when it drops. While it is down, and once after it comes
// back (messages may have been missed), the orders the tablet holds are polled with
// If-None-Match, so an unchanged order costs a 304. The polls go through the ApiClient, whose
// server, token, timeout and pin the stream uses too. Nothing here is authoritative: a missed
// message costs a 409 on Send, never an item.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    // The orders to poll: order id -> the version this tablet holds.
    using WatchedOrders = std::function<QHash<qint64, qint64>()>;

    static constexpr int defaultFirstRetryMs = 500;
    static constexpr int defaultMaxRetryMs = 30000;
    static constexpr int defaultPollMs = 5000;
    static constexpr int defaultKeepAliveMs = 15000;

    // The stream is at the api's server, /api/v1/stream; `api` outlives this.
    explicit LiveUpdates(ApiClient& api, QObject* parent = nullptr);
    ~LiveUpdates() override;

    // Only where the stream is somewhere else (a proxy in front of the server).
    void setStreamUrl(const QUrl& url) { m_streamOverride = url; }
    void setWatchedOrders(WatchedOrders watched) { m_watched = std::move(watched); }
    // Reconnects wait firstMs, then twice as long each time, up to maxMs.
    void setRetry(int firstMs, int maxMs);
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    // Pings the server this often; a server silent for two intervals counts as gone.
    void setKeepAlive(int ms) { m_keepAlive.setInterval(ms); }

    // Opens the stream with the api's token.
    void start();
    void stop();
    bool isConnected() const { return m_connected; }
    QUrl streamUrl() const;

signals:
    void connectedChanged(bool connected);
    // The stream said an order moved.
    void orderMoved(qint64 orderId, const QString& tableId, qint64 version);
    // The stream said a kitchen ticket was made (kind fire or void).
    void ticketMade(qint64 ticketId, const QString& station);
    // The stream said a menu item was sold out (false) or is back (true).
    void availabilityChanged(const QString& menuItemId, bool available);
    // A poll found an order at another version than the one held.
    void orderRead(const Order& order);
    // Messages may have been missed (the stream is down, or just came back): summaries such as
    // the tables should be read again.
    void resyncNeeded();
    // The server no longer takes the token.
    void unauthorized();
    // The server showed a certificate other than the pinned one (or none is pinned); said once
    // per certificate, while the stream keeps retrying. See CertificatePin::refusal().
    void certificateRefused(const ApiError& error);

private:
    void connectStream();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString& text);
    void scheduleReconnect();
    void checkAlive();
    void pollRound();
    void pollOrder(qint64 orderId, qint64 version);
    void onPolled(qint64 version, const Result<std::optional<Order>>& polled);
    void setConnected(bool connected);
    // Whether the stream's TLS peer passes the api's pin; refusals are reported.
    bool trusts(const QSslCertificate& peer, const QList<QSslError>& errors);
    void reportRefused(const ApiError& error);

    ApiClient& m_api;
    QWebSocket* m_socket = nullptr;
    QUrl m_streamOverride;
    QString m_refused; // the last refusal reported, so that retries do not repeat it
    WatchedOrders m_watched;
    bool m_running = false;
    bool m_connected = false;
    bool m_heard = false; // anything from the server since the last keep-alive ping
    int m_firstRetryMs = defaultFirstRetryMs;
    int m_maxRetryMs = defaultMaxRetryMs;
    int m_nextRetryMs = defaultFirstRetryMs;
    QTimer m_reconnect;
    QTimer m_poll;
    QTimer m_keepAlive;
    int m_pollsInFlight = 0;
    int m_pollRound = 0; // answers to an older round (before stop()) are dropped
};
