#include "HttpConnection.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

HttpConnection::HttpConnection(QString host, quint16 port, QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_socket.abort();
        fail(u"no answer within %1 ms"_s.arg(m_timeoutMs));
    });
    connect(&m_socket, &QTcpSocket::connected, this, &HttpConnection::sendPending);
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readReply);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // The server closing an idle keep-alive connection is not a failed request.
        if (m_done)
            fail(m_socket.errorString());
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_done)
            fail(u"the server closed the connection"_s);
    });
}

void HttpConnection::request(const QByteArray& method, const QByteArray& path,
                             const QByteArray& body, Done done)
{
    Q_ASSERT(!m_done);
    m_done = std::move(done);
    m_buffer.clear();
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' +
                      QByteArray::number(m_port) + "\r\n";
    if (!m_token.isEmpty())
        head += "Authorization: Bearer " + m_token + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PATCH")
        head +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    m_pending = head + "\r\n" + body;
    m_timer.start(m_timeoutMs);
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        sendPending();
    else if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.connectToHost(m_host, m_port);
}

void HttpConnection::sendPending()
{
    if (m_pending.isEmpty())
        return;
    m_socket.write(m_pending);
    // Out now, not when this thread next returns to its event loop: one generator runs every
    // waiter, and requests held until it has handled all the replies of a group would send
    // the server all its work at once (16 tablets do not wait for one another).
    m_socket.flush();
    m_pending.clear();
}

void HttpConnection::readReply()
{
    m_buffer += m_socket.readAll();
    if (!m_done)
        return;
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QByteArray head = m_buffer.left(headEnd).toLower();
    const qsizetype space = head.indexOf(' ');
    Reply reply;
    reply.status = space > 0 ? head.mid(space + 1, 3).toInt() : 0;
    qsizetype length = 0;
    bool close = false;
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray header = line.trimmed();
        if (header.startsWith("content-length:"))
            length = header.mid(15).trimmed().toLongLong();
        else if (header.startsWith("connection:") && header.contains("close"))
            close = true;
    }
    if (m_buffer.size() < headEnd + 4 + length)
        return;
    reply.body = m_buffer.mid(headEnd + 4, length);
    m_buffer.remove(0, headEnd + 4 + length);
    m_closeAfterReply = close;
    complete(std::move(reply), false);
}

void HttpConnection::fail(const QString& reason)
{
    Reply reply;
    reply.error = reason;
    m_pending.clear();
    complete(std::move(reply), true);
}

void HttpConnection::complete(Reply reply, bool dropConnection)
{
    // Taken first: aborting the socket below signals again, and the callback may start the
    // next request on this connection.
    Done done = std::exchange(m_done, {});
    m_timer.stop();
    if (dropConnection || std::exchange(m_closeAfterReply, false))
        m_socket.abort();
    if (done)
        done(reply);
}
