#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

class OrderStore;

// The append-only log as api-v1.md's History section serves it: one order's events, the
// manager's feed after a sequence number, and the newest sequence number.
class HistoryRoutes
{
public:
    explicit HistoryRoutes(OrderStore& store);

    // GET /orders/{id}/events: every event of the order, oldest first; 404 for no such order.
    HttpResponse orderEvents(qint64 orderId);
    // GET /events?since=&limit=
    HttpResponse events(const HttpRequest& request);
    // GET /events/latest
    HttpResponse latest();

private:
    OrderStore& m_store;
};
