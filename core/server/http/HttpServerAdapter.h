#pragma once

#include "ConnectionLimits.h"
#include "HttpRelay.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "ThreadCall.h"

#include "model/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

class AnswerGate;
class HttpFrontEnd;
class QWebSocket;

// Serves HTTP for a handler that lives on this object's thread (with the database behind it):
// Qt HttpServer reads, parses and writes on a thread of its own (HttpFrontEnd), so that the
// handler's thread only handles. Requests reach the handler, upgrade checks the verifier and
// upgraded connections the upgrade handler here, in the order they came; `served` is emitted
// here too.
class HttpServerAdapter : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;
    // Decides on a WebSocket upgrade request before the upgrade: nullopt lets it through, a
    // response refuses it and is written instead.
    using UpgradeVerifier = std::function<std::optional<HttpResponse>(const HttpRequest&)>;
    using UpgradeHandler = std::function<void(std::unique_ptr<QWebSocket>)>;
    // Runs on the HTTP thread before a request goes to the handler: work that needs nothing of
    // the handler's (parsing a body), left in HttpRequest::readAhead. Must be safe on any thread.
    using ReadAhead = std::function<void(HttpRequest&)>;

    HttpServerAdapter(const ConnectionLimits& limits, Handler handler, QObject* parent = nullptr);
    ~HttpServerAdapter() override;

    // With a TLS configuration, HTTPS and WSS only.
    Result<quint16> listenOn(const QHostAddress& address, quint16 port,
                             const std::optional<QSslConfiguration>& tls = std::nullopt);
    // Upgrades the WebSocket requests the verifier lets through and hands them to the handler.
    // Before listenOn().
    void setUpgradeHandler(UpgradeVerifier verifier, UpgradeHandler handler);
    // Before listenOn().
    void setReadAhead(ReadAhead readAhead);
    // Before listenOn(): HTTP on a thread of its own (the default), or on this object's thread,
    // through the same hand-over.
    void setOwnThread(bool own) { m_ownThread = own; }
    // Answers computed while `gate` is shut wait until it opens, in the order they were
    // computed; each becomes `failure(error)` when it opens with an error. After each batch of
    // requests the gate is asked to open soon. The same on every Qt.
    using FailureAnswer = std::function<HttpResponse(const ApiError&)>;
    void holdAnswersFor(AnswerGate& gate, FailureAnswer failure);
    // Sends the answers already freed, then stops listening and drops every open connection.
    void stop();

signals:
    // One per answered request, for the request log.
    void served(const QByteArray& method, const QString& path, int status, qint64 elapsedMs,
                const QString& staffId);

private:
    // Handles what the HTTP thread left: requests, upgrade checks, upgrades and log records.
    Q_INVOKABLE void handleWaiting();
    HttpResponse answer(const HttpRequest& request);
    void opened(quint64 ticket, const std::optional<ApiError>& failure);

    ConnectionLimits m_limits;
    Handler m_handler;
    UpgradeVerifier m_upgradeVerifier;
    UpgradeHandler m_upgradeHandler;
    ReadAhead m_readAhead;
    bool m_ownThread = true;
    QPointer<AnswerGate> m_gate;
    FailureAnswer m_failure;
    HttpRelay m_relay;
    QThread m_thread;
    ThreadCall m_inHttpThread;          // runs calls on m_thread
    HttpFrontEnd* m_frontEnd = nullptr; // lives on m_thread
};
