#pragma once

#include "OrderWrites.h"

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include "model/Staff.h"

#include <QHash>
#include <QSet>

#include <optional>

class Authenticator;
class Clock;
class OrderStore;

// The routes of api-v1.md (all but /stream): finds the route, checks the token, role and
// content type, and answers from the store.
class ApiRoutes
{
public:
    ApiRoutes(OrderStore& store, Authenticator& auth, const Clock& clock);

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
    HttpResponse order(const Call& call);
    HttpResponse patchOrder(const Call& call);
    HttpResponse closeOrder(const Call& call);
    HttpResponse orderEvents(const Call& call);
    HttpResponse events(const Call& call);

    // The menu ids a line may name, read once.
    const QSet<QString>* menuIds();
    static std::optional<qint64> orderId(const QString& text);

    OrderStore& m_store;
    Authenticator& m_auth;
    const Clock& m_clock;
    OrderWrites m_writes;
    std::optional<QSet<QString>> m_menuIds;
    QHash<QString, QByteArray> m_menuByLanguage; // reply bodies, built once per language
    QByteArray m_openApi;
};
