#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A loopback TCP proxy in front of a server that can fail the way networks do: refuse every
// connection (the server unreachable), or forward each request and throw its reply away,
// closing the client's connection (the answer lost after the server committed).
class TcpFaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Forward, DropReplies };

    explicit TcpFaultProxy(quint16 targetPort, QObject* parent = nullptr);
    ~TcpFaultProxy() override;

    // Listens on a free loopback port, or the same one again after setReachable(false).
    bool listen();
    quint16 port() const { return m_port; }

    // Unreachable: stops listening and cuts every open connection.
    void setReachable(bool reachable);
    void setMode(Mode mode) { m_mode = mode; }
    // Replies thrown away so far.
    int droppedReplies() const { return m_droppedReplies; }

private:
    struct Link
    {
        QTcpSocket* client = nullptr;
        QTcpSocket* upstream = nullptr;
    };
    void accept();
    void cut(QTcpSocket* client);
    void cutAll();

    quint16 m_targetPort;
    quint16 m_port = 0;
    QTcpServer m_listener;
    QList<Link> m_links;
    Mode m_mode = Mode::Forward;
    int m_droppedReplies = 0;
};
