#include "HttpServerAdapter.h"

#include "AnswerGate.h"
#include "HttpFrontEnd.h"

#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

HttpServerAdapter::HttpServerAdapter(const ConnectionLimits& limits, Handler handler,
                                     QObject* parent)
    : QObject(parent)
    , m_limits(limits)
    , m_handler(std::move(handler))
    , m_relay(
          // By name: a functor would cross threads in Qt's queue, unseen by ThreadSanitizer.
          [this] { QMetaObject::invokeMethod(this, "handleWaiting", Qt::QueuedConnection); },
          [this] {
              if (m_frontEnd) // none once stopped: what is left waits for reopen() to drop it
                  QMetaObject::invokeMethod(m_frontEnd, "deliver", Qt::QueuedConnection);
          })
{
    m_thread.setObjectName(u"http"_s);
}

HttpServerAdapter::~HttpServerAdapter()
{
    stop();
}

Result<quint16> HttpServerAdapter::listenOn(const QHostAddress& address, quint16 port,
                                            const std::optional<QSslConfiguration>& tls)
{
    if (m_frontEnd)
        return ApiError{ErrorCode::AlreadyListening, u"This server is already listening."_s, {}};
    m_relay.reopen();
    if (m_ownThread) {
        m_inHttpThread.moveToThread(&m_thread);
        m_thread.start();
    }
    QThread* upgradeThread = m_upgradeHandler ? thread() : nullptr;
    std::optional<Result<quint16>> bound;
    HttpFrontEnd* front = nullptr;
    // Made on its thread, so that Qt's own objects inside it are that thread's too.
    m_inHttpThread.run([&] {
        front = new HttpFrontEnd(m_limits, m_relay, upgradeThread, m_readAhead);
        if (!m_ownThread && m_upgradeVerifier) // it cannot wait for its own thread
            front->verifyUpgradesHere(m_upgradeVerifier);
        bound = front->listenOn(address, port, tls);
        if (!bound->ok()) {
            delete front;
            front = nullptr;
        }
    });
    m_frontEnd = front;
    if (!front)
        stop();
    return *bound;
}

void HttpServerAdapter::setUpgradeHandler(UpgradeVerifier verifier, UpgradeHandler handler)
{
    Q_ASSERT(!m_frontEnd);
    m_upgradeVerifier = std::move(verifier);
    m_upgradeHandler = std::move(handler);
}

void HttpServerAdapter::setReadAhead(ReadAhead readAhead)
{
    Q_ASSERT(!m_frontEnd);
    m_readAhead = std::move(readAhead);
}

void HttpServerAdapter::holdAnswersFor(AnswerGate& gate, FailureAnswer failure)
{
    m_gate = &gate;
    m_failure = std::move(failure);
    connect(&gate, &AnswerGate::opened, this, &HttpServerAdapter::opened);
}

void HttpServerAdapter::stop()
{
    if (m_frontEnd) {
        // An upgrade check waiting for this thread is refused, so the HTTP thread can stop.
        m_relay.close(HttpResponse::error(503, ErrorCode::ServiceUnavailable,
                                          u"The server is shutting down."_s));
        HttpFrontEnd* front = std::exchange(m_frontEnd, nullptr);
        m_inHttpThread.run([front] {
            front->deliver();
            delete front;
        });
    }
    m_thread.quit();
    m_thread.wait();
    handleWaiting(); // the log records of the last answers
}

void HttpServerAdapter::handleWaiting()
{
    bool handled = false;
    for (HttpRelay::ToHandler& message : m_relay.takeForHandler()) {
        if (auto* request = std::get_if<HttpRelay::Request>(&message)) {
            HttpResponse response = answer(request->request);
            // What the server does after the answer (announcements) stays here.
            response.moved.clear();
            response.ticketsMade.clear();
            response.menuChanged.clear();
            // Sent on at once: a later request may commit the group, and the opening that frees
            // this answer must not overtake it.
            m_relay.toHttp(
                HttpRelay::Answer{request->id, std::move(response),
                                  m_gate ? m_gate->ticketNow() : std::optional<quint64>()});
            handled = true;
        } else if (auto* served = std::get_if<HttpRelay::Served>(&message)) {
            emit this->served(served->method, served->path, served->status, served->elapsedMs,
                              served->staffId);
        } else if (auto* check = std::get_if<HttpRelay::UpgradeCheck>(&message)) {
            check->verdict.set_value(m_upgradeVerifier ? m_upgradeVerifier(check->request)
                                                       : std::nullopt);
        } else if (auto* upgraded = std::get_if<HttpRelay::Upgraded>(&message)) {
            if (m_upgradeHandler)
                m_upgradeHandler(std::move(upgraded->socket));
        }
    }
    if (handled && m_gate)
        m_gate->openSoon();
}

HttpResponse HttpServerAdapter::answer(const HttpRequest& request)
{
    // A chunked body slips past the Content-Length check; its decoded size is checked here.
    if (request.body.size() > m_limits.maxBodyBytes)
        return HttpResponse::error(
            413, ErrorCode::PayloadTooLarge,
            u"The request body is larger than %1 bytes."_s.arg(m_limits.maxBodyBytes));
    return m_handler(request);
}

void HttpServerAdapter::opened(quint64 ticket, const std::optional<ApiError>& failure)
{
    m_relay.toHttp(HttpRelay::Opening{
        ticket, failure ? std::optional<HttpResponse>(m_failure(*failure)) : std::nullopt});
}
