#pragma once

#include "ConnectionLimits.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "QtHttpServerApi.h"

#include "model/Result.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class AnswerGate;
class GuardedTcpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class QWebSocket;

// The one place that knows Qt HttpServer: turns its requests into HttpRequest, hands them to
// the handler and writes the HttpResponse back. What differs between Qt versions lives in the
// small files under qt6.4/, qt6.5/ and qt6.8/, which CMake picks for the Qt it finds.
class HttpServerAdapter : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;
    // Decides on a WebSocket upgrade request before the upgrade: nullopt lets it through, a
    // response refuses it and is written instead.
    using UpgradeVerifier = std::function<std::optional<HttpResponse>(const HttpRequest&)>;
    using UpgradeHandler = std::function<void(std::unique_ptr<QWebSocket>)>;

    HttpServerAdapter(const ConnectionLimits& limits, Handler handler, QObject* parent = nullptr);
    ~HttpServerAdapter() override;

    // With a TLS configuration, HTTPS and WSS only.
    Result<quint16> listenOn(const QHostAddress& address, quint16 port,
                             const std::optional<QSslConfiguration>& tls = std::nullopt);
    // Upgrades the WebSocket requests the verifier lets through and hands them to the handler.
    void setUpgradeHandler(UpgradeVerifier verifier, UpgradeHandler handler);
    // Answers computed while `gate` is shut wait until it opens, in the order they were
    // computed; each becomes `failure(error)` when it opens with an error. After each request
    // the gate is asked to open soon. The same on every Qt: each
    // version's entry file moves Qt's responder into the wait.
    using FailureAnswer = std::function<HttpResponse(const ApiError&)>;
    void holdAnswersFor(AnswerGate& gate, FailureAnswer failure);
    // Stops listening and drops every open connection.
    void stop();

signals:
    // One per answered request, for the request log.
    void served(const QByteArray& method, const QString& path, int status, qint64 elapsedMs,
                const QString& staffId);

protected:
    // Where Qt hands in requests; defined in this Qt version's HttpServerEntry.cpp.
    bool handleRequest(const QHttpServerRequest& request,
                       QtHttpServerApi::RequestConnection connection) override;
    void missingHandler(const QHttpServerRequest& request,
                        QtHttpServerApi::MissingConnection connection) override;

private:
    struct Answer
    {
        QByteArray method;
        QString path;
        HttpResponse response;
        QElapsedTimer timer;
    };
    struct WaitingAnswer;

    static HttpRequest neutral(const QHttpServerRequest& request);
    Answer answer(const HttpRequest& neutral);
    // Sends the answers waiting for `ticket` or an earlier one, or the failure answer in place
    // of each when what they report was lost.
    void releaseAnswers(quint64 ticket, const std::optional<ApiError>& failure);
    // Writes the answer and logs it.
    void send(QHttpServerResponder& responder, const Answer& answer);
    // Sends now, or holds the answer until the gate opens for the ticket it has now. `socket` is
    // the connection the responder points at where Qt may delete it meanwhile (6.4); nullopt where
    // Qt keeps it.
    void sendOrHold(QHttpServerResponder&& responder, std::optional<QPointer<QTcpSocket>> socket,
                    Answer answer);
    // The same, for a request no route of Qt's took: refuses a refused upgrade, or answers.
    void answerMissing(const HttpRequest& plain, QHttpServerResponder&& responder,
                       std::optional<QPointer<QTcpSocket>> socket);
    // Lets Qt ask the verifier before an upgrade, where Qt has a hook for it (6.8 and newer).
    void verifyUpgradesInQt();
    bool isUpgrade(const HttpRequest& request) const;
    // The verifier's refusal of an upgrade request, logged like an answer.
    HttpResponse refuseUpgrade(const HttpRequest& request);

    ConnectionLimits m_limits;
    Handler m_handler;
    UpgradeVerifier m_upgradeVerifier;
    UpgradeHandler m_upgradeHandler;
    QPointer<AnswerGate> m_gate;
    FailureAnswer m_failure;
    std::vector<std::unique_ptr<WaitingAnswer>> m_waiting; // in the order of their tickets
    QPointer<GuardedTcpServer> m_listener;
};
