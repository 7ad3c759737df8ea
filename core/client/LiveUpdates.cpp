#include "LiveUpdates.h"

#include "model/JsonCodec.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

LiveUpdates::LiveUpdates(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // A venue server is on the local network; a system proxy would only get in the way.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &LiveUpdates::connectStream);
    m_poll.setInterval(defaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &LiveUpdates::pollRound);
    m_keepAlive.setInterval(defaultKeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, &LiveUpdates::checkAlive);
}

LiveUpdates::~LiveUpdates()
{
    stop();
}

void LiveUpdates::setServerUrl(const QUrl& url)
{
    m_serverUrl = url;
}

void LiveUpdates::setPinnedCertificate(const QString& fingerprint)
{
    m_pin = CertificatePin(fingerprint);
    m_refusedFingerprint.clear();
    m_network->clearConnectionCache();
}

bool LiveUpdates::trusts(const QSslCertificate& presented)
{
    if (m_pin.matches(presented))
        return true;
    const QString fingerprint = CertificatePin::fingerprintOf(presented);
    if (fingerprint != m_refusedFingerprint) {
        m_refusedFingerprint = fingerprint;
        emit certificateRefused(CertificatePin::refusal(
            m_pin.isSet() ? ErrorCode::CertificateChanged : ErrorCode::CertificateUnconfirmed,
            fingerprint));
    }
    return false;
}

void LiveUpdates::setRetry(int firstMs, int maxMs)
{
    m_firstRetryMs = qMax(1, firstMs);
    m_maxRetryMs = qMax(m_firstRetryMs, maxMs);
    m_nextRetryMs = m_firstRetryMs;
}

QUrl LiveUpdates::streamUrl() const
{
    if (m_streamOverride.isValid())
        return m_streamOverride;
    QUrl url = m_serverUrl;
    url.setScheme(url.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u"/api/v1/stream"_s);
    return url;
}

void LiveUpdates::start(const QString& token)
{
    stop();
    m_token = token;
    m_running = true;
    m_nextRetryMs = m_firstRetryMs;
    connectStream();
}

void LiveUpdates::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_poll.stop();
    m_keepAlive.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const QSet<QNetworkReply*> polls = m_polls;
    m_polls.clear();
    for (QNetworkReply* reply : polls) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    setConnected(false);
}

void LiveUpdates::connectStream()
{
    if (!m_running)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QWebSocket::connected, this, &LiveUpdates::onConnected);
    connect(m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &LiveUpdates::onMessage);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_heard = true; });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        if (trusts(
                CertificatePin::presented(m_socket->sslConfiguration().peerCertificate(), errors)))
            m_socket->ignoreSslErrors();
    });
    QNetworkRequest request(streamUrl());
    // In the header rather than ?token=, so that it stays out of proxy and server logs.
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    m_socket->open(request);
    // A handshake that hangs counts as down too, so that polling takes over.
    QTimer::singleShot(m_requestTimeoutMs, m_socket, [socket = m_socket] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            socket->abort();
    });
}

void LiveUpdates::onConnected()
{
    // A certificate some CA vouches for passes without sslErrors; with a pin it must match too.
    const QSslCertificate peer = m_socket->sslConfiguration().peerCertificate();
    if (m_pin.isSet() && !peer.isNull() && !trusts(peer)) {
        m_socket->abort();
        return;
    }
    m_nextRetryMs = m_firstRetryMs;
    m_poll.stop();
    m_heard = true;
    m_keepAlive.start();
    setConnected(true);
    // Whatever moved while the stream was down was not announced on it.
    pollRound();
}

void LiveUpdates::onDisconnected()
{
    if (!m_running)
        return;
    m_keepAlive.stop();
    setConnected(false);
    if (!m_poll.isActive()) {
        m_poll.start();
        pollRound();
    }
    scheduleReconnect();
}

void LiveUpdates::scheduleReconnect()
{
    if (m_reconnect.isActive())
        return;
    // Between half and all of the current step, then the step doubles.
    const int delay =
        m_nextRetryMs / 2 +
        int(QRandomGenerator::global()->bounded(quint32(m_nextRetryMs - m_nextRetryMs / 2 + 1)));
    m_nextRetryMs = qMin(m_maxRetryMs, m_nextRetryMs * 2);
    m_reconnect.start(delay);
}

void LiveUpdates::checkAlive()
{
    if (!m_socket)
        return;
    if (!m_heard) {
        m_socket->abort(); // a half-open connection: nothing came back for a whole interval
        return;
    }
    m_heard = false;
    m_socket->ping();
}

void LiveUpdates::onMessage(const QString& text)
{
    m_heard = true;
    const Result<QJsonObject> object = JsonCodec::parseObject(text.toUtf8());
    if (!object)
        return;
    const Result<StreamMessage> message = JsonCodec::streamMessageFromJson(object.value());
    if (!message)
        return; // a kind of message this version does not know
    emit orderMoved(message->orderId, message->tableId, message->version);
}

void LiveUpdates::pollRound()
{
    if (!m_running || !m_polls.isEmpty())
        return;
    emit resyncNeeded();
    if (!m_watched)
        return;
    const QHash<qint64, qint64> watched = m_watched();
    for (auto it = watched.cbegin(); it != watched.cend(); ++it)
        pollOrder(it.key(), it.value());
}

void LiveUpdates::pollOrder(qint64 orderId, qint64 version)
{
    QUrl url = m_serverUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u"/api/v1/orders/"_s + QString::number(orderId));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("If-None-Match", '"' + QByteArray::number(version) + '"');
    request.setTransferTimeout(m_requestTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    m_polls.insert(reply);
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        if (trusts(CertificatePin::presented(reply->sslConfiguration().peerCertificate(), errors)))
            reply->ignoreSslErrors(errors);
    });
    // A certificate some CA vouches for raises no sslErrors; with a pin it must match as well.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        if (m_pin.isSet() && !trusts(reply->sslConfiguration().peerCertificate()))
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, version] {
        m_polls.remove(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401) {
            stop();
            emit unauthorized();
            return;
        }
        if (status != 200)
            return; // 304: unchanged; anything else: try again next round
        const Result<QJsonObject> object = JsonCodec::parseObject(reply->readAll());
        const Result<Order> order =
            object ? JsonCodec::orderFromJson(object.value()) : Result<Order>(object.error());
        if (order && order->version != version)
            emit orderRead(order.value());
    });
}

void LiveUpdates::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectedChanged(connected);
}
