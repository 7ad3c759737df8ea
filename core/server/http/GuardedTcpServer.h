#pragma once

#include "ConnectionLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

#include <mutex>
#include <optional>

// The listening socket of the HTTP server: caps open connections, overall and per client
// address, and puts a ConnectionGuard on every socket before the HTTP layer sees it. With a TLS
// configuration every connection is a QSslSocket that reaches the HTTP layer only once its
// handshake is done; the guard watches it from the start, so a handshake that stalls is cut off
// like an idle connection.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const ConnectionLimits& limits, QObject* parent = nullptr);
    ~GuardedTcpServer() override;

    // Serve TLS with this certificate and key from the next connection on.
    void setTlsConfiguration(const QSslConfiguration& configuration);
    bool isEncrypted() const { return m_tls.has_value(); }

    // Drops every connection this server accepted.
    void dropConnections();

signals:
    void refused(const QByteArray& method, const QString& path, int status);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void startEncryption(QTcpSocket* socket);

    ConnectionLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    std::mutex m_countMutex; // guards the counts: a stream's guard ends on another thread
    int m_open = 0;
    QHash<QHostAddress, int> m_openByAddress;
};
