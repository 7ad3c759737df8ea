#include "ApiClient.h"

#include "model/JsonCodec.h"
#include "model/KitchenCodec.h"
#include "model/VoidCodec.h"

#include <QJsonArray>
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

template <typename T>
Result<T> decodeBody(const QByteArray& body,
                     const std::function<Result<T>(const QJsonObject&)>& decode)
{
    Result<QJsonObject> object = JsonCodec::parseObject(body);
    if (!object)
        return ApiError{ErrorCode::BadReply,
                        u"The server sent a reply this app cannot read: "_s +
                            object.error().message,
                        {}};
    Result<T> value = decode(object.value());
    if (!value)
        return ApiError{ErrorCode::BadReply,
                        u"The server sent a reply this app cannot read: "_s + value.error().message,
                        {}};
    return value;
}

// A 429 for the request rate, not a login lockout (too_many_attempts), which must not be retried.
bool isRateLimit(const QByteArray& body)
{
    const Result<QJsonObject> object = JsonCodec::parseObject(body);
    return object && object.value().value(u"error"_s).toString() == "too_many_requests"_L1;
}

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
    send("GET", u"/health"_s, {}, std::nullopt, [done](Result<Answer> answer) {
        if (!answer)
            return done(answer.error());
        if (answer->status != 200)
            return done(errorOf(*answer));
        done(decodeBody<Health>(answer->body,
                                [](const QJsonObject& o) { return JsonCodec::healthFromJson(o); }));
    });
}

void ApiClient::login(const LoginRequest& request, Callback<LoginReply> done)
{
    send("POST", u"/login"_s, {}, JsonCodec::encode(JsonCodec::toJson(request)),
         [done](Result<Answer> answer) {
             if (!answer)
                 return done(answer.error());
             if (answer->status != 200)
                 return done(errorOf(*answer));
             done(decodeBody<LoginReply>(answer->body, [](const QJsonObject& o) {
                 return JsonCodec::loginReplyFromJson(o);
             }));
         });
}

void ApiClient::logout(Callback<bool> done)
{
    send("POST", u"/logout"_s, {}, std::nullopt, [done](Result<Answer> answer) {
        if (!answer)
            return done(answer.error());
        if (answer->status != 204 && answer->status != 200)
            return done(errorOf(*answer));
        done(true);
    });
}

void ApiClient::menu(const QString& language, Callback<QList<MenuItem>> done)
{
    QList<QPair<QString, QString>> query;
    if (!language.isEmpty())
        query.append({u"lang"_s, language});
    send("GET", u"/menu"_s, query, std::nullopt, [done](Result<Answer> answer) {
        if (!answer)
            return done(answer.error());
        if (answer->status != 200)
            return done(errorOf(*answer));
        done(decodeBody<QList<MenuItem>>(
            answer->body, [](const QJsonObject& o) { return JsonCodec::menuFromJson(o); }));
    });
}

void ApiClient::tables(Callback<QList<Table>> done)
{
    send("GET", u"/tables"_s, {}, std::nullopt, [done](Result<Answer> answer) {
        if (!answer)
            return done(answer.error());
        if (answer->status != 200)
            return done(errorOf(*answer));
        done(decodeBody<QList<Table>>(
            answer->body, [](const QJsonObject& o) { return JsonCodec::tablesFromJson(o); }));
    });
}

void ApiClient::staff(Callback<QList<Staff>> done)
{
    fetch<QList<Staff>>(
        "GET", u"/staff"_s, {}, std::nullopt,
        [](const QJsonObject& o) {
            const QJsonValue list = o.value(u"staff"_s);
            if (!list.isArray())
                return Result<QList<Staff>>(
                    ApiError::invalid(u"staff"_s, u"staff must be an array."_s));
            QList<Staff> staff;
            const QJsonArray array = list.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                Result<Staff> member =
                    JsonCodec::staffFromJson(array.at(i), u"staff["_s + QString::number(i) + u']');
                if (!member)
                    return Result<QList<Staff>>(member.error());
                staff.append(std::move(member).value());
            }
            return Result<QList<Staff>>(staff);
        },
        std::move(done));
}

void ApiClient::order(qint64 orderId, Callback<Order> done)
{
    send("GET", u"/orders/"_s + QString::number(orderId), {}, std::nullopt,
         [done](Result<Answer> answer) {
             if (!answer)
                 return done(answer.error());
             if (answer->status != 200)
                 return done(errorOf(*answer));
             done(decodeBody<Order>(
                 answer->body, [](const QJsonObject& o) { return JsonCodec::orderFromJson(o); }));
         });
}

void ApiClient::pollOrder(qint64 orderId, qint64 knownVersion, Callback<std::optional<Order>> done)
{
    const Headers ifNoneMatch{{"If-None-Match", '"' + QByteArray::number(knownVersion) + '"'}};
    send(
        "GET", u"/orders/"_s + QString::number(orderId), {}, std::nullopt,
        [done](Result<Answer> answer) {
            if (!answer)
                return done(answer.error());
            if (answer->status == 304)
                return done(std::optional<Order>());
            if (answer->status != 200)
                return done(errorOf(*answer));
            done(decodeBody<std::optional<Order>>(answer->body, [](const QJsonObject& o) {
                Result<Order> order = JsonCodec::orderFromJson(o);
                if (!order)
                    return Result<std::optional<Order>>(order.error());
                return Result<std::optional<Order>>(std::move(order).value());
            }));
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
    send("PATCH", u"/orders/"_s + QString::number(orderId), {},
         JsonCodec::encode(JsonCodec::toJson(request)), [done](Result<Answer> answer) {
             if (!answer)
                 return done(answer.error());
             if (answer->status == 200) {
                 done(decodeBody<PatchReply>(answer->body, [](const QJsonObject& o) {
                     Result<Order> order = JsonCodec::orderFromJson(o);
                     if (!order)
                         return Result<PatchReply>(order.error());
                     return Result<PatchReply>(PatchReply{std::move(order).value(), {}});
                 }));
                 return;
             }
             if (answer->status == 409) {
                 done(decodeBody<PatchReply>(answer->body, [](const QJsonObject& o) {
                     Result<ConflictReply> conflict = JsonCodec::conflictReplyFromJson(o);
                     if (!conflict)
                         return Result<PatchReply>(conflict.error());
                     return Result<PatchReply>(PatchReply{{}, std::move(conflict).value()});
                 }));
                 return;
             }
             done(errorOf(*answer));
         });
}

void ApiClient::orderEvents(qint64 orderId, Callback<QList<Event>> done)
{
    send("GET", u"/orders/"_s + QString::number(orderId) + u"/events"_s, {}, std::nullopt,
         [done](Result<Answer> answer) {
             if (!answer)
                 return done(answer.error());
             if (answer->status != 200)
                 return done(errorOf(*answer));
             done(decodeBody<QList<Event>>(answer->body, [](const QJsonObject& o) {
                 return JsonCodec::eventsFromJson(o.value(u"events"_s), u"events"_s);
             }));
         });
}

void ApiClient::events(qint64 since, int limit, Callback<EventsPage> done)
{
    const QList<QPair<QString, QString>> query{{u"since"_s, QString::number(since)},
                                               {u"limit"_s, QString::number(limit)}};
    send("GET", u"/events"_s, query, std::nullopt, [done](Result<Answer> answer) {
        if (!answer)
            return done(answer.error());
        if (answer->status != 200)
            return done(errorOf(*answer));
        done(decodeBody<EventsPage>(
            answer->body, [](const QJsonObject& o) { return JsonCodec::eventsPageFromJson(o); }));
    });
}

void ApiClient::venueMenu(const QString& language, Callback<MenuReply> done)
{
    QList<QPair<QString, QString>> query;
    if (!language.isEmpty())
        query.append({u"lang"_s, language});
    fetch<MenuReply>(
        "GET", u"/menu"_s, query, std::nullopt,
        [](const QJsonObject& o) { return JsonCodec::menuReplyFromJson(o); }, std::move(done));
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
    send("POST", u"/orders/"_s + QString::number(orderId) + u"/fire"_s, {},
         JsonCodec::encode(KitchenCodec::toJson(request)), [done](Result<Answer> answer) {
             if (!answer)
                 return done(answer.error());
             if (answer->status == 200) {
                 done(decodeBody<FireAnswer>(answer->body, [](const QJsonObject& o) {
                     Result<FireReply> fired = KitchenCodec::fireReplyFromJson(o);
                     if (!fired)
                         return Result<FireAnswer>(fired.error());
                     return Result<FireAnswer>(FireAnswer{std::move(fired).value(), {}});
                 }));
                 return;
             }
             if (answer->status == 409) {
                 done(decodeBody<FireAnswer>(answer->body, [](const QJsonObject& o) {
                     Result<ConflictReply> conflict = JsonCodec::conflictReplyFromJson(o);
                     if (!conflict)
                         return Result<FireAnswer>(conflict.error());
                     return Result<FireAnswer>(FireAnswer{{}, std::move(conflict).value()});
                 }));
                 return;
             }
             done(errorOf(*answer));
         });
}

void ApiClient::fireBanquet(int course, const QStringList& tableIds,
                            Callback<BanquetFireReply> done)
{
    const BanquetFireRequest request{course, tableIds};
    fetch<BanquetFireReply>(
        "POST", u"/fire"_s, {}, JsonCodec::encode(KitchenCodec::toJson(request)),
        [](const QJsonObject& o) { return KitchenCodec::banquetFireReplyFromJson(o); },
        std::move(done));
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
    fetch<TicketsPage>(
        "GET", u"/kitchen/tickets"_s, query, std::nullopt,
        [](const QJsonObject& o) { return KitchenCodec::ticketsPageFromJson(o); }, std::move(done));
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
        [](const QJsonObject& o) { return JsonCodec::menuItemFromJson(o); }, std::move(done));
}

template <typename T>
void ApiClient::fetch(const QByteArray& verb, const QString& path,
                      const QList<QPair<QString, QString>>& query,
                      const std::optional<QByteArray>& body,
                      std::function<Result<T>(const QJsonObject&)> decode, Callback<T> done)
{
    send(verb, path, query, body,
         [decode = std::move(decode), done = std::move(done)](Result<Answer> answer) {
             if (!answer)
                 return done(answer.error());
             if (answer->status != 200)
                 return done(errorOf(*answer));
             done(decodeBody<T>(answer->body, decode));
         });
}

void ApiClient::latestEventSeq(Callback<qint64> done)
{
    fetch<qint64>(
        "GET", u"/events/latest"_s, {}, std::nullopt,
        [](const QJsonObject& o) {
            const QJsonValue seq = o.value(u"seq"_s);
            const qint64 value = seq.toInteger(-1);
            if (!seq.isDouble() || value < 0 || double(value) != seq.toDouble())
                return Result<qint64>(
                    ApiError::invalid(u"seq"_s, u"seq must be a whole number, 0 or more."_s));
            return Result<qint64>(value);
        },
        std::move(done));
}

void ApiClient::send(const QByteArray& verb, const QString& path,
                     const QList<QPair<QString, QString>>& query,
                     const std::optional<QByteArray>& body,
                     std::function<void(Result<Answer>)> done, const Headers& headers,
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

    Outgoing outgoing{verb, request, body, priority};
    m_pacer.submit(priority, [this, outgoing = std::move(outgoing), done = std::move(done)] {
        dispatch(outgoing, done, false);
    });
}

void ApiClient::dispatch(const Outgoing& outgoing, std::function<void(Result<Answer>)> done,
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
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, outgoing, retried, done = std::move(done)]() {
                m_pacer.finished(outgoing.priority);
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status != 429 || retried || !isRateLimit(reply->peek(reply->bytesAvailable())))
                    return finish(reply, done);
                // Nothing was done for a 429: wait as told, then the same request once more.
                const int waitMs = retryDelayMs(reply->rawHeader("Retry-After"));
                m_inFlight.remove(reply);
                reply->deleteLater();
                m_pacer.holdFor(waitMs);
                emit rateLimited(waitMs);
                QTimer::singleShot(waitMs, this, [this, outgoing, done] {
                    m_pacer.submit(outgoing.priority,
                                   [this, outgoing, done] { dispatch(outgoing, done, true); });
                });
            });
}

int ApiClient::retryDelayMs(const QByteArray& retryAfter)
{
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    return (ok && seconds > 0 ? qMin(seconds, 300) : 1) * 1000;
}

void ApiClient::finish(QNetworkReply* reply, const std::function<void(Result<Answer>)>& done)
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
    Answer answer{status.toInt(), reply->readAll(), reply->rawHeader("Retry-After")};
    // A gateway in front of the server answering for it means the server itself is away.
    if (answer.status == 502 || answer.status == 503 || answer.status == 504) {
        return done(ApiError{ErrorCode::Unreachable,
                             u"The server at "_s + m_serverUrl.toDisplayString() +
                                 u" is not available (HTTP "_s + QString::number(answer.status) +
                                 u")."_s,
                             {}});
    }
    done(std::move(answer));
}

ApiError ApiClient::errorOf(const Answer& answer)
{
    std::optional<ApiError> error;
    if (Result<QJsonObject> object = JsonCodec::parseObject(answer.body); object)
        error = JsonCodec::errorFromJson(object.value());
    if (!error)
        error = ApiError{ErrorCode::HttpStatus,
                         u"The server answered with HTTP status "_s +
                             QString::number(answer.status) + u'.',
                         {}};
    if (answer.status == 429 && !answer.retryAfter.isEmpty()) {
        bool ok = false;
        const int seconds = answer.retryAfter.trimmed().toInt(&ok);
        if (ok)
            error->retryAfterSeconds = seconds;
    }
    return *error;
}

void ApiClient::closeOrder(qint64 orderId, qint64 expectedVersion, Callback<CloseReply> done)
{
    fetch<CloseReply>(
        "POST", u"/orders/"_s + QString::number(orderId) + u"/close"_s, {},
        JsonCodec::encode(JsonCodec::toJson(CloseRequest{expectedVersion})),
        [](const QJsonObject& o) { return JsonCodec::closeReplyFromJson(o); }, std::move(done));
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
