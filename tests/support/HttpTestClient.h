#pragma once

#include "HttpReply.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QUrl>

class QJsonObject;
class QNetworkReply;

// A blocking HTTP client for tests on QNetworkAccessManager: every call spins an event loop
// until the reply is complete or a deadline passes, so a hung server fails a test instead of
// hanging it. start()/finish() keep several requests in flight at once.
class HttpTestClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    static constexpr int defaultTimeoutMs = 15000;

    explicit HttpTestClient(QUrl baseUrl = {});

    void setBaseUrl(const QUrl& baseUrl) { m_baseUrl = baseUrl; }
    const QUrl& baseUrl() const { return m_baseUrl; }
    QUrl url(const QString& target) const;

    // target is a path with an optional query ("/api/v1/menu?lang=tr"). A body without a
    // Content-Type header is sent as application/json.
    QNetworkReply* start(const QByteArray& method, const QString& target,
                         const QByteArray& body = {}, const Headers& headers = {});
    static HttpReply finish(QNetworkReply* reply, int timeoutMs = defaultTimeoutMs);
    static QList<HttpReply> finishAll(const QList<QNetworkReply*>& replies,
                                      int timeoutMs = defaultTimeoutMs);

    HttpReply send(const QByteArray& method, const QString& target, const QByteArray& body = {},
                   const Headers& headers = {});
    // The usual call: optional bearer token, optional JSON object body.
    HttpReply get(const QString& target, const QByteArray& token = {}, Headers headers = {});
    HttpReply sendJson(const QByteArray& method, const QString& target, const QJsonObject& body,
                       const QByteArray& token = {}, Headers headers = {});

    static QPair<QByteArray, QByteArray> bearer(const QByteArray& token);

    // Writes bytes as they are to a fresh connection and reads one HTTP reply, for requests
    // QNetworkAccessManager will not make (a Content-Length it does not send, chunked bodies).
    static HttpReply sendRaw(const QHostAddress& address, quint16 port, const QByteArray& request,
                             int timeoutMs = defaultTimeoutMs);

    QNetworkAccessManager& network() { return m_network; }

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};
