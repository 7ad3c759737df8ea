#pragma once

#include "AuthRoutes.h"
#include "BillRoutes.h"
#include "FireWrites.h"
#include "HistoryRoutes.h"
#include "KitchenRoutes.h"
#include "MenuCache.h"
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
    // On the HTTP thread, before handle(): reads a PATCH /orders/{id} body into
    // request.readAhead as far as it can without the order, so that the database's thread
    // only finishes the checks.
    static void readAhead(HttpRequest& request);
    // The menu changed (an item sold out or came back, maybe in another process): read it
    // again on next use.
    void forgetMenu();

private:
    // Writer: waiters and managers (the kitchen reads orders but never writes them); Kitchen:
    // kitchen logins and managers.
    enum class Access { Anyone, Staff, Writer, Kitchen, Manager };
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
    HttpResponse approve(const Call& call);
    HttpResponse logout(const Call& call);
    HttpResponse menu(const Call& call);
    HttpResponse tables(const Call& call);
    HttpResponse staff(const Call& call);
    HttpResponse order(const Call& call);
    HttpResponse patchOrder(const Call& call);
    HttpResponse closeOrder(const Call& call);
    HttpResponse bill(const Call& call);
    HttpResponse orderEvents(const Call& call);
    HttpResponse events(const Call& call);
    HttpResponse latestEvent(const Call& call);
    HttpResponse fireOrder(const Call& call);
    HttpResponse fireBanquet(const Call& call);
    HttpResponse kitchenTickets(const Call& call);
    HttpResponse bumpTicket(const Call& call);
    HttpResponse setAvailability(const Call& call);

    // 403 when the caller's role may not use a route of `access`.
    static std::optional<HttpResponse> refuseRole(Access access, Staff::Role role);
    static std::optional<qint64> orderId(const QString& text);
    static HttpResponse noSuchOrder(const Call& call);

    OrderStore& m_store;
    Authenticator& m_auth;
    AuthRoutes m_authRoutes;
    MenuCache m_menu;
    OrderWrites m_writes;
    FireWrites m_fires;
    KitchenRoutes m_kitchen;
    BillRoutes m_bills;
    HistoryRoutes m_history;
    TokenRateLimit m_rateLimit;
    QByteArray m_openApi;
};
