#include "HttpFrontEnd.h"

#include "GuardedTcpServer.h"
#include "QtHttpHeaders.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

struct HttpFrontEnd::Pending
{
    QHttpServerResponder responder;
    // Qt 6.4's responder only points at the socket, which may be gone by then; newer Qt keeps
    // the connection object alive while a responder is held (nullopt here).
    std::optional<QPointer<QTcpSocket>> socket;
    QByteArray method;
    QString path;
    QElapsedTimer timer;
    HttpResponse response;
    quint64 ticket = 0;
};

HttpFrontEnd::HttpFrontEnd(const ConnectionLimits& limits, HttpRelay& relay, QThread* upgradeThread,
                           std::function<void(HttpRequest&)> readAhead)
    : m_limits(limits)
    , m_relay(relay)
    , m_upgradeThread(upgradeThread)
    , m_readAhead(std::move(readAhead))
{}

HttpFrontEnd::~HttpFrontEnd()
{
    stop();
}

Result<quint16> HttpFrontEnd::listenOn(const QHostAddress& address, quint16 port,
                                       const std::optional<QSslConfiguration>& tls)
{
    auto* listener = new GuardedTcpServer(m_limits, this);
    if (tls)
        listener->setTlsConfiguration(*tls);
    if (!listener->listen(address, port)) {
        const QString reason = listener->errorString();
        delete listener;
        return ApiError{
            ErrorCode::ListenFailed,
            u"Cannot listen on %1 port %2: %3"_s.arg(address.toString()).arg(port).arg(reason),
            {}};
    }
    connect(listener, &GuardedTcpServer::refused, this,
            [this](const QByteArray& method, const QString& path, int status) {
                m_relay.toHandler(HttpRelay::Served{method, path, status, 0, u"-"_s});
            });
    if (m_upgradeThread) {
        // Qt upgrades only while this signal has a receiver.
        connect(this, &QAbstractHttpServer::newWebSocketConnection, this,
                &HttpFrontEnd::takeUpgrades);
        verifyUpgradesInQt();
    }
    bind(listener);
    m_listener = listener;
    return listener->serverPort();
}

void HttpFrontEnd::takeUpgrades()
{
    while (hasPendingWebSocketConnections()) {
        if (std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection())
            m_upgraded.push_back(std::move(socket));
    }
    // Qt's handshake may still have a queued look at the connection; the move waits for it.
    QMetaObject::invokeMethod(this, &HttpFrontEnd::handOverUpgrades, Qt::QueuedConnection);
}

void HttpFrontEnd::handOverUpgrades()
{
    for (std::unique_ptr<QWebSocket>& socket : std::exchange(m_upgraded, {})) {
        // The handler's thread owns the stream clients. The connection underneath is not the
        // WebSocket's child, so it would stay here: as a child it moves along.
        QTcpSocket* underneath = nullptr;
        // A client gone during the handshake reads port 0, as every other closed connection.
        if (socket->peerPort() != 0) {
            const QList<QTcpSocket*> connections = findChildren<QTcpSocket*>();
            const auto found = std::find_if(
                connections.cbegin(), connections.cend(), [&socket](const QTcpSocket* connection) {
                    return connection->peerPort() == socket->peerPort() &&
                           connection->peerAddress() == socket->peerAddress();
                });
            underneath = found != connections.cend() ? *found : nullptr;
        }
        if (!underneath)
            continue; // nothing to stream to: deleted here, on the thread it and its socket share
        underneath->setParent(socket.get());
        // Qt's WebSocket server on this thread would deleteLater() it on disconnected() after
        // the stream hub deleted it on its own thread: a deferred delete of freed memory (an
        // abort). The WebSocket owns it from now on.
        QObject::disconnect(underneath, &QAbstractSocket::disconnected, nullptr, nullptr);
        socket->setParent(nullptr);
        socket->moveToThread(m_upgradeThread);
        m_relay.toHandler(HttpRelay::Upgraded{std::move(socket)});
    }
}

bool HttpFrontEnd::isUpgrade(const HttpRequest& request) const
{
    return m_upgradeThread &&
           request.header("Upgrade").trimmed().compare("websocket", Qt::CaseInsensitive) == 0 &&
           request.header("Connection").toLower().contains("upgrade");
}

std::optional<HttpResponse> HttpFrontEnd::verifyUpgrade(const HttpRequest& request)
{
    if (m_verifyHere)
        return m_verifyHere(request);
    HttpRelay::UpgradeCheck check{request, {}};
    std::future<std::optional<HttpResponse>> verdict = check.verdict.get_future();
    m_relay.toHandler(std::move(check)); // when closed, the relay refuses it at once
    return verdict.get();
}

HttpResponse HttpFrontEnd::refuseUpgrade(const HttpRequest& request,
                                         std::optional<HttpResponse> verdict)
{
    HttpResponse response = std::move(verdict).value_or(HttpResponse::error(
        400, ErrorCode::InvalidRequest, u"This WebSocket upgrade cannot be served."_s));
    m_relay.toHandler(HttpRelay::Served{request.method, request.path, response.status, 0,
                                        response.staffId.isEmpty() ? u"-"_s : response.staffId});
    return response;
}

void HttpFrontEnd::deliver()
{
    for (HttpRelay::ToHttp& message : m_relay.takeForHttp()) {
        if (auto* answer = std::get_if<HttpRelay::Answer>(&message))
            answered(std::move(*answer));
        else
            release(std::get<HttpRelay::Opening>(message));
    }
}

void HttpFrontEnd::answered(HttpRelay::Answer answer)
{
    const std::shared_ptr<Pending> pending = m_pending.take(answer.id);
    if (!pending)
        return; // dropped by stop()
    if (!answer.ticket) {
        send(*pending, answer.response);
        return;
    }
    pending->response = std::move(answer.response);
    pending->ticket = *answer.ticket;
    m_held.push_back(pending);
}

void HttpFrontEnd::release(const HttpRelay::Opening& opening)
{
    // Tickets only grow, so the answers to free are the front of the queue.
    const auto later = std::find_if(
        m_held.begin(), m_held.end(),
        [&opening](const std::shared_ptr<Pending>& held) { return held->ticket > opening.ticket; });
    const std::vector<std::shared_ptr<Pending>> freed(m_held.begin(), later);
    m_held.erase(m_held.begin(), later);
    for (const std::shared_ptr<Pending>& held : freed)
        send(*held, opening.failure ? *opening.failure : held->response);
}

void HttpFrontEnd::send(Pending& pending, const HttpResponse& response)
{
    if (pending.socket && (!*pending.socket || !(*pending.socket)->isOpen()))
        return; // the client left; its write is committed all the same
    QtHttpHeaders::write(pending.responder, response);
    m_relay.toHandler(HttpRelay::Served{std::move(pending.method), std::move(pending.path),
                                        response.status, pending.timer.elapsed(),
                                        response.staffId.isEmpty() ? u"-"_s : response.staffId});
}

void HttpFrontEnd::stop()
{
    m_pending.clear();
    m_held.clear();
    if (!m_listener)
        return;
    m_listener->close();
    m_listener->dropConnections();
    delete m_listener.data();
}

HttpRequest HttpFrontEnd::neutral(const QHttpServerRequest& request)
{
    HttpRequest neutral;
    neutral.method = methodName(request.method());
    neutral.path = request.url().path();
    neutral.query = request.query();
    neutral.headers = QtHttpHeaders::read(request);
    neutral.body = request.body();
    return neutral;
}

void HttpFrontEnd::relay(HttpRequest request, QHttpServerResponder&& responder,
                         std::optional<QPointer<QTcpSocket>> socket)
{
    auto pending = std::make_shared<Pending>(
        Pending{std::move(responder), std::move(socket), request.method, request.path, {}, {}, 0});
    pending->timer.start();
    // A body over the limit is refused unread on the other side.
    if (m_readAhead && request.body.size() <= m_limits.maxBodyBytes)
        m_readAhead(request);
    const quint64 id = ++m_lastId;
    m_pending.insert(id, pending);
    if (!m_relay.toHandler(HttpRelay::Request{id, std::move(request)}))
        m_pending.remove(id); // closing: the connection goes with the rest
}

void HttpFrontEnd::relayMissing(HttpRequest plain, QHttpServerResponder&& responder,
                                std::optional<QPointer<QTcpSocket>> socket)
{
    if (isUpgrade(plain)) {
        std::optional<HttpResponse> verdict = std::exchange(m_refusal, std::nullopt);
        if (!verdict)
            verdict = verifyUpgrade(plain);
        QtHttpHeaders::write(responder, refuseUpgrade(plain, std::move(verdict)));
    } else
        relay(std::move(plain), std::move(responder), std::move(socket));
}
