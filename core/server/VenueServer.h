#pragma once

#include "ServerOptions.h"

#include "model/Clock.h"
#include "model/Result.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class ApiRoutes;
class Authenticator;
class GroupCommit;
class HttpServerAdapter;
class OrderStore;
class PostgresNotifier;
class StreamHub;

// One venue's backend: the store, auth, the api-v1 routes and the HTTP listener. Destroying it
// and making a new one on the same file is a restart.
class VenueServer : public QObject
{
    Q_OBJECT
public:
    explicit VenueServer(ServerOptions options, Clock& clock = Clock::system(),
                         QObject* parent = nullptr);
    ~VenueServer() override;

    // Opens the database and runs the numbered migrations.
    Result<void> open();
    // Fills an EMPTY venue with the demo venue; changes nothing when a venue exists.
    Result<void> seedDemo();
    // Port 0 takes any free port; returns the bound port.
    Result<quint16> listen(const QHostAddress& address, quint16 port);
    // Answers what waits for a commit, stops listening, drops connections, closes the database.
    void close();
    // While listening with TLS: the certificate's SHA-256 fingerprint, else empty.
    QString tlsFingerprint() const { return m_tlsFingerprint; }
    // Every route the server answers, as OpenAPI-style templates:
    // {"GET", "/api/v1/orders/{id}"}, ...
    static QList<QPair<QByteArray, QString>> routeTable();

signals:
    // One per answered request (also those refused at the socket), for the request log.
    void requestServed(const QByteArray& method, const QString& path, int status, qint64 elapsedMs,
                       const QString& staffId);
    // An order moved to `version` (a write that changed it, a close, a table's new order),
    // committed here or by another process on the same database; /stream announces it.
    void orderChanged(qint64 orderId, const QString& tableId, qint64 version);
    // A ticket was made / a menu item sold out or came back, here or by another process.
    void ticketMade(qint64 ticketId, const QString& station, qint64 orderId, bool isVoid);
    void menuChanged(const QString& menuItemId, bool available);

private:
    ServerOptions m_options;
    Clock& m_clock;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<ApiRoutes> m_routes;
    std::unique_ptr<StreamHub> m_stream;
    std::unique_ptr<PostgresNotifier> m_notifier; // PostgreSQL only: other processes' writes
    std::unique_ptr<GroupCommit> m_groupCommit;   // while listening: writes share disk flushes
    std::unique_ptr<HttpServerAdapter> m_http;
    QString m_tlsFingerprint;
};
