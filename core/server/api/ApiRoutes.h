#pragma once

#include "OrderWrites.h"

#include "auth/TokenRateLimit.h"

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include "model/Staff.h"
#include "store/MenuEntry.h"

#include <QHash>
#include <QSet>

#include <optional>

class Authenticator;
class Clock;
class OrderStore;

// The routes of api-v1.md (all but /stream): finds the route, checks the token, its request
// rate, the role and content type, and answers from the store.
class ApiRoutes
{
public:
    // Each token may send `tokenBurst` requests at once, refilled at `tokenRequestsPerSecond`
    // (0: no limit); beyond that 429 too_many_requests.
    ApiRoutes(OrderStore& store, Authenticator& auth, const Clock& clock,
              double tokenRequestsPerSecond, int tokenBurst);

    HttpResponse handle(const HttpRequest& request);

    // Every route answered, as OpenAPI-style templates: {"GET", "/api/v1/orders/{id}"}, ...
    static QList<QPair<QByteArray, QString>> routeTable();

private:
    enum class Access { Anyone, Staff, Manager };
    struct Call
    {
        const HttpRequest& request;
        Staff staff;
        QString id; // the {id} of the path, if it has one
    };
    using Handler = HttpResponse (ApiRoutes::*)(const Call&);
    struct Route
    {
        QByteArray method;
        QString path;
        Access access;
        Handler handler;
    };
    static const QList<Route>& routes();

    HttpResponse health(const Call& call);
    HttpResponse openApi(const Call& call);
    HttpResponse login(const Call& call);
    HttpResponse logout(const Call& call);
    HttpResponse menu(const Call& call);
    HttpResponse tables(const Call& call);
    HttpResponse staff(const Call& call);
    HttpResponse order(const Call& call);
    HttpResponse patchOrder(const Call& call);
    HttpResponse closeOrder(const Call& call);
    HttpResponse orderEvents(const Call& call);
    HttpResponse events(const Call& call);
    HttpResponse latestEvent(const Call& call);

    // Reads the menu once: the ids a line may name and the languages it has.
    bool loadMenu();
    static std::optional<qint64> orderId(const QString& text);

    OrderStore& m_store;
    Authenticator& m_auth;
    OrderWrites m_writes;
    TokenRateLimit m_rateLimit;
    std::optional<QList<MenuEntry>> m_menu;
    QSet<QString> m_menuIds;
    QSet<QString> m_menuLanguages;
    QHash<QString, QByteArray> m_menuByLanguage; // reply bodies, built once per language
    QByteArray m_openApi;
};
