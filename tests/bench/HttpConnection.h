#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

// One keep-alive HTTP/1.1 connection with one request in flight at a time, on a plain
// QTcpSocket. QNetworkAccessManager allows six connections per host and costs more per request;
// a banquet of 50 waiters needs 50 independent connections and a generator that stays cheap.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer (refused, reset, timed out)
        QByteArray body;
        QString error;
    };
    using Done = std::function<void(const Reply&)>;

    HttpConnection(QString host, quint16 port, QObject* parent = nullptr);

    void setToken(const QByteArray& token) { m_token = token; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    bool busy() const { return bool(m_done); }

    // `done` runs exactly once, from the event loop.
    void request(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                 Done done);

private:
    void sendPending();
    void readReply();
    void fail(const QString& reason);
    void complete(Reply reply, bool dropConnection);

    QString m_host;
    quint16 m_port;
    QByteArray m_token;
    int m_timeoutMs = 30000;
    QTcpSocket m_socket;
    QTimer m_timer;
    QByteArray m_pending;
    QByteArray m_buffer;
    Done m_done;
    bool m_closeAfterReply = false;
};
