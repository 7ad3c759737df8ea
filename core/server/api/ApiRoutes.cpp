#include "ApiRoutes.h"

#include "auth/Authenticator.h"
#include "model/JsonCodec.h"
#include "model/OrderJsonWriter.h"
#include "model/RequestValidator.h"
#include "store/OrderStore.h"
#include "store/VenueCurrency.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isJson(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return contentType.left(semicolon < 0 ? contentType.size() : semicolon)
               .trimmed()
               .compare("application/json", Qt::CaseInsensitive) == 0;
}

// The {id} of `path` if it fits `pattern`; nullopt when it does not fit. Walks both a segment at
// a time without splitting them: every request is matched against every route.
std::optional<QString> fit(QStringView pattern, QStringView path)
{
    QStringView id;
    while (true) {
        const qsizetype wantEnd = pattern.indexOf(u'/');
        const qsizetype haveEnd = path.indexOf(u'/');
        const QStringView want = wantEnd < 0 ? pattern : pattern.first(wantEnd);
        const QStringView have = haveEnd < 0 ? path : path.first(haveEnd);
        if (want == u"{id}") {
            if (have.isEmpty())
                return std::nullopt;
            id = have;
        } else if (want != have) {
            return std::nullopt;
        }
        if (wantEnd < 0 || haveEnd < 0)
            return wantEnd == haveEnd ? std::optional<QString>(id.toString()) : std::nullopt;
        pattern = pattern.sliced(wantEnd + 1);
        path = path.sliced(haveEnd + 1);
    }
}

bool entityTagMatches(const QByteArray& ifNoneMatch, qint64 version)
{
    for (const QByteArray& tag : ifNoneMatch.split(',')) {
        if (tag.trimmed() == "*" || RequestValidator::versionFromEntityTag(tag) == version)
            return true;
    }
    return false;
}

} // namespace

ApiRoutes::ApiRoutes(OrderStore& store, Authenticator& auth, const Clock& clock,
                     double tokenRequestsPerSecond, int tokenBurst)
    : m_store(store)
    , m_auth(auth)
    , m_authRoutes(auth)
    , m_menu(store)
    , m_writes(store, clock)
    , m_fires(store, m_writes, clock)
    , m_kitchen(store, clock)
    , m_bills(store)
    , m_history(store)
    , m_rateLimit(clock, tokenRequestsPerSecond, tokenBurst)
{}

const QList<ApiRoutes::Route>& ApiRoutes::routes()
{
    static const QList<Route> all{
        {"GET", u"/api/v1/health"_s, Access::Anyone, &ApiRoutes::health},
        {"GET", u"/api/v1/openapi.json"_s, Access::Anyone, &ApiRoutes::openApi},
        {"POST", u"/api/v1/login"_s, Access::Anyone, &ApiRoutes::login},
        {"POST", u"/api/v1/logout"_s, Access::Staff, &ApiRoutes::logout},
        {"POST", u"/api/v1/approvals"_s, Access::Writer, &ApiRoutes::approve},
        {"GET", u"/api/v1/menu"_s, Access::Staff, &ApiRoutes::menu},
        {"GET", u"/api/v1/tables"_s, Access::Staff, &ApiRoutes::tables},
        {"GET", u"/api/v1/staff"_s, Access::Staff, &ApiRoutes::staff},
        {"GET", u"/api/v1/orders/{id}"_s, Access::Staff, &ApiRoutes::order},
        {"PATCH", u"/api/v1/orders/{id}"_s, Access::Writer, &ApiRoutes::patchOrder},
        {"POST", u"/api/v1/orders/{id}/close"_s, Access::Writer, &ApiRoutes::closeOrder},
        {"POST", u"/api/v1/orders/{id}/fire"_s, Access::Writer, &ApiRoutes::fireOrder},
        {"GET", u"/api/v1/orders/{id}/bill"_s, Access::Staff, &ApiRoutes::bill},
        {"GET", u"/api/v1/orders/{id}/events"_s, Access::Staff, &ApiRoutes::orderEvents},
        {"GET", u"/api/v1/events"_s, Access::Manager, &ApiRoutes::events},
        {"GET", u"/api/v1/events/latest"_s, Access::Manager, &ApiRoutes::latestEvent},
        {"POST", u"/api/v1/fire"_s, Access::Manager, &ApiRoutes::fireBanquet},
        {"GET", u"/api/v1/kitchen/tickets"_s, Access::Kitchen, &ApiRoutes::kitchenTickets},
        {"POST", u"/api/v1/kitchen/tickets/{id}/bump"_s, Access::Kitchen, &ApiRoutes::bumpTicket},
        {"PUT", u"/api/v1/menu/{id}/availability"_s, Access::Kitchen, &ApiRoutes::setAvailability},
    };
    return all;
}

QList<QPair<QByteArray, QString>> ApiRoutes::routeTable()
{
    QList<QPair<QByteArray, QString>> table;
    for (const Route& route : routes())
        table.append({route.method, route.path});
    return table;
}

void ApiRoutes::readAhead(HttpRequest& request)
{
    static const QString orders = u"/api/v1/orders/"_s;
    if (request.method != "PATCH" || !request.path.startsWith(orders) ||
        request.path.indexOf(u'/', orders.size()) >= 0)
        return;
    if (std::optional<PatchRequest> read = RequestValidator::patchWithoutContext(request.body))
        request.readAhead = std::move(*read);
}

HttpResponse ApiRoutes::handle(const HttpRequest& request)
{
    const Route* found = nullptr;
    QString id;
    QList<QByteArray> allowed;
    for (const Route& route : routes()) {
        const std::optional<QString> fitted = fit(route.path, request.path);
        if (!fitted)
            continue;
        allowed.append(route.method);
        if (route.method == request.method) {
            found = &route;
            id = *fitted;
        }
    }
    if (allowed.isEmpty())
        return HttpResponse::error(404, ErrorCode::NotFound,
                                   u"There is no such resource: "_s + request.path);
    if (!found)
        return HttpResponse::error(405, ErrorCode::MethodNotAllowed,
                                   u"This resource answers only "_s +
                                       QString::fromLatin1(allowed.join(", ")) + u'.')
            .withHeader("Allow", allowed.join(", "));

    Call call{request, {}, id};
    if (found->access != Access::Anyone) {
        Result<std::optional<Staff>> staff = m_auth.authorize(request.header("Authorization"));
        if (!staff.ok())
            return HttpResponse::storageFailure(staff.error());
        if (!staff.value())
            return HttpResponse::error(401, ErrorCode::Unauthorized,
                                       u"Log in first: send Authorization: Bearer <token>."_s);
        call.staff = *staff.value();
        // Keyed by the token itself, so another spelling of the same header gets no new bucket.
        const QByteArray bucket =
            Authenticator::tokenHash(Authenticator::bearerToken(request.header("Authorization")));
        if (const qint64 waitSeconds = m_rateLimit.take(bucket); waitSeconds > 0) {
            HttpResponse response =
                HttpResponse::error(429, ErrorCode::TooManyRequests,
                                    u"Too many requests with this login; wait a moment."_s);
            response.staffId = call.staff.id;
            return response.withHeader("Retry-After", QByteArray::number(waitSeconds));
        }
        if (std::optional<HttpResponse> refused = refuseRole(found->access, call.staff.role)) {
            refused->staffId = call.staff.id;
            return std::move(*refused);
        }
    }
    if ((request.method == "POST" || request.method == "PATCH" || request.method == "PUT") &&
        !request.body.isEmpty() && !isJson(request.header("Content-Type")))
        return HttpResponse::error(415, ErrorCode::UnsupportedMediaType,
                                   u"Send the body as Content-Type: application/json."_s);

    HttpResponse response = (this->*found->handler)(call);
    if (response.staffId.isEmpty())
        response.staffId = call.staff.id;
    return response;
}

std::optional<HttpResponse> ApiRoutes::refuseRole(Access access, Staff::Role role)
{
    const bool manager = role == Staff::Role::Manager;
    switch (access) {
    case Access::Anyone:
    case Access::Staff:
        return std::nullopt;
    case Access::Writer:
        if (role == Staff::Role::Kitchen)
            return HttpResponse::error(403, ErrorCode::Forbidden,
                                       u"A kitchen login may read orders but not change them."_s);
        return std::nullopt;
    case Access::Kitchen:
        if (role != Staff::Role::Kitchen && !manager)
            return HttpResponse::error(403, ErrorCode::Forbidden,
                                       u"Only the kitchen or a manager may do this."_s);
        return std::nullopt;
    case Access::Manager:
        if (!manager)
            return HttpResponse::error(403, ErrorCode::Forbidden, u"Only a manager may do this."_s);
        return std::nullopt;
    }
    return std::nullopt;
}

void ApiRoutes::forgetMenu()
{
    m_menu.forget();
}

std::optional<qint64> ApiRoutes::orderId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1 || QString::number(id) != text)
        return std::nullopt;
    return id;
}

HttpResponse ApiRoutes::noSuchOrder(const Call& call)
{
    return HttpResponse::error(404, ErrorCode::NotFound, u"There is no order "_s + call.id + u'.');
}

HttpResponse ApiRoutes::health(const Call&)
{
    const Health health{u"ok"_s, m_store.kind(), 1};
    return HttpResponse::json(200, JsonCodec::encode(JsonCodec::toJson(health)));
}

HttpResponse ApiRoutes::openApi(const Call&)
{
    if (m_openApi.isEmpty()) {
        QFile file(u":/tablesync/openapi/openapi.json"_s);
        if (file.open(QIODevice::ReadOnly))
            m_openApi = file.readAll();
    }
    if (m_openApi.isEmpty())
        return HttpResponse::error(500, ErrorCode::InternalError,
                                   u"The OpenAPI document is missing from the program."_s);
    return HttpResponse::json(200, m_openApi);
}

HttpResponse ApiRoutes::login(const Call& call)
{
    return m_authRoutes.login(call.request);
}

HttpResponse ApiRoutes::approve(const Call& call)
{
    return m_authRoutes.approve(call.request);
}

HttpResponse ApiRoutes::logout(const Call& call)
{
    return m_authRoutes.logout(call.request);
}

HttpResponse ApiRoutes::menu(const Call& call)
{
    if (Result<void> loaded = m_menu.load(); !loaded.ok())
        return HttpResponse::storageFailure(loaded.error());
    Result<QString> currency = VenueCurrency::of(m_store);
    if (!currency.ok())
        return HttpResponse::storageFailure(currency.error());
    return HttpResponse::json(200, m_menu.reply(m_menu.language(call.request), currency.value()));
}

HttpResponse ApiRoutes::tables(const Call&)
{
    Result<QList<Table>> tables = m_store.tables();
    if (!tables.ok())
        return HttpResponse::storageFailure(tables.error());
    QJsonArray array;
    for (const Table& table : tables.value())
        array.append(JsonCodec::toJson(table));
    return HttpResponse::json(200, JsonCodec::encode(QJsonObject{{u"tables"_s, array}}));
}

HttpResponse ApiRoutes::staff(const Call&)
{
    Result<QList<Staff>> staff = m_store.staffList();
    if (!staff.ok())
        return HttpResponse::storageFailure(staff.error());
    QJsonArray array;
    for (const Staff& member : staff.value())
        array.append(JsonCodec::toJson(member));
    return HttpResponse::json(200, JsonCodec::encode(QJsonObject{{u"staff"_s, array}}));
}

HttpResponse ApiRoutes::order(const Call& call)
{
    const std::optional<qint64> id = orderId(call.id);
    Result<std::optional<OrderRecord>> record =
        id ? m_store.order(*id) : Result<std::optional<OrderRecord>>(std::optional<OrderRecord>{});
    if (!record.ok())
        return HttpResponse::storageFailure(record.error());
    if (!record.value())
        return noSuchOrder(call);
    const Order& order = record.value()->order;
    const QByteArray ifNoneMatch = call.request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty() && entityTagMatches(ifNoneMatch, order.version))
        return OrderWrites::withEntityTag(HttpResponse::empty(304), order.version);
    const QByteArray& items = record.value()->itemsJson;
    return OrderWrites::withEntityTag(
        HttpResponse::json(200, items.isNull() ? OrderJsonWriter::order(order)
                                               : OrderJsonWriter::order(order, items)),
        order.version);
}

HttpResponse ApiRoutes::patchOrder(const Call& call)
{
    const std::optional<qint64> id = orderId(call.id);
    if (!id)
        return noSuchOrder(call);
    if (Result<void> loaded = m_menu.load(); !loaded.ok())
        return HttpResponse::storageFailure(loaded.error());
    return m_writes.patch(call.request, *id, call.staff, m_menu.ids(), m_menu.byId());
}

HttpResponse ApiRoutes::closeOrder(const Call& call)
{
    const std::optional<qint64> id = orderId(call.id);
    if (!id)
        return noSuchOrder(call);
    return m_writes.close(call.request, *id, call.staff);
}

HttpResponse ApiRoutes::bill(const Call& call)
{
    const std::optional<qint64> id = orderId(call.id);
    if (!id)
        return noSuchOrder(call);
    if (Result<void> loaded = m_menu.load(); !loaded.ok())
        return HttpResponse::storageFailure(loaded.error());
    return m_bills.bill(*id, m_menu.byId());
}

HttpResponse ApiRoutes::orderEvents(const Call& call)
{
    const std::optional<qint64> id = orderId(call.id);
    return id ? m_history.orderEvents(*id) : noSuchOrder(call);
}

HttpResponse ApiRoutes::events(const Call& call)
{
    return m_history.events(call.request);
}

HttpResponse ApiRoutes::latestEvent(const Call&)
{
    return m_history.latest();
}

HttpResponse ApiRoutes::fireOrder(const Call& call)
{
    const std::optional<qint64> id = orderId(call.id);
    if (!id)
        return noSuchOrder(call);
    if (Result<void> loaded = m_menu.load(); !loaded.ok())
        return HttpResponse::storageFailure(loaded.error());
    return m_fires.fireOrder(call.request, *id, call.staff, m_menu.byId());
}

HttpResponse ApiRoutes::fireBanquet(const Call& call)
{
    if (Result<void> loaded = m_menu.load(); !loaded.ok())
        return HttpResponse::storageFailure(loaded.error());
    return m_fires.fireBanquet(call.request, call.staff, m_menu.byId());
}

HttpResponse ApiRoutes::kitchenTickets(const Call& call)
{
    return m_kitchen.tickets(call.request);
}

HttpResponse ApiRoutes::bumpTicket(const Call& call)
{
    return m_kitchen.bump(call.id, call.staff);
}

HttpResponse ApiRoutes::setAvailability(const Call& call)
{
    if (Result<void> loaded = m_menu.load(); !loaded.ok())
        return HttpResponse::storageFailure(loaded.error());
    const auto entry = m_menu.byId().constFind(call.id);
    HttpResponse response = m_kitchen.setAvailability(
        call.request, call.id, entry == m_menu.byId().cend() ? nullptr : &*entry,
        m_menu.language(call.request));
    if (response.status == 200)
        forgetMenu();
    return response;
}
