#pragma once

#include "ConnectionLimits.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

struct ApiError;

class QTcpSocket;

// Watches one client connection ahead of the HTTP parser: refuses a body over the cap by its
// Content-Length before it is buffered (413), a head over its cap (431), a request that does
// not arrive whole in time (408), cuts a request that grows past the cap at the socket, and
// closes the connection when it idles. Lives as a child of its socket.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // Must be made before the HTTP server connects to the socket, so that it reads first.
    ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits);

    // A raw reply for a connection the HTTP layer never sees, written and then closed.
    static QByteArray closingReply(int status, const QByteArray& reason, const QByteArray& json);

signals:
    // A request refused here, for the request log.
    void refused(const QByteArray& method, const QString& path, int status);

private:
    void inspectIncoming();
    void answered();
    void refuseTooLarge(qint64 bodyBytes);
    void refuseHeadTooLarge();
    void refuseTooSlow();
    // Writes the refusal, stops the HTTP parser from buffering more of the request and reads
    // and drops up to `dropBytes` more of it, so that the client gets the reply, not a reset.
    void refuse(int status, const QByteArray& reason, const ApiError& error, qint64 dropBytes);
    void drain();
    void inspectHead();

    QTcpSocket* m_socket;
    ConnectionLimits m_limits;
    QTimer m_idle;
    QTimer m_requestDeadline; // runs from a request's first byte until it is answered
    QByteArray m_head;        // the request head seen so far, up to the blank line
    bool m_headComplete = false;
    qint64 m_received = 0; // bytes of the request being received, head included
    bool m_draining = false;
    qint64 m_drainLeft = 0; // bytes still read and dropped before closing
};
