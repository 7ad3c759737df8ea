#include "HttpServerAdapter.h"

#include "AnswerGate.h"
#include "GuardedTcpServer.h"
#include "QtHttpHeaders.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QWebSocket>

#include <algorithm>
#include <iterator>

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

// An answer held back until the gate opens.
struct HttpServerAdapter::WaitingAnswer
{
    QHttpServerResponder responder;
    // Qt 6.4's responder only points at the socket, which may be gone by then; newer Qt keeps
    // the connection object alive while a responder is held (nullopt here).
    std::optional<QPointer<QTcpSocket>> socket;
    Answer answer;
    quint64 ticket;
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
    verifyUpgradesInQt();
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

void HttpServerAdapter::holdAnswersFor(AnswerGate& gate, FailureAnswer failure)
{
    m_gate = &gate;
    m_failure = std::move(failure);
    connect(&gate, &AnswerGate::opened, this, &HttpServerAdapter::releaseAnswers);
}

void HttpServerAdapter::releaseAnswers(quint64 ticket, const std::optional<ApiError>& failure)
{
    // Tickets only grow, so the answers to free are the front of the queue.
    const auto later = std::find_if(
        m_waiting.begin(), m_waiting.end(),
        [ticket](const std::unique_ptr<WaitingAnswer>& held) { return held->ticket > ticket; });
    std::vector<std::unique_ptr<WaitingAnswer>> waiting(std::make_move_iterator(m_waiting.begin()),
                                                        std::make_move_iterator(later));
    m_waiting.erase(m_waiting.begin(), later);
    for (const std::unique_ptr<WaitingAnswer>& held : waiting) {
        if (held->socket && (!*held->socket || !(*held->socket)->isOpen()))
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
    neutral.headers = QtHttpHeaders::read(request);
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
    if (m_gate)
        m_gate->openSoon();
    return answer;
}

void HttpServerAdapter::send(QHttpServerResponder& responder, const Answer& answer)
{
    QtHttpHeaders::write(responder, answer.response);
    emit served(answer.method, answer.path, answer.response.status, answer.timer.elapsed(),
                answer.response.staffId.isEmpty() ? u"-"_s : answer.response.staffId);
}

void HttpServerAdapter::sendOrHold(QHttpServerResponder&& responder,
                                   std::optional<QPointer<QTcpSocket>> socket, Answer answer)
{
    if (const std::optional<quint64> ticket = m_gate ? m_gate->ticketNow() : std::nullopt)
        m_waiting.push_back(std::make_unique<WaitingAnswer>(
            WaitingAnswer{std::move(responder), std::move(socket), std::move(answer), *ticket}));
    else
        send(responder, answer);
}

void HttpServerAdapter::answerMissing(const HttpRequest& plain, QHttpServerResponder&& responder,
                                      std::optional<QPointer<QTcpSocket>> socket)
{
    if (isUpgrade(plain))
        QtHttpHeaders::write(responder, refuseUpgrade(plain));
    else
        sendOrHold(std::move(responder), std::move(socket), answer(plain));
}
