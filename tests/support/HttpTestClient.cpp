#include "HttpTestClient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

HttpReply responseOf(QNetworkReply* reply)
{
    HttpReply response;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = status.isValid() ? status.toInt() : 0;
    if (response.status == 0)
        response.transportError = reply->errorString();
    response.body = reply->readAll();
    for (const auto& pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    return response;
}

// Parses one HTTP/1.1 reply; false while more bytes are needed.
bool parseRaw(const QByteArray& bytes, bool connectionClosed, HttpReply& response)
{
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = bytes.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    response.status = statusLine.value(1).toInt();
    response.headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            response.headers.append(
                {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    const QByteArray rest = bytes.mid(headerEnd + 4);
    if (response.hasHeader("Content-Length")) {
        const qsizetype length = response.header("Content-Length").toLongLong();
        if (rest.size() < length && !connectionClosed)
            return false;
        response.body = rest.left(length);
        return true;
    }
    if (response.status == 204 || response.status == 304) {
        response.body.clear();
        return true;
    }
    response.body = rest;
    return connectionClosed;
}

} // namespace

HttpTestClient::HttpTestClient(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl HttpTestClient::url(const QString& target) const
{
    QUrl url = m_baseUrl;
    const qsizetype query = target.indexOf(u'?');
    url.setPath(query < 0 ? target : target.left(query));
    if (query >= 0)
        url.setQuery(target.mid(query + 1));
    return url;
}

QNetworkReply* HttpTestClient::start(const QByteArray& method, const QString& target,
                                     const QByteArray& body, const Headers& headers)
{
    QNetworkRequest request(url(target));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    bool hasContentType = false;
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasContentType)
        request.setRawHeader("Content-Type", "application/json");
    if (body.isEmpty() && method != "POST" && method != "PATCH" && method != "PUT")
        return m_network.sendCustomRequest(request, method);
    return m_network.sendCustomRequest(request, method, body);
}

HttpReply HttpTestClient::finish(QNetworkReply* reply, int timeoutMs)
{
    return finishAll({reply}, timeoutMs).value(0);
}

QList<HttpReply> HttpTestClient::finishAll(const QList<QNetworkReply*>& replies, int timeoutMs)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto allFinished = [&replies] {
        return std::all_of(replies.begin(), replies.end(),
                           [](QNetworkReply* reply) { return reply->isFinished(); });
    };
    for (QNetworkReply* reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (allFinished())
                loop.quit();
        });
    }
    if (!allFinished()) {
        deadline.start(timeoutMs);
        loop.exec();
    }
    QList<HttpReply> responses;
    for (QNetworkReply* reply : replies) {
        if (!reply->isFinished()) {
            HttpReply timedOut;
            timedOut.transportError = u"no reply within %1 ms"_s.arg(timeoutMs);
            reply->abort();
            responses.append(timedOut);
        } else {
            responses.append(responseOf(reply));
        }
        reply->deleteLater();
    }
    return responses;
}

HttpReply HttpTestClient::send(const QByteArray& method, const QString& target,
                               const QByteArray& body, const Headers& headers)
{
    return finish(start(method, target, body, headers));
}

HttpReply HttpTestClient::get(const QString& target, const QByteArray& token, Headers headers)
{
    if (!token.isEmpty())
        headers.append(bearer(token));
    return send("GET", target, {}, headers);
}

HttpReply HttpTestClient::sendJson(const QByteArray& method, const QString& target,
                                   const QJsonObject& body, const QByteArray& token,
                                   Headers headers)
{
    if (!token.isEmpty())
        headers.append(bearer(token));
    return send(method, target, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QPair<QByteArray, QByteArray> HttpTestClient::bearer(const QByteArray& token)
{
    return {"Authorization", "Bearer " + token};
}

HttpReply HttpTestClient::sendRaw(const QHostAddress& address, quint16 port,
                                  const QByteArray& request, int timeoutMs)
{
    HttpReply response;
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
    bool complete = false;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto take = [&] {
        received += socket.readAll();
        complete = parseRaw(received, closed, response);
        if (complete || closed)
            loop.quit();
    };
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, take);
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        closed = true;
        take();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError) {
        if (response.transportError.isEmpty())
            response.transportError = socket.errorString();
        closed = true;
        take();
    });
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    deadline.start(timeoutMs);
    socket.connectToHost(address, port);
    loop.exec();
    if (!complete) {
        HttpReply incomplete;
        incomplete.transportError = response.transportError.isEmpty()
                                        ? u"no complete reply within %1 ms"_s.arg(timeoutMs)
                                        : response.transportError;
        incomplete.body = received.left(600);
        return incomplete;
    }
    return response;
}
