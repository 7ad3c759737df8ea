#include "HttpServerAdapter.h"

#include "GuardedTcpServer.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QWebSocket>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#include <QHttpServerWebSocketUpgradeResponse>
#endif

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

HttpServerAdapter::HttpServerAdapter(const ConnectionLimits& limits, Handler handler,
                                     QObject* parent)
    : QAbstractHttpServer(parent)
    , m_limits(limits)
    , m_handler(std::move(handler))
{}

HttpServerAdapter::~HttpServerAdapter()
{
    stop();
}

Result<quint16> HttpServerAdapter::listenOn(const QHostAddress& address, quint16 port,
                                            const std::optional<QSslConfiguration>& tls)
{
    auto* listener = new GuardedTcpServer(m_limits, this);
    if (tls)
        listener->setTlsConfiguration(*tls);
    if (!listener->listen(address, port)) {
        const QString reason = listener->errorString();
        delete listener;
        return ApiError{
            u"listen_failed"_s,
            u"Cannot listen on %1 port %2: %3"_s.arg(address.toString()).arg(port).arg(reason),
            {}};
    }
    connect(listener, &GuardedTcpServer::refused, this,
            [this](const QByteArray& method, const QString& path, int status) {
                emit served(method, path, status, 0, u"-"_s);
            });
    bind(listener);
    m_listener = listener;
    return listener->serverPort();
}

void HttpServerAdapter::setUpgradeHandler(UpgradeVerifier verifier, UpgradeHandler handler)
{
    const bool first = !m_upgradeHandler;
    m_upgradeVerifier = std::move(verifier);
    m_upgradeHandler = std::move(handler);
    if (!first)
        return;
    // Qt upgrades only while this signal has a receiver.
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections())
            m_upgradeHandler(nextPendingWebSocketConnection());
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    addWebSocketUpgradeVerifier(this, [this](const QHttpServerRequest& request) {
        const HttpRequest upgrade = neutral(request);
        if (!m_upgradeVerifier(upgrade))
            return QHttpServerWebSocketUpgradeResponse::accept();
        const HttpResponse refusal = refuseUpgrade(upgrade);
        return QHttpServerWebSocketUpgradeResponse::deny(refusal.status, refusal.body);
    });
#endif
}

bool HttpServerAdapter::isUpgrade(const HttpRequest& request) const
{
    return m_upgradeVerifier &&
           request.header("Upgrade").trimmed().compare("websocket", Qt::CaseInsensitive) == 0 &&
           request.header("Connection").toLower().contains("upgrade");
}

HttpResponse HttpServerAdapter::refuseUpgrade(const HttpRequest& request)
{
    HttpResponse response = m_upgradeVerifier(request).value_or(HttpResponse::error(
        400, u"invalid_request"_s, u"This WebSocket upgrade cannot be served."_s));
    emit served(request.method, request.path, response.status, 0,
                response.staffId.isEmpty() ? u"-"_s : response.staffId);
    return response;
}

void HttpServerAdapter::stop()
{
    if (!m_listener)
        return;
    m_listener->close();
    m_listener->dropConnections();
    delete m_listener.data();
}

HttpRequest HttpServerAdapter::neutral(const QHttpServerRequest& request)
{
    HttpRequest neutral;
    neutral.method = methodName(request.method());
    neutral.path = request.url().path();
    neutral.query = request.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i)
        neutral.headers.append({headers.nameAt(i).toByteArray(), headers.valueAt(i).toByteArray()});
#else
    neutral.headers = request.headers();
#endif
    neutral.body = request.body();
    return neutral;
}

HttpResponse HttpServerAdapter::answer(const QHttpServerRequest& request)
{
    const HttpRequest neutral = HttpServerAdapter::neutral(request);
    QElapsedTimer timer;
    timer.start();
    // A chunked body slips past the Content-Length check; its decoded size is checked here.
    HttpResponse response =
        neutral.body.size() > m_limits.maxBodyBytes
            ? HttpResponse::error(
                  413, u"payload_too_large"_s,
                  u"The request body is larger than %1 bytes."_s.arg(m_limits.maxBodyBytes))
            : m_handler(neutral);
    emit served(neutral.method, neutral.path, response.status, timer.elapsed(),
                response.staffId.isEmpty() ? u"-"_s : response.staffId);
    return response;
}

void HttpServerAdapter::write(QHttpServerResponder& responder, const HttpResponse& response)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto& [name, value] : response.headers)
        headers.append(name, value);
    responder.write(response.body, headers, status);
#else
    responder.writeStatusLine(status);
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    if (response.hasBody())
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.hasBody() ? response.body : QByteArray());
#endif
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)

bool HttpServerAdapter::handleRequest(const QHttpServerRequest& request,
                                      QHttpServerResponder& responder)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Before 6.8 Qt upgrades when this returns true having written nothing, and passes the
    // request to missingHandler() when it returns false.
    if (const HttpRequest upgrade = neutral(request); isUpgrade(upgrade))
        return !m_upgradeVerifier(upgrade);
#endif
    write(responder, answer(request));
    return true;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
void HttpServerAdapter::missingHandler(const QHttpServerRequest& request,
                                       QHttpServerResponder& responder)
#else
void HttpServerAdapter::missingHandler(const QHttpServerRequest& request,
                                       QHttpServerResponder&& responder)
#endif
{
    if (const HttpRequest upgrade = neutral(request); isUpgrade(upgrade))
        write(responder, refuseUpgrade(upgrade));
    else
        write(responder, answer(request));
}

#else

bool HttpServerAdapter::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Qt 6.4 upgrades when this returns true having written nothing, and passes the request
    // to missingHandler() when it returns false.
    if (const HttpRequest upgrade = neutral(request); isUpgrade(upgrade))
        return !m_upgradeVerifier(upgrade);
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, answer(request));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    if (const HttpRequest upgrade = neutral(request); isUpgrade(upgrade))
        write(responder, refuseUpgrade(upgrade));
    else
        write(responder, answer(request));
}

#endif
