#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

class ApiRoutes;
class OrderStore;

// The two write designs TableSync exists to replace, for the benchmark only (built with
// TABLESYNC_BENCH_DESIGNS, never shipped). Both sit in front of the real routes and change only
// what a PATCH of an order asks for:
// - lastWriteWins: the server ignores the writer's version and stores the list as sent, as a
//   plain UPDATE ... WHERE id = ? does; lines others added meanwhile vanish.
// - pessimistic: the server reads the order and adds the writer's new lines to it under the
//   one write lock (what BEGIN IMMEDIATE / SELECT ... FOR UPDATE buy); never a 409, never a loss.
// - guarded: the request passes unchanged.
class WriteDesignRouter
{
public:
    enum class Design { Guarded, LastWriteWins, Pessimistic };

    WriteDesignRouter(Design design, ApiRoutes& routes, OrderStore& store);

    HttpResponse handle(const HttpRequest& request);

private:
    HttpRequest rewritten(const HttpRequest& request, qint64 orderId);

    Design m_design;
    ApiRoutes& m_routes;
    OrderStore& m_store;
};
