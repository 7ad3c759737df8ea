#include "HistoryRoutes.h"

#include "OrderWrites.h"
#include "PageQuery.h"

#include "model/JsonCodec.h"
#include "store/OrderStore.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

HistoryRoutes::HistoryRoutes(OrderStore& store)
    : m_store(store)
{}

HttpResponse HistoryRoutes::orderEvents(qint64 orderId)
{
    Result<std::optional<OrderRecord>> record = m_store.order(orderId);
    if (!record.ok())
        return HttpResponse::storageFailure(record.error());
    if (!record.value())
        return OrderWrites::notFound(orderId);
    Result<QList<Event>> events = m_store.orderEvents(orderId, 0, std::numeric_limits<int>::max());
    if (!events.ok())
        return HttpResponse::storageFailure(events.error());
    return HttpResponse::json(
        200, JsonCodec::encode(QJsonObject{{u"events"_s, JsonCodec::toJson(events.value())}}));
}

HttpResponse HistoryRoutes::events(const HttpRequest& request)
{
    const Result<PageQuery> page = PageQuery::read(request.query, u"a sequence number"_s);
    if (!page.ok())
        return HttpResponse::error(400, page.error());
    const qint64 since = page->since;
    Result<QList<Event>> events = m_store.events(since, page->limit);
    if (!events.ok())
        return HttpResponse::storageFailure(events.error());
    const EventsPage read{events.value(), events->isEmpty() ? since : events->last().seq};
    return HttpResponse::json(200, JsonCodec::encode(JsonCodec::toJson(read)));
}

HttpResponse HistoryRoutes::latest()
{
    Result<qint64> seq = m_store.latestSeq();
    if (!seq.ok())
        return HttpResponse::storageFailure(seq.error());
    return HttpResponse::json(200, JsonCodec::encode(QJsonObject{{u"seq"_s, seq.value()}}));
}
