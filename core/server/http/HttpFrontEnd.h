#pragma once

#include "ConnectionLimits.h"
#include "HttpRelay.h"
#include "QtHttpServerApi.h"

#include "model/Result.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class GuardedTcpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class QWebSocket;

// The one place that knows Qt HttpServer, on the HTTP thread: takes Qt's requests, turns them
// into HttpRequest for the handler's thread, and writes the answers that come back, each once
// the gate has opened for it. What differs between Qt versions lives in the small files under
// qt6.4/, qt6.5/ and qt6.8/, which CMake picks for the Qt it finds.
class HttpFrontEnd : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // `upgradeThread` is where upgraded WebSocket connections go; none refuses upgrades.
    // `readAhead` (if any) runs on each request before it is sent on.
    HttpFrontEnd(const ConnectionLimits& limits, HttpRelay& relay, QThread* upgradeThread,
                 std::function<void(HttpRequest&)> readAhead);
    ~HttpFrontEnd() override;

    // With a TLS configuration, HTTPS and WSS only.
    Result<quint16> listenOn(const QHostAddress& address, quint16 port,
                             const std::optional<QSslConfiguration>& tls);
    // On the handler's thread the front end asks `verifier` itself: waiting for its own thread
    // would never end.
    void verifyUpgradesHere(std::function<std::optional<HttpResponse>(const HttpRequest&)> verifier)
    {
        m_verifyHere = std::move(verifier);
    }
    // Sends the answers and openings the handler's side left.
    Q_INVOKABLE void deliver();
    // Stops listening and drops every open connection and every answer still held.
    void stop();

protected:
    // Where Qt hands in requests; defined in this Qt version's HttpServerEntry.cpp.
    bool handleRequest(const QHttpServerRequest& request,
                       QtHttpServerApi::RequestConnection connection) override;
    void missingHandler(const QHttpServerRequest& request,
                        QtHttpServerApi::MissingConnection connection) override;

private:
    // A request sent to the handler's thread, waiting for its answer and then for its ticket.
    struct Pending;

    static HttpRequest neutral(const QHttpServerRequest& request);
    // Sends the request on and keeps the responder until its answer is back. `socket` is the
    // connection the responder points at where Qt may delete it meanwhile (6.4); nullopt where
    // Qt keeps it.
    void relay(HttpRequest request, QHttpServerResponder&& responder,
               std::optional<QPointer<QTcpSocket>> socket);
    // The same, for a request no route of Qt's took: refuses a refused upgrade, or relays it.
    void relayMissing(HttpRequest plain, QHttpServerResponder&& responder,
                      std::optional<QPointer<QTcpSocket>> socket);
    void answered(HttpRelay::Answer answer);
    // Sends the answers holding `opening.ticket` or an earlier one.
    void release(const HttpRelay::Opening& opening);
    void send(Pending& pending, const HttpResponse& response);
    // Lets Qt ask the verifier before an upgrade, where Qt has a hook for it (6.8 and newer).
    void verifyUpgradesInQt();
    bool isUpgrade(const HttpRequest& request) const;
    // Asks the handler's thread, and waits for its verdict: nullopt lets the upgrade through.
    std::optional<HttpResponse> verifyUpgrade(const HttpRequest& request);
    // The refusal of an upgrade request (the verifier's `verdict`, or a plain 400 when it let
    // it through), logged like an answer.
    HttpResponse refuseUpgrade(const HttpRequest& request, std::optional<HttpResponse> verdict);
    void takeUpgrades();
    // Moves the upgraded connections to the handler's thread and sends them there.
    void handOverUpgrades();

    ConnectionLimits m_limits;
    HttpRelay& m_relay;
    QThread* m_upgradeThread;
    std::function<void(HttpRequest&)> m_readAhead;
    std::function<std::optional<HttpResponse>(const HttpRequest&)> m_verifyHere;
    // Qt 6.4 to 6.7: the verdict handleRequest() got, which missingHandler() then answers the
    // same request with, so the verifier is asked once.
    std::optional<HttpResponse> m_refusal;
    quint64 m_lastId = 0;
    QHash<quint64, std::shared_ptr<Pending>> m_pending;  // sent on, not answered yet
    std::vector<std::shared_ptr<Pending>> m_held;        // answered, in the order of their tickets
    std::vector<std::unique_ptr<QWebSocket>> m_upgraded; // upgraded, not handed over yet
    QPointer<GuardedTcpServer> m_listener;
};
