#include "FireWrites.h"

#include "FirePlan.h"
#include "OrderWrites.h"

#include "model/Clock.h"
#include "model/JsonCodec.h"
#include "model/KitchenCodec.h"
#include "model/RequestValidator.h"
#include "store/OrderStore.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// A banquet fire that keeps meeting other writers' versions gives up after this many tries.
constexpr int banquetAttempts = 5;

} // namespace

FireWrites::FireWrites(OrderStore& store, OrderWrites& writes, const Clock& clock)
    : m_store(store)
    , m_writes(writes)
    , m_clock(clock)
{}

Result<QHash<QString, Table>> FireWrites::tablesById()
{
    Result<QList<Table>> tables = m_store.tables();
    if (!tables.ok())
        return tables.error();
    QHash<QString, Table> byId;
    for (const Table& table : tables.value())
        byId.insert(table.id, table);
    return byId;
}

HttpResponse FireWrites::fired(const FireOutcome& outcome, HttpResponse response)
{
    for (const Order& order : outcome.orders)
        response.moved.append(OrderWrites::moved(order));
    for (const Ticket& ticket : outcome.tickets)
        response.ticketsMade.append(
            TicketMessage{ticket.id, ticket.station, ticket.orderId, ticket.kind});
    return response;
}

HttpResponse FireWrites::fireOrder(const HttpRequest& request, qint64 orderId, const Staff& author,
                                   const QHash<QString, MenuEntry>& menu)
{
    Result<std::optional<OrderRecord>> record = m_store.order(orderId);
    if (!record.ok())
        return HttpResponse::storageFailure(record.error());
    if (!record.value())
        return OrderWrites::notFound(orderId);
    const Order& stored = record.value()->order;

    Result<FireRequest> body = RequestValidator::fire(request.body);
    if (!body.ok())
        return HttpResponse::error(400, body.error());
    Result<std::optional<qint64>> expected =
        OrderWrites::expectedVersion(request, body->expectedVersion);
    if (!expected.ok())
        return HttpResponse::error(400, expected.error());
    if (!expected.value())
        return OrderWrites::preconditionRequired();
    const qint64 version = *expected.value();
    if (stored.status == Order::Status::Closed || stored.version != version)
        return m_writes.refusal(stored, version, author);

    Result<QHash<QString, Table>> tables = tablesById();
    if (!tables.ok())
        return HttpResponse::storageFailure(tables.error());
    const QString tableName = tables->value(stored.tableId).name;
    const qint64 now = m_clock.nowMs();
    const OrderFire plan = FirePlan::plan(stored, tableName.isEmpty() ? stored.tableId : tableName,
                                          body->courses, body->lines, menu, now);
    if (plan.tickets.isEmpty()) {
        const FireReply nothing{stored, {}};
        return OrderWrites::withEntityTag(
            HttpResponse::json(200, JsonCodec::encode(KitchenCodec::toJson(nothing))),
            stored.version);
    }
    Result<FireOutcome> outcome = m_store.fire({plan}, author.id, now);
    if (!outcome.ok())
        return HttpResponse::storageFailure(outcome.error());
    if (!outcome->applied) {
        Result<std::optional<OrderRecord>> current = m_store.order(orderId);
        if (!current.ok())
            return HttpResponse::storageFailure(current.error());
        if (!current.value())
            return OrderWrites::notFound(orderId);
        return m_writes.refusal(current.value()->order, version, author);
    }
    const FireReply reply{outcome->orders.first(), outcome->tickets};
    return fired(outcome.value(),
                 OrderWrites::withEntityTag(
                     HttpResponse::json(200, JsonCodec::encode(KitchenCodec::toJson(reply))),
                     reply.order.version));
}

HttpResponse FireWrites::fireBanquet(const HttpRequest& request, const Staff& author,
                                     const QHash<QString, MenuEntry>& menu)
{
    Result<BanquetFireRequest> body = RequestValidator::banquetFire(request.body);
    if (!body.ok())
        return HttpResponse::error(400, body.error());
    const QList<int> course{body->course};
    for (int attempt = 0; attempt < banquetAttempts; ++attempt) {
        // Read afresh on every try: a table's open order changes when its order is closed.
        Result<QHash<QString, Table>> tables = tablesById();
        if (!tables.ok())
            return HttpResponse::storageFailure(tables.error());
        QList<OrderFire> fires;
        const qint64 now = m_clock.nowMs();
        for (const QString& tableId : std::as_const(body->tables)) {
            const auto table = tables->constFind(tableId);
            if (table == tables->cend())
                return HttpResponse::error(404, ErrorCode::NotFound,
                                           u"There is no table %1."_s.arg(tableId));
            Result<std::optional<OrderRecord>> record = m_store.order(table->orderId);
            if (!record.ok())
                return HttpResponse::storageFailure(record.error());
            if (!record.value())
                continue;
            OrderFire plan =
                FirePlan::plan(record.value()->order, table->name, course, std::nullopt, menu, now);
            if (!plan.tickets.isEmpty())
                fires.append(std::move(plan));
        }
        if (fires.isEmpty())
            return HttpResponse::json(200,
                                      JsonCodec::encode(KitchenCodec::toJson(BanquetFireReply{})));
        Result<FireOutcome> outcome = m_store.fire(fires, author.id, now);
        if (!outcome.ok())
            return HttpResponse::storageFailure(outcome.error());
        if (!outcome->applied)
            continue; // a waiter wrote to one of the orders meanwhile: plan again
        BanquetFireReply reply;
        for (const Order& order : std::as_const(outcome->orders))
            reply.orders.append(OrderVersion{order.id, order.version});
        reply.tickets = outcome->tickets;
        return fired(outcome.value(),
                     HttpResponse::json(200, JsonCodec::encode(KitchenCodec::toJson(reply))));
    }
    return HttpResponse::error(503, ErrorCode::ServiceUnavailable,
                               u"The tables kept changing while firing; try again."_s);
}
