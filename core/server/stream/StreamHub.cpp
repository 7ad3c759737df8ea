#include "StreamHub.h"

#include "auth/Authenticator.h"
#include "model/ErrorCodeNames.h"
#include "model/JsonCodec.h"
#include "model/KitchenCodec.h"

#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

namespace {

// Clients only ever answer pings; anything larger than this from them is not a stream client.
constexpr quint64 maxIncomingBytes = 4096;
constexpr int refusedLingerMs = 2000;

// The token of a stream request as an Authorization value: the header, else ?token=.
QByteArray authorizationOf(const QByteArray& header, const QUrlQuery& query)
{
    if (!header.trimmed().isEmpty())
        return header;
    const QString token = query.queryItemValue(u"token"_s, QUrl::FullyDecoded);
    return token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1();
}

HttpResponse unauthorized()
{
    return HttpResponse::error(401, ErrorCode::Unauthorized,
                               u"Log in first: send Authorization: Bearer <token>."_s);
}

} // namespace

QString StreamHub::path()
{
    return u"/api/v1/stream"_s;
}

StreamHub::StreamHub(Authenticator& auth, QObject* parent)
    : QObject(parent)
    , m_auth(auth)
{
    m_heartbeat.setInterval(defaultHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &StreamHub::beat);
}

StreamHub::~StreamHub()
{
    closeAll();
}

void StreamHub::setHeartbeatInterval(int ms)
{
    m_heartbeat.setInterval(ms);
}

void StreamHub::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket* socket = owned.release();
    socket->setParent(this);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
    const QString requested = socket->requestUrl().path();
    if (requested != path())
        return refuse(socket, 404, ErrorCode::NotFound, requested);

    const QByteArray authorization = authorizationOf(socket->request().rawHeader("Authorization"),
                                                     QUrlQuery(socket->requestUrl()));
    const std::variant<Staff, HttpResponse> staff = authorize(authorization);
    if (!std::holds_alternative<Staff>(staff))
        return refuse(socket, 401, ErrorCode::Unauthorized, requested);
    const QString staffId = std::get<Staff>(staff).id;

    socket->setMaxAllowedIncomingFrameSize(maxIncomingBytes);
    socket->setMaxAllowedIncomingMessageSize(maxIncomingBytes);
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (auto found = m_clients.find(socket); found != m_clients.end())
            found->awaitingPong = false;
    });
    m_clients.insert(socket, Client{authorization, staffId, false});
    if (!m_heartbeat.isActive())
        m_heartbeat.start();
    emit served("GET", requested, 101, 0, staffId);
}

void StreamHub::refuse(QWebSocket* socket, int status, ErrorCode reason, const QString& requested)
{
    emit served("GET", requested, status, 0, u"-"_s);
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, ErrorCodeNames::wireName(reason));
    // A client that never answers the close frame is cut off all the same.
    QTimer::singleShot(refusedLingerMs, socket, &QWebSocket::abort);
}

std::variant<Staff, HttpResponse> StreamHub::authorize(const QByteArray& authorization)
{
    const Result<std::optional<Staff>> staff = m_auth.authorize(authorization);
    if (!staff) {
        qWarning("tablesyncd: %s", qUtf8Printable(staff.error().message));
        return HttpResponse::error(500, ErrorCode::InternalError,
                                   u"The server could not read or write its database."_s);
    }
    if (!staff.value())
        return unauthorized();
    return *staff.value();
}

std::optional<HttpResponse> StreamHub::verifyUpgrade(const HttpRequest& request)
{
    if (request.path != path())
        return HttpResponse::error(404, ErrorCode::NotFound,
                                   u"Only "_s + path() + u" is served as a WebSocket."_s);
    if (request.method != "GET")
        return HttpResponse::error(405, ErrorCode::MethodNotAllowed,
                                   u"This resource answers only GET."_s)
            .withHeader("Allow", "GET");
    std::variant<Staff, HttpResponse> staff =
        authorize(authorizationOf(request.header("Authorization"), request.query));
    if (auto* refusal = std::get_if<HttpResponse>(&staff))
        return std::move(*refusal);
    return std::nullopt;
}

HttpResponse StreamHub::answerWithoutUpgrade(const HttpRequest& request)
{
    if (request.method != "GET")
        return HttpResponse::error(405, ErrorCode::MethodNotAllowed,
                                   u"This resource answers only GET."_s)
            .withHeader("Allow", "GET");
    std::variant<Staff, HttpResponse> staff =
        authorize(authorizationOf(request.header("Authorization"), request.query));
    if (auto* refusal = std::get_if<HttpResponse>(&staff))
        return std::move(*refusal);
    HttpResponse response =
        HttpResponse::error(426, ErrorCode::UpgradeRequired,
                            u"Open this resource as a WebSocket (Upgrade: websocket)."_s);
    response.staffId = std::get<Staff>(staff).id;
    return response.withHeader("Upgrade", "websocket").withHeader("Connection", "Upgrade");
}

void StreamHub::announce(qint64 orderId, const QString& tableId, qint64 version)
{
    if (m_clients.isEmpty())
        return; // every write comes here: no message to encode for nobody
    StreamMessage message;
    message.orderId = orderId;
    message.tableId = tableId;
    message.version = version;
    broadcast(JsonCodec::toJson(message));
}

void StreamHub::announceTicket(qint64 ticketId, const QString& station, qint64 orderId, bool isVoid)
{
    broadcast(KitchenCodec::toJson(TicketMessage{
        ticketId, station, orderId, isVoid ? Ticket::Kind::Void : Ticket::Kind::Fire}));
}

void StreamHub::announceMenu(const QString& menuItemId, bool available)
{
    broadcast(KitchenCodec::toJson(MenuMessage{menuItemId, available}));
}

void StreamHub::broadcast(const QJsonObject& message)
{
    const QString text = QString::fromUtf8(JsonCodec::encode(message));
    const QList<QWebSocket*> sockets = m_clients.keys();
    for (QWebSocket* socket : sockets) {
        if (socket->bytesToWrite() > maxBacklogBytes) {
            socket->abort();
            continue;
        }
        socket->sendTextMessage(text);
    }
}

void StreamHub::beat()
{
    const QList<QWebSocket*> sockets = m_clients.keys();
    for (QWebSocket* socket : sockets) {
        const auto found = m_clients.constFind(socket);
        if (found == m_clients.constEnd())
            continue;
        if (found->awaitingPong) {
            socket->abort(); // no pong since the last ping: the peer is gone
            continue;
        }
        const Result<std::optional<Staff>> staff = m_auth.authorize(found->authorization);
        if (staff && !staff.value()) {
            m_clients.remove(socket);
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          ErrorCodeNames::wireName(ErrorCode::Unauthorized));
            continue;
        }
        m_clients[socket].awaitingPong = true;
        socket->ping();
    }
    if (m_clients.isEmpty())
        m_heartbeat.stop();
}

void StreamHub::drop(QWebSocket* socket)
{
    m_clients.remove(socket);
    socket->deleteLater();
}

void StreamHub::closeAll()
{
    m_heartbeat.stop();
    const QList<QWebSocket*> sockets = findChildren<QWebSocket*>(Qt::FindDirectChildrenOnly);
    m_clients.clear();
    for (QWebSocket* socket : sockets) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"server stopping"_s);
        delete socket;
    }
}
