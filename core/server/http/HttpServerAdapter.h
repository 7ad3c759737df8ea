#pragma once

#include "ConnectionLimits.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include "model/Result.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>

#include <functional>

class GuardedTcpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

// The one place that knows Qt HttpServer: turns its requests into HttpRequest, hands them to
// the handler and writes the HttpResponse back. Every difference between Qt versions lives in
// HttpServerAdapter.cpp.
class HttpServerAdapter : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    HttpServerAdapter(const ConnectionLimits& limits, Handler handler, QObject* parent = nullptr);
    ~HttpServerAdapter() override;

    Result<quint16> listenOn(const QHostAddress& address, quint16 port);
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
    HttpResponse answer(const QHttpServerRequest& request);
    static void write(QHttpServerResponder& responder, const HttpResponse& response);

    ConnectionLimits m_limits;
    Handler m_handler;
    QPointer<GuardedTcpServer> m_listener;
};
