#include "GuardedTcpServer.h"

#include "ConnectionGuard.h"

#include "model/ApiError.h"
#include "model/JsonCodec.h"

#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

GuardedTcpServer::~GuardedTcpServer()
{
    // An upgraded stream's connection counts itself out on the thread it moved to, under this
    // lock; taking it orders that before the counts are freed here.
    const std::lock_guard settled(m_countMutex);
}

void GuardedTcpServer::dropConnections()
{
    const QList<QTcpSocket*> sockets = findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket* socket : sockets)
        socket->abort();
}

void GuardedTcpServer::setTlsConfiguration(const QSslConfiguration& configuration)
{
    m_tls = configuration;
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket* socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // One client address may not take the server's connections from the others.
    const QHostAddress peer = socket->peerAddress();
    std::unique_lock counting(m_countMutex);
    const bool full = m_open >= m_limits.maxConnections ||
                      (m_limits.maxConnectionsPerAddress > 0 &&
                       m_openByAddress.value(peer) >= m_limits.maxConnectionsPerAddress);
    if (!full) {
        ++m_open;
        ++m_openByAddress[peer];
    }
    counting.unlock();
    if (full && m_tls) {
        // A plain-text 503 means nothing to a client that expects a TLS handshake.
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (full) {
        const ApiError error{ErrorCode::ServiceUnavailable,
                             u"The server has too many open connections; try again shortly."_s,
                             {}};
        socket->write(ConnectionGuard::closingReply(503, "Service Unavailable",
                                                    JsonCodec::encode(JsonCodec::toJson(error))));
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        return;
    }
    // Qt writes an answer's head and a large body as separate segments: with Nagle's algorithm
    // the body waited for the client's delayed ACK (40 ms on Linux), the p99 of every write.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto* guard = new ConnectionGuard(socket, m_limits);
    // Counted by the guard, a child of the socket: a WebSocket upgrade drops every connection
    // to the socket's own signals, its destroyed() included. Directly, in whichever thread the
    // guard ends: an upgraded stream moves to the server's main thread.
    connect(
        guard, &QObject::destroyed, this,
        [this, peer] {
            const std::lock_guard released(m_countMutex);
            --m_open;
            if (--m_openByAddress[peer] <= 0)
                m_openByAddress.remove(peer);
        },
        Qt::DirectConnection);
    connect(guard, &ConnectionGuard::refused, this, &GuardedTcpServer::refused);
    if (m_tls)
        startEncryption(socket);
    else
        addPendingConnection(socket);
}

void GuardedTcpServer::startEncryption(QTcpSocket* socket)
{
    auto* tls = static_cast<QSslSocket*>(socket);
    tls->setSslConfiguration(*m_tls);
    // Until the HTTP layer owns it, a connection that fails its handshake is ours to delete.
    const QMetaObject::Connection dropped =
        connect(tls, &QSslSocket::disconnected, tls, &QObject::deleteLater);
    connect(tls, &QSslSocket::encrypted, this, [this, tls, dropped] {
        disconnect(dropped);
        addPendingConnection(tls);
    });
    tls->startServerEncryption();
}
