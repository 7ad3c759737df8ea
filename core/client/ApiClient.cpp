#include "ApiClient.h"

#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/JsonFieldReader.h"
#include "model/KitchenCodec.h"
#include "model/VoidCodec.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// Set on a reply refused for its certificate: the ApiError code, and what the server showed.
constexpr char certificateProblemProperty[] = "tablesyncCertificateProblem";
constexpr char certificateFingerprintProperty[] = "tablesyncCertificateFingerprint";

} // namespace

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // A venue server is on the local network; a system proxy would only get in the way.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

ApiClient::~ApiClient()
{
    // Callbacks may point into an owner that is being destroyed: none may run from here on.
    const QSet<QNetworkReply*> replies = m_inFlight;
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

void ApiClient::setPinnedCertificate(const QString& fingerprint)
{
    m_pin = CertificatePin(fingerprint);
    // A kept-alive connection was accepted under the old pin.
    m_network->clearConnectionCache();
}

void ApiClient::checkCertificate(QNetworkReply* reply, const QList<QSslError>& errors)
{
    const CertificatePin::Verdict verdict =
        m_pin.judge(reply->sslConfiguration().peerCertificate(), errors);
    if (verdict.trusted) {
        // The pin is the trust: a self-signed certificate for an IP address is expected here.
        if (!errors.isEmpty())
            reply->ignoreSslErrors(errors);
        return;
    }
    reply->setProperty(certificateProblemProperty, int(verdict.code));
    reply->setProperty(certificateFingerprintProperty, verdict.fingerprint);
    if (verdict.code == ErrorCode::CertificateUnconfirmed && !verdict.fingerprint.isEmpty())
        emit certificateUnconfirmed(verdict.fingerprint);
    if (errors.isEmpty())
        reply->abort(); // the handshake itself succeeded; refusing is up to this tablet
}

void ApiClient::health(Callback<Health> done)
{
    fetch<Health>("GET", u"/health"_s, {}, std::nullopt, JsonDecoder::healthFromJson,
                  std::move(done));
}

void ApiClient::login(const LoginRequest& request, Callback<LoginReply> done)
{
    fetch<LoginReply>("POST", u"/login"_s, {}, JsonCodec::encode(JsonCodec::toJson(request)),
                      JsonDecoder::loginReplyFromJson, std::move(done));
}

void ApiClient::logout(Callback<bool> done)
{
    send("POST", u"/logout"_s, {}, std::nullopt, [done](Result<ApiAnswer> answer) {
        if (!answer)
            return done(answer.error());
        if (answer->status != 204 && answer->status != 200)
            return done(answer->error());
        done(true);
    });
}

void ApiClient::venueMenu(const QString& language, Callback<MenuReply> done)
{
    QList<QPair<QString, QString>> query;
    if (!language.isEmpty())
        query.append({u"lang"_s, language});
    fetch<MenuReply>("GET", u"/menu"_s, query, std::nullopt, JsonDecoder::menuReplyFromJson,
                     std::move(done));
}

void ApiClient::tables(Callback<QList<Table>> done)
{
    fetch<QList<Table>>("GET", u"/tables"_s, {}, std::nullopt, JsonDecoder::tablesFromJson,
                        std::move(done));
}

void ApiClient::staff(Callback<QList<Staff>> done)
{
    fetch<QList<Staff>>(
        "GET", u"/staff"_s, {}, std::nullopt,
        [](const QJsonObject& o) {
            return JsonFieldReader::list<Staff>(o.value(u"staff"_s), u"staff"_s,
                                                JsonDecoder::staffFromJson);
        },
        std::move(done));
}

void ApiClient::order(qint64 orderId, Callback<Order> done)
{
    fetch<Order>(
        "GET", u"/orders/"_s + QString::number(orderId), {}, std::nullopt,
        [](const QJsonObject& o) { return JsonDecoder::orderFromJson(o); }, std::move(done));
}

void ApiClient::pollOrder(qint64 orderId, qint64 knownVersion, Callback<std::optional<Order>> done)
{
    const Headers ifNoneMatch{{"If-None-Match", '"' + QByteArray::number(knownVersion) + '"'}};
    send(
        "GET", u"/orders/"_s + QString::number(orderId), {}, std::nullopt,
        [done](Result<ApiAnswer> answer) {
            if (answer && answer->status == 304)
                return done(std::optional<Order>());
            Result<Order> order = ApiAnswer::decoded<Order>(
                answer, [](const QJsonObject& o) { return JsonDecoder::orderFromJson(o); });
            done(order ? Result<std::optional<Order>>(std::move(order).value()) : order.error());
        },
        ifNoneMatch, Priority::Background);
}

void ApiClient::patchOrder(qint64 orderId, qint64 expectedVersion, const Lines& items,
                           Callback<PatchReply> done)
{
    patchOrder(orderId, PatchRequest{expectedVersion, items}, std::move(done));
}

void ApiClient::patchOrder(qint64 orderId, const PatchRequest& request, Callback<PatchReply> done)
{
    guarded<PatchReply, Order>(
        "PATCH", u"/orders/"_s + QString::number(orderId),
        JsonCodec::encode(JsonCodec::toJson(request)),
        [](const QJsonObject& o) { return JsonDecoder::orderFromJson(o); }, std::move(done));
}

void ApiClient::orderEvents(qint64 orderId, Callback<QList<Event>> done)
{
    fetch<QList<Event>>(
        "GET", u"/orders/"_s + QString::number(orderId) + u"/events"_s, {}, std::nullopt,
        [](const QJsonObject& o) {
            return JsonDecoder::eventsFromJson(o.value(u"events"_s), u"events"_s);
        },
        std::move(done));
}

void ApiClient::events(qint64 since, int limit, Callback<EventsPage> done)
{
    const QList<QPair<QString, QString>> query{{u"since"_s, QString::number(since)},
                                               {u"limit"_s, QString::number(limit)}};
    fetch<EventsPage>("GET", u"/events"_s, query, std::nullopt, JsonDecoder::eventsPageFromJson,
                      std::move(done));
}

void ApiClient::fireOrder(qint64 orderId, qint64 expectedVersion, const QList<int>& courses,
                          const QStringList& lineIds, Callback<FireAnswer> done)
{
    FireRequest request;
    request.expectedVersion = expectedVersion;
    if (!courses.isEmpty())
        request.courses = courses;
    if (!lineIds.isEmpty())
        request.lines = lineIds;
    guarded<FireAnswer, FireReply>("POST", u"/orders/"_s + QString::number(orderId) + u"/fire"_s,
                                   JsonCodec::encode(KitchenCodec::toJson(request)),
                                   KitchenCodec::fireReplyFromJson, std::move(done));
}

void ApiClient::fireBanquet(int course, const QStringList& tableIds,
                            Callback<BanquetFireReply> done)
{
    const BanquetFireRequest request{course, tableIds};
    fetch<BanquetFireReply>("POST", u"/fire"_s, {},
                            JsonCodec::encode(KitchenCodec::toJson(request)),
                            KitchenCodec::banquetFireReplyFromJson, std::move(done));
}

void ApiClient::kitchenTickets(qint64 sinceId, int limit, const QString& station, bool openOnly,
                               Callback<TicketsPage> done)
{
    QList<QPair<QString, QString>> query{{u"since"_s, QString::number(sinceId)},
                                         {u"limit"_s, QString::number(limit)}};
    if (!station.isEmpty())
        query.append({u"station"_s, station});
    if (openOnly)
        query.append({u"open"_s, u"1"_s});
    fetch<TicketsPage>("GET", u"/kitchen/tickets"_s, query, std::nullopt,
                       KitchenCodec::ticketsPageFromJson, std::move(done));
}

void ApiClient::bumpTicket(qint64 ticketId, Callback<Ticket> done)
{
    fetch<Ticket>(
        "POST", u"/kitchen/tickets/"_s + QString::number(ticketId) + u"/bump"_s, {},
        QByteArray("{}"), [](const QJsonObject& o) { return KitchenCodec::ticketFromJson(o); },
        std::move(done));
}

void ApiClient::setAvailability(const QString& menuItemId, bool available, Callback<MenuItem> done)
{
    fetch<MenuItem>(
        "PUT",
        u"/menu/"_s + QString::fromLatin1(QUrl::toPercentEncoding(menuItemId)) + u"/availability"_s,
        {}, JsonCodec::encode(KitchenCodec::toJson(AvailabilityRequest{available})),
        [](const QJsonObject& o) { return JsonDecoder::menuItemFromJson(o); }, std::move(done));
}

template <typename T>
void ApiClient::fetch(const QByteArray& verb, const QString& path,
                      const QList<QPair<QString, QString>>& query,
                      const std::optional<QByteArray>& body, ApiAnswer::Decoder<T> decode,
                      Callback<T> done)
{
    send(verb, path, query, body,
         [decode = std::move(decode), done = std::move(done)](const Result<ApiAnswer>& answer) {
             done(ApiAnswer::decoded(answer, decode));
         });
}

template <typename Reply, typename Value>
void ApiClient::guarded(const QByteArray& verb, const QString& path, const QByteArray& body,
                        ApiAnswer::Decoder<Value> decode, Callback<Reply> done)
{
    send(verb, path, {}, body,
         [decode = std::move(decode), done = std::move(done)](const Result<ApiAnswer>& answer) {
             done(ApiAnswer::guarded<Reply>(answer, decode));
         });
}

void ApiClient::latestEventSeq(Callback<qint64> done)
{
    fetch<qint64>(
        "GET", u"/events/latest"_s, {}, std::nullopt,
        [](const QJsonObject& o) {
            const std::optional<qint64> seq = JsonDecoder::integral(o.value(u"seq"_s));
            if (!seq || *seq < 0)
                return Result<qint64>(
                    ApiError::invalid(u"seq"_s, u"seq must be a whole number, 0 or more."_s));
            return Result<qint64>(*seq);
        },
        std::move(done));
}

void ApiClient::send(const QByteArray& verb, const QString& path,
                     const QList<QPair<QString, QString>>& query,
                     const std::optional<QByteArray>& body,
                     std::function<void(Result<ApiAnswer>)> done, const Headers& headers,
                     Priority priority)
{
    QUrl url = m_serverUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u"/api/v1"_s + path);
    if (!query.isEmpty()) {
        QUrlQuery items;
        items.setQueryItems(query);
        url.setQuery(items);
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);

    Outgoing outgoing{verb, request, body, priority, m_token};
    m_pacer.submit(priority, [this, outgoing = std::move(outgoing), done = std::move(done)] {
        dispatch(outgoing, done, false);
    });
}

void ApiClient::dispatch(const Outgoing& outgoing, std::function<void(Result<ApiAnswer>)> done,
                         bool retried)
{
    QNetworkReply* reply =
        outgoing.body
            ? m_network->sendCustomRequest(outgoing.request, outgoing.verb, *outgoing.body)
            : m_network->sendCustomRequest(outgoing.request, outgoing.verb);
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError>& errors) { checkCertificate(reply, errors); });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] { checkCertificate(reply, {}); });

    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply]() {
        reply->setProperty("tablesyncTimedOut", true);
        reply->abort();
    });
    timer->start(m_timeoutMs);
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, outgoing, retried, done = std::move(done)]() {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 429 || retried ||
                !ApiAnswer::isRateLimit(reply->peek(reply->bytesAvailable()))) {
                m_pacer.finished(outgoing.priority);
                return finish(reply, outgoing.token, done);
            }
            // Nothing was done for a 429: hold before the pacer drains into the empty bucket.
            const int waitMs =
                qBound(1, ApiAnswer::retryAfterSeconds(reply->rawHeader("Retry-After")).value_or(1),
                       300) *
                1000;
            m_pacer.holdFor(waitMs);
            m_pacer.finished(outgoing.priority);
            m_inFlight.remove(reply);
            reply->deleteLater();
            emit rateLimited(waitMs);
            // The pacer's hold is the wait: the same request goes once more after it.
            m_pacer.submit(outgoing.priority,
                           [this, outgoing, done] { dispatch(outgoing, done, true); });
        });
}

void ApiClient::finish(QNetworkReply* reply, const QString& sentToken,
                       const std::function<void(Result<ApiAnswer>)>& done)
{
    m_inFlight.remove(reply);
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QVariant certificateProblem = reply->property(certificateProblemProperty);
    if (!status.isValid() && certificateProblem.isValid()) {
        const QString fingerprint = reply->property(certificateFingerprintProperty).toString();
        return done(CertificatePin::refusal(ErrorCode(certificateProblem.toInt()), fingerprint));
    }
    if (!status.isValid()) {
        const bool timedOut = reply->property("tablesyncTimedOut").toBool();
        const QString why = timedOut ? u"it did not answer within "_s +
                                           QString::number((m_timeoutMs + 999) / 1000) + u" s"_s
                                     : reply->errorString();
        return done(ApiError{ErrorCode::Unreachable,
                             u"Cannot reach the server at "_s + m_serverUrl.toDisplayString() +
                                 u" ("_s + why + u")."_s,
                             {}});
    }
    ApiAnswer answer{status.toInt(), reply->readAll(), reply->rawHeader("Retry-After")};
    // A gateway in front of the server answering for it means the server itself is away.
    if (answer.status == 502 || answer.status == 503 || answer.status == 504) {
        return done(ApiError{ErrorCode::Unreachable,
                             u"The server at "_s + m_serverUrl.toDisplayString() +
                                 u" is not available (HTTP "_s + QString::number(answer.status) +
                                 u")."_s,
                             {}});
    }
    // The previous login's read, answered after a sign-out or another sign-in: not this one's.
    if (answer.status == 401 && !sentToken.isEmpty() && sentToken != m_token) {
        return done(ApiError{ErrorCode::NotLoggedIn,
                             u"The server refused a request sent under a previous sign-in."_s,
                             {}});
    }
    done(std::move(answer));
}

void ApiClient::closeOrder(qint64 orderId, qint64 expectedVersion, Callback<CloseReply> done)
{
    fetch<CloseReply>(
        "POST", u"/orders/"_s + QString::number(orderId) + u"/close"_s, {},
        JsonCodec::encode(JsonCodec::toJson(CloseRequest{expectedVersion})),
        [](const QJsonObject& o) { return JsonDecoder::closeReplyFromJson(o); }, std::move(done));
}

void ApiClient::requestApproval(const LoginRequest& manager, Callback<ApprovalReply> done)
{
    fetch<ApprovalReply>(
        "POST", u"/approvals"_s, {}, JsonCodec::encode(JsonCodec::toJson(manager)),
        [](const QJsonObject& o) { return VoidCodec::approvalReplyFromJson(o); }, std::move(done));
}

void ApiClient::bill(qint64 orderId, Callback<BillReply> done)
{
    fetch<BillReply>(
        "GET", u"/orders/"_s + QString::number(orderId) + u"/bill"_s, {}, std::nullopt,
        [](const QJsonObject& o) { return VoidCodec::billReplyFromJson(o); }, std::move(done));
}
