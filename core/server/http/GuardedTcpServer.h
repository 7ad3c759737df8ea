#pragma once

#include "ConnectionLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

// The listening socket of the HTTP server: caps open connections, overall and per client
// address, and puts a ConnectionGuard on every socket before the HTTP layer sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const ConnectionLimits& limits, QObject* parent = nullptr);

    int openConnections() const { return m_open; }
    // Drops every connection this server accepted.
    void dropConnections();

signals:
    void refused(const QByteArray& method, const QString& path, int status);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ConnectionLimits m_limits;
    int m_open = 0;
    QHash<QHostAddress, int> m_openByAddress;
};
