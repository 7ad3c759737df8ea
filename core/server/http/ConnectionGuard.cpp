#include "ConnectionGuard.h"

#include "model/ApiError.h"
#include "model/JsonCodec.h"

#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace {

// How long a refused client may keep sending before the connection is dropped.
constexpr int drainTimeoutMs = 2000;

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    // Children, so that they move along when an upgraded stream moves to another thread.
    , m_idle(this)
    , m_requestDeadline(this)
{
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspectIncoming);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::answered);
    m_idle.setSingleShot(true);
    m_idle.setInterval(limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_draining)
            m_socket->abort();
        else
            m_socket->disconnectFromHost();
    });
    m_idle.start();
    m_requestDeadline.setSingleShot(true);
    m_requestDeadline.setInterval(limits.requestTimeoutMs);
    connect(&m_requestDeadline, &QTimer::timeout, this, &ConnectionGuard::refuseTooSlow);
}

QByteArray ConnectionGuard::closingReply(int status, const QByteArray& reason,
                                         const QByteArray& json)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json;
}

void ConnectionGuard::inspectIncoming()
{
    if (m_draining) {
        drain();
        return;
    }
    m_idle.start();
    if (!m_requestDeadline.isActive() && m_limits.requestTimeoutMs > 0)
        m_requestDeadline.start();
    // The HTTP parser reads everything it is given, so what is available now is new.
    const qint64 available = m_socket->bytesAvailable();
    if (!m_headComplete) {
        const qint64 room = m_limits.maxHeaderBytes + 4 - m_head.size();
        m_head += m_socket->peek(qMin(available, qMax<qint64>(room, 0)));
        inspectHead();
        if (m_draining)
            return;
    }
    m_received += available;
    if (m_received > m_limits.maxBodyBytes + m_limits.maxHeaderBytes)
        refuseTooLarge(-1);
}

void ConnectionGuard::inspectHead()
{
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > m_limits.maxHeaderBytes)
            refuseHeadTooLarge();
        return;
    }
    m_headComplete = true;
    m_head.truncate(end + 2);
    const QList<QByteArray> lines = m_head.split('\n');
    bool webSocket = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "upgrade")
            webSocket = line.mid(colon + 1).trimmed().toLower() == "websocket";
        if (name != "content-length")
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        if (ok && length > m_limits.maxBodyBytes)
            refuseTooLarge(length);
    }
    // A WebSocket upgrade is either refused and closed by the HTTP server, or becomes a stream
    // that is quiet for long stretches and keeps itself alive with pings: no idle cut-off.
    if (webSocket && !m_draining) {
        m_idle.stop();
        m_requestDeadline.stop();
    }
}

void ConnectionGuard::answered()
{
    if (m_draining || m_socket->bytesToWrite() > 0)
        return;
    m_head.clear();
    m_headComplete = false;
    m_received = 0;
    m_requestDeadline.stop();
    m_idle.start();
}

void ConnectionGuard::refuseTooLarge(qint64 bodyBytes)
{
    const qint64 headBytes = m_headComplete ? m_head.size() + 2 : 0;
    refuse(413, "Payload Too Large",
           ApiError{ErrorCode::PayloadTooLarge,
                    u"The request is larger than the server accepts (%1 bytes of body)."_s.arg(
                        m_limits.maxBodyBytes),
                    {}},
           bodyBytes >= 0 ? headBytes + bodyBytes - m_received : m_limits.maxBodyBytes);
}

void ConnectionGuard::refuseHeadTooLarge()
{
    refuse(431, "Request Header Fields Too Large",
           ApiError{ErrorCode::HeadersTooLarge,
                    u"The request line and headers are longer than the server accepts (%1 "
                    "bytes)."_s.arg(m_limits.maxHeaderBytes),
                    {}},
           m_limits.maxBodyBytes);
}

void ConnectionGuard::refuseTooSlow()
{
    if (m_draining)
        return;
    refuse(
        408, "Request Timeout",
        ApiError{ErrorCode::RequestTimeout,
                 u"The request did not arrive whole within %1 ms."_s.arg(m_limits.requestTimeoutMs),
                 {}},
        0);
}

void ConnectionGuard::refuse(int status, const QByteArray& reason, const ApiError& error,
                             qint64 dropBytes)
{
    const QList<QByteArray> requestLine = m_head.left(m_head.indexOf('\r')).split(' ');
    const QByteArray method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype query = target.indexOf('?');
    const QString path = QString::fromLatin1(query < 0 ? target : target.left(query));

    // Stop the HTTP parser from buffering any more of this request, then read and drop the
    // rest of it, so that the client gets the reply instead of a reset.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_draining = true;
    m_drainLeft = dropBytes;
    m_requestDeadline.stop();
    m_socket->write(closingReply(status, reason, JsonCodec::encode(JsonCodec::toJson(error))));
    m_idle.setInterval(drainTimeoutMs);
    m_idle.start();
    emit refused(method, path, status);
    drain();
}

void ConnectionGuard::drain()
{
    const QByteArray dropped = m_socket->read(m_socket->bytesAvailable());
    m_drainLeft -= dropped.size();
    if (m_drainLeft <= 0)
        m_socket->disconnectFromHost();
}
