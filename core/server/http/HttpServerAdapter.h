#pragma once

#include "ConnectionLimits.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

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

class GroupCommit;
class GuardedTcpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class QWebSocket;

// The one place that knows Qt HttpServer: turns its requests into HttpRequest, hands them to
// the handler and writes the HttpResponse back. Every difference between Qt versions lives in
// HttpServerAdapter.cpp.
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
    // Answers computed while `commits` holds writes not yet committed wait for that commit, in
    // the order they were computed; each becomes `failure(error)` when the commit fails. Where
    // Qt cannot keep a responder for later (6.5 and newer here) the commit runs at once instead.
    // After each request the commit is scheduled for the end of the event-loop pass.
    using FailureAnswer = std::function<HttpResponse(const ApiError&)>;
    void holdAnswersFor(GroupCommit& commits, FailureAnswer failure);
    // Stops listening and drops every open connection.
    void stop();

signals:
    // One per answered request, for the request log.
    void served(const QByteArray& method, const QString& path, int status, qint64 elapsedMs,
                const QString& staffId);

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
    void missingHandler(const QHttpServerRequest& request,
                        QHttpServerResponder& responder) override;
#elif QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
    void missingHandler(const QHttpServerRequest& request,
                        QHttpServerResponder&& responder) override;
#else
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;
#endif

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
    bool mustWait() const;
    // Sends the waiting answers, or the failure answer in place of each after a failed commit.
    void releaseAnswers(const std::optional<ApiError>& failure);
    // Writes the answer and logs it.
    void send(QHttpServerResponder& responder, const Answer& answer);
    // For Qt versions that cannot keep a responder: commits first, then answers.
    void sendCommitted(QHttpServerResponder& responder, Answer answer);
    // Qt 6.4: answers now, or holds the answer while it must wait.
    void respondOrWait(const QHttpServerRequest& request, const HttpRequest& plain,
                       QTcpSocket* socket);
    bool isUpgrade(const HttpRequest& request) const;
    // The verifier's refusal of an upgrade request, logged like an answer.
    HttpResponse refuseUpgrade(const HttpRequest& request);
    static void write(QHttpServerResponder& responder, const HttpResponse& response);

    ConnectionLimits m_limits;
    Handler m_handler;
    UpgradeVerifier m_upgradeVerifier;
    UpgradeHandler m_upgradeHandler;
    QPointer<GroupCommit> m_commits;
    FailureAnswer m_failure;
    std::vector<std::unique_ptr<WaitingAnswer>> m_waiting;
    QPointer<GuardedTcpServer> m_listener;
};
