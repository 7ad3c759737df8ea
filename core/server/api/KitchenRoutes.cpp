#include "KitchenRoutes.h"

#include "OrderWrites.h"

#include "model/Clock.h"
#include "model/JsonCodec.h"
#include "model/KitchenCodec.h"
#include "model/RequestValidator.h"
#include "store/OrderStore.h"

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<qint64> wholeNumber(const QString& text)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < 0 || QString::number(number) != text)
        return std::nullopt;
    return number;
}

} // namespace

KitchenRoutes::KitchenRoutes(OrderStore& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
{}

HttpResponse KitchenRoutes::tickets(const HttpRequest& request)
{
    const QUrlQuery& query = request.query;
    TicketQuery ask;
    if (query.hasQueryItem(u"since"_s)) {
        const std::optional<qint64> since = wholeNumber(query.queryItemValue(u"since"_s));
        if (!since)
            return HttpResponse::error(
                400, ApiError::invalid(u"since"_s, u"since must be a ticket id, 0 or more."_s));
        ask.since = *since;
    }
    ask.limit = defaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        const std::optional<qint64> limit = wholeNumber(query.queryItemValue(u"limit"_s));
        if (!limit || *limit < 1 || *limit > maxLimit)
            return HttpResponse::error(
                400,
                ApiError::invalid(u"limit"_s,
                                  u"limit must be a whole number from 1 to %1."_s.arg(maxLimit)));
        ask.limit = int(*limit);
    }
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
        return OrderWrites::storageFailure(found.error());
    const TicketsPage page{found.value(), found->isEmpty() ? ask.since : found->last().id};
    return HttpResponse::json(200, JsonCodec::encode(KitchenCodec::toJson(page)));
}

HttpResponse KitchenRoutes::bump(const QString& ticketId, const Staff& staff)
{
    const std::optional<qint64> id = wholeNumber(ticketId);
    if (!id || *id < 1)
        return HttpResponse::error(404, ErrorCode::NotFound,
                                   u"There is no ticket "_s + ticketId + u'.');
    Result<std::optional<Ticket>> bumped = m_store.bumpTicket(*id, staff.id, m_clock.nowMs());
    if (!bumped.ok())
        return OrderWrites::storageFailure(bumped.error());
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
        return OrderWrites::storageFailure(found.error());
    if (!found.value())
        return HttpResponse::error(404, ErrorCode::NotFound,
                                   u"There is no menu item "_s + itemId + u'.');
    const MenuItem item{entry->id,
                        entry->names.value(language, entry->names.value(u"en"_s)),
                        entry->categories.value(language, entry->categories.value(u"en"_s)),
                        entry->priceCents,
                        entry->station,
                        body->available};
    HttpResponse response = HttpResponse::json(200, JsonCodec::encode(JsonCodec::toJson(item)));
    response.menuChanged.append(MenuMessage{itemId, body->available});
    return response;
}
