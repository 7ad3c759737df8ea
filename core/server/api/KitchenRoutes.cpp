#include "KitchenRoutes.h"

#include "PageQuery.h"

#include "model/Clock.h"
#include "model/JsonCodec.h"
#include "model/KitchenCodec.h"
#include "model/RequestValidator.h"
#include "store/OrderStore.h"

using namespace Qt::Literals::StringLiterals;

KitchenRoutes::KitchenRoutes(OrderStore& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
{}

HttpResponse KitchenRoutes::tickets(const HttpRequest& request)
{
    const QUrlQuery& query = request.query;
    const Result<PageQuery> page = PageQuery::read(query, u"a ticket id"_s);
    if (!page.ok())
        return HttpResponse::error(400, page.error());
    TicketQuery ask;
    ask.since = page->since;
    ask.limit = page->limit;
    if (query.hasQueryItem(u"station"_s)) {
        ask.station = query.queryItemValue(u"station"_s, QUrl::FullyDecoded);
        if (ask.station.isEmpty())
            return HttpResponse::error(
                400, ApiError::invalid(u"station"_s, u"station must name a kitchen station."_s));
    }
    if (query.hasQueryItem(u"open"_s)) {
        const QString open = query.queryItemValue(u"open"_s);
        if (open != "1"_L1 && open != "0"_L1)
            return HttpResponse::error(
                400, ApiError::invalid(u"open"_s, u"open must be 1 (only open tickets) or 0."_s));
        ask.openOnly = open == "1"_L1;
    }
    Result<Tickets> found = m_store.tickets(ask);
    if (!found.ok())
        return HttpResponse::storageFailure(found.error());
    const TicketsPage read{found.value(), found->isEmpty() ? ask.since : found->last().id};
    return HttpResponse::json(200, JsonCodec::encode(KitchenCodec::toJson(read)));
}

HttpResponse KitchenRoutes::bump(const QString& ticketId, const Staff& staff)
{
    const std::optional<qint64> id = PageQuery::wholeNumber(ticketId);
    if (!id || *id < 1)
        return HttpResponse::error(404, ErrorCode::NotFound,
                                   u"There is no ticket "_s + ticketId + u'.');
    Result<std::optional<Ticket>> bumped = m_store.bumpTicket(*id, staff.id, m_clock.nowMs());
    if (!bumped.ok())
        return HttpResponse::storageFailure(bumped.error());
    if (!bumped.value())
        return HttpResponse::error(404, ErrorCode::NotFound,
                                   u"There is no ticket "_s + ticketId + u'.');
    return HttpResponse::json(200, JsonCodec::encode(KitchenCodec::toJson(*bumped.value())));
}

HttpResponse KitchenRoutes::setAvailability(const HttpRequest& request, const QString& itemId,
                                            const MenuEntry* entry, const QString& language)
{
    if (!entry)
        return HttpResponse::error(404, ErrorCode::NotFound,
                                   u"There is no menu item "_s + itemId + u'.');
    Result<AvailabilityRequest> body = RequestValidator::availability(request.body);
    if (!body.ok())
        return HttpResponse::error(400, body.error());
    Result<bool> found = m_store.setAvailable(itemId, body->available);
    if (!found.ok())
        return HttpResponse::storageFailure(found.error());
    if (!found.value())
        return HttpResponse::error(404, ErrorCode::NotFound,
                                   u"There is no menu item "_s + itemId + u'.');
    MenuItem item = entry->item(language);
    item.available = body->available;
    HttpResponse response = HttpResponse::json(200, JsonCodec::encode(JsonCodec::toJson(item)));
    response.menuChanged.append(MenuMessage{itemId, body->available});
    return response;
}
