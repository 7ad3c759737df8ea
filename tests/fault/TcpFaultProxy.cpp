#include "TcpFaultProxy.h"

#include <QTcpSocket>

TcpFaultProxy::TcpFaultProxy(quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &TcpFaultProxy::accept);
}

TcpFaultProxy::~TcpFaultProxy()
{
    cutAll();
}

bool TcpFaultProxy::listen()
{
    if (m_listener.isListening())
        return true;
    if (!m_listener.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_listener.serverPort();
    return true;
}

void TcpFaultProxy::setReachable(bool reachable)
{
    if (reachable) {
        listen();
        return;
    }
    m_listener.close();
    cutAll();
}

void TcpFaultProxy::accept()
{
    while (QTcpSocket* client = m_listener.nextPendingConnection()) {
        auto* upstream = new QTcpSocket(this);
        m_links.append(Link{client, upstream});
        // Bytes from the client wait in its socket until the upstream connection is up.
        const auto forwardRequest = [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        };
        connect(client, &QTcpSocket::readyRead, upstream, forwardRequest);
        connect(upstream, &QTcpSocket::connected, client, forwardRequest);
        connect(upstream, &QTcpSocket::readyRead, this, [this, client, upstream] {
            const QByteArray reply = upstream->readAll();
            if (m_mode == Mode::Forward) {
                client->write(reply);
                return;
            }
            // The server has answered, so it has committed; the client never hears of it.
            ++m_droppedReplies;
            cut(client);
        });
        connect(client, &QTcpSocket::disconnected, this, [this, client] { cut(client); });
        // A server closing its side still has its last reply on the way to the client.
        connect(upstream, &QTcpSocket::disconnected, client,
                [client] { client->disconnectFromHost(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void TcpFaultProxy::cut(QTcpSocket* client)
{
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        if (m_links.at(i).client != client)
            continue;
        const Link link = m_links.takeAt(i);
        link.client->disconnect(this);
        link.upstream->disconnect(this);
        link.client->abort();
        link.upstream->abort();
        link.client->deleteLater();
        link.upstream->deleteLater();
        return;
    }
}

void TcpFaultProxy::cutAll()
{
    while (!m_links.isEmpty())
        cut(m_links.first().client);
}
