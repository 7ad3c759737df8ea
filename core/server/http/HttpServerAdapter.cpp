#include "HttpServerAdapter.h"

#include "GuardedTcpServer.h"

#include "store/GroupCommit.h"

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

// An answer held back until the writes it read are committed (Qt 6.4, where the responder
// only points at the socket, which may be gone by then).
struct HttpServerAdapter::WaitingAnswer
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    Answer answer;
};

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
            ErrorCode::ListenFailed,
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
        400, ErrorCode::InvalidRequest, u"This WebSocket upgrade cannot be served."_s));
    emit served(request.method, request.path, response.status, 0,
                response.staffId.isEmpty() ? u"-"_s : response.staffId);
    return response;
}

void HttpServerAdapter::holdAnswersFor(GroupCommit& commits, FailureAnswer failure)
{
    m_commits = &commits;
    m_failure = std::move(failure);
    connect(&commits, &GroupCommit::committed, this, &HttpServerAdapter::releaseAnswers);
}

bool HttpServerAdapter::mustWait() const
{
    return m_commits && m_commits->isPending();
}

void HttpServerAdapter::releaseAnswers(const std::optional<ApiError>& failure)
{
    std::vector<std::unique_ptr<WaitingAnswer>> waiting = std::exchange(m_waiting, {});
    for (const std::unique_ptr<WaitingAnswer>& held : waiting) {
        if (!held->socket || !held->socket->isOpen())
            continue; // the client left; its write is committed all the same
        if (failure)
            held->answer.response = m_failure(*failure);
        send(held->responder, held->answer);
    }
}

void HttpServerAdapter::stop()
{
    m_waiting.clear();
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

HttpServerAdapter::Answer HttpServerAdapter::answer(const HttpRequest& neutral)
{
    Answer answer{neutral.method, neutral.path, {}, {}};
    answer.timer.start();
    // A chunked body slips past the Content-Length check; its decoded size is checked here.
    answer.response = neutral.body.size() > m_limits.maxBodyBytes
                          ? HttpResponse::error(413, ErrorCode::PayloadTooLarge,
                                                u"The request body is larger than %1 bytes."_s.arg(
                                                    m_limits.maxBodyBytes))
                          : m_handler(neutral);
    if (m_commits)
        m_commits->scheduleIfPending();
    return answer;
}

void HttpServerAdapter::send(QHttpServerResponder& responder, const Answer& answer)
{
    write(responder, answer.response);
    emit served(answer.method, answer.path, answer.response.status, answer.timer.elapsed(),
                answer.response.staffId.isEmpty() ? u"-"_s : answer.response.staffId);
}

void HttpServerAdapter::sendCommitted(QHttpServerResponder& responder, Answer answer)
{
    if (mustWait()) {
        if (Result<void> done = m_commits->commitNow(); !done.ok())
            answer.response = m_failure(done.error());
    }
    send(responder, answer);
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
    const HttpRequest plain = neutral(request);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Before 6.8 Qt upgrades when this returns true having written nothing, and passes the
    // request to missingHandler() when it returns false.
    if (isUpgrade(plain))
        return !m_upgradeVerifier(plain);
#endif
    sendCommitted(responder, answer(plain));
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
    const HttpRequest plain = neutral(request);
    if (isUpgrade(plain))
        write(responder, refuseUpgrade(plain));
    else
        sendCommitted(responder, answer(plain));
}

#else

bool HttpServerAdapter::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Qt 6.4 upgrades when this returns true having written nothing, and passes the request
    // to missingHandler() when it returns false.
    const HttpRequest plain = neutral(request);
    if (isUpgrade(plain))
        return !m_upgradeVerifier(plain);
    respondOrWait(request, plain, socket);
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const HttpRequest plain = neutral(request);
    if (isUpgrade(plain)) {
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, refuseUpgrade(plain));
    } else {
        respondOrWait(request, plain, socket);
    }
}

void HttpServerAdapter::respondOrWait(const QHttpServerRequest& request, const HttpRequest& plain,
                                      QTcpSocket* socket)
{
    Answer reply = answer(plain);
    if (mustWait()) {
        m_waiting.push_back(std::make_unique<WaitingAnswer>(
            WaitingAnswer{makeResponder(request, socket), socket, std::move(reply)}));
        return;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, reply);
}

#endif
