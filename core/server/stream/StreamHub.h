#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include "model/Staff.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <variant>

class Authenticator;
class QWebSocket;

// GET /api/v1/stream: keeps the authenticated WebSocket clients and sends each of them
// {"type": "order", ...} when an order moves. An upgrade without a valid token is refused before
// it happens with 401 unauthorized (another path: 404). A connection that gets through all the
// same, and one whose token is revoked or expires while it is open, is closed with code 1008
// (policy violation) and the reason "unauthorized". A heartbeat pings every client and drops
// the ones that stopped answering.
class StreamHub : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultHeartbeatMs = 20000;
    // A client that does not read its messages is dropped beyond this backlog.
    static constexpr qint64 maxBacklogBytes = 1024 * 1024;

    static QString path();

    explicit StreamHub(Authenticator& auth, QObject* parent = nullptr);
    ~StreamHub() override;

    void setHeartbeatInterval(int ms);
    int clientCount() const { return int(m_clients.size()); }

    // Before an upgrade: nullopt lets it through, else the refusal to send instead.
    std::optional<HttpResponse> verifyUpgrade(const HttpRequest& request);
    // Takes a connection the HTTP server has just upgraded.
    void accept(std::unique_ptr<QWebSocket> socket);
    // The stream asked for without an upgrade: 401 without a valid token, else 426.
    HttpResponse answerWithoutUpgrade(const HttpRequest& request);
    // Closes every client with "going away".
    void closeAll();

public slots:
    void announce(qint64 orderId, const QString& tableId, qint64 version);
    // {"type": "ticket", ...} once a ticket is made; {"type": "menu", ...} after a sell-out.
    void announceTicket(qint64 ticketId, const QString& station, qint64 orderId, bool isVoid);
    void announceMenu(const QString& menuItemId, bool available);

signals:
    // One per upgrade taken, for the request log: 101 kept, 401 or 404 closed at once.
    void served(const QByteArray& method, const QString& path, int status, qint64 elapsedMs,
                const QString& staffId);

private:
    struct Client
    {
        QByteArray authorization; // as "Bearer <token>", re-checked on every heartbeat
        QString staffId;
        bool awaitingPong = false;
    };

    // 401 / 500 when the request's token (header or ?token=) is not valid now, else its staff.
    std::variant<Staff, HttpResponse> authorize(const QByteArray& authorization);
    void refuse(QWebSocket* socket, int status, ErrorCode reason, const QString& path);
    void beat();
    void drop(QWebSocket* socket);
    void broadcast(const QJsonObject& message);

    Authenticator& m_auth;
    QHash<QWebSocket*, Client> m_clients;
    QTimer m_heartbeat;
};
