#include "LiveUpdates.h"

#include "ApiClient.h"
#include "model/ErrorCodeNames.h"
#include "model/JsonDecoder.h"
#include "model/KitchenCodec.h"

#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

LiveUpdates::LiveUpdates(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
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

bool LiveUpdates::trusts(const QSslCertificate& peer, const QList<QSslError>& errors)
{
    const CertificatePin::Verdict verdict = m_api.pin().judge(peer, errors);
    if (!verdict.trusted)
        reportRefused(verdict.refusal());
    return verdict.trusted;
}

void LiveUpdates::reportRefused(const ApiError& error)
{
    // Keyed on the pin too: after a new pin the same refusal is news again.
    const QString refusal = m_api.pinnedCertificate() + u'\n' +
                            ErrorCodeNames::wireName(error.code) + u'\n' + error.field;
    if (refusal == m_refused)
        return;
    m_refused = refusal;
    emit certificateRefused(error);
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
    QUrl url = m_api.serverUrl();
    url.setScheme(url.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u"/api/v1/stream"_s);
    return url;
}

void LiveUpdates::start()
{
    stop();
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
    m_pollsInFlight = 0;
    ++m_pollRound;
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
        if (trusts(m_socket->sslConfiguration().peerCertificate(), errors))
            m_socket->ignoreSslErrors();
    });
    QNetworkRequest request(streamUrl());
    // In the header rather than ?token=, so that it stays out of proxy and server logs.
    request.setRawHeader("Authorization", "Bearer " + m_api.token().toUtf8());
    m_socket->open(request);
    // A handshake that hangs counts as down too, so that polling takes over.
    QTimer::singleShot(m_api.timeout(), m_socket, [socket = m_socket] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            socket->abort();
    });
}

void LiveUpdates::onConnected()
{
    // A certificate some CA vouches for passes without sslErrors; with a pin it must match too.
    const QSslCertificate peer = m_socket->sslConfiguration().peerCertificate();
    if (!peer.isNull() && !trusts(peer, {})) {
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
    const Result<QJsonObject> object = JsonDecoder::parseObject(text.toUtf8());
    if (!object)
        return;
    const QString type = object->value(u"type"_s).toString();
    if (type == "ticket"_L1) {
        if (const Result<TicketMessage> ticket = KitchenCodec::ticketMessageFromJson(*object))
            emit ticketMade(ticket->ticketId, ticket->station);
        return;
    }
    if (type == "menu"_L1) {
        if (const Result<MenuMessage> menu = KitchenCodec::menuMessageFromJson(*object))
            emit availabilityChanged(menu->menuItemId, menu->available);
        return;
    }
    const Result<StreamMessage> message = JsonDecoder::streamMessageFromJson(object.value());
    if (!message)
        return; // a kind of message this version does not know
    emit orderMoved(message->orderId, message->tableId, message->version);
}

void LiveUpdates::pollRound()
{
    if (!m_running || m_pollsInFlight > 0)
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
    ++m_pollsInFlight;
    m_api.pollOrder(orderId, version,
                    [self = QPointer<LiveUpdates>(this), round = m_pollRound,
                     version](Result<std::optional<Order>> polled) {
                        if (!self || round != self->m_pollRound)
                            return;
                        --self->m_pollsInFlight;
                        self->onPolled(version, polled);
                    });
}

void LiveUpdates::onPolled(qint64 version, const Result<std::optional<Order>>& polled)
{
    if (!polled) {
        const ErrorCode code = polled.error().code;
        if (code == ErrorCode::Unauthorized) {
            stop();
            emit unauthorized();
        } else if (code == ErrorCode::CertificateChanged ||
                   code == ErrorCode::CertificateUnconfirmed) {
            reportRefused(polled.error());
        }
        return; // anything else: try again next round
    }
    // nullopt is a 304: unchanged.
    if (polled.value() && polled.value()->version != version)
        emit orderRead(*polled.value());
}

void LiveUpdates::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectedChanged(connected);
}
