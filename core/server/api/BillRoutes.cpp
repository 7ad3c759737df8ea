#include "BillRoutes.h"

#include "OrderWrites.h"

#include "model/JsonCodec.h"
#include "model/VoidCodec.h"
#include "store/OrderStore.h"
#include "store/VenueCurrency.h"

#include <map>

using namespace Qt::Literals::StringLiterals;

BillRoutes::BillRoutes(OrderStore& store)
    : m_store(store)
{}

BillReply BillRoutes::billOf(const Order& order, const QHash<QString, MenuEntry>& menu,
                             const QString& currency)
{
    BillReply bill;
    bill.orderId = order.id;
    bill.tableId = order.tableId;
    bill.version = order.version;
    bill.currency = currency;
    std::map<int, qint64> bySeat; // ascending, seat 0 (shared) first
    for (const Line& line : order.items) {
        const qint64 total = qint64(line.priceCents) * line.qty;
        const MenuEntry entry = menu.value(line.menuItemId);
        bill.lines.append(BillLine{line.lineId, entry.names.value(u"en"_s, line.menuItemId),
                                   line.qty, line.seat, line.priceCents, total});
        bySeat[line.seat] += total;
        bill.totalCents += total;
    }
    for (const auto& [seat, total] : bySeat)
        bill.seats.append(SeatTotal{seat, total});
    return bill;
}

HttpResponse BillRoutes::bill(qint64 orderId, const QHash<QString, MenuEntry>& menu)
{
    Result<std::optional<OrderRecord>> record = m_store.order(orderId);
    if (!record.ok())
        return HttpResponse::storageFailure(record.error());
    if (!record.value())
        return OrderWrites::notFound(orderId);
    Result<QString> currency = VenueCurrency::of(m_store);
    if (!currency.ok())
        return HttpResponse::storageFailure(currency.error());
    const BillReply bill = billOf(record.value()->order, menu, currency.value());
    return OrderWrites::withEntityTag(
        HttpResponse::json(200, JsonCodec::encode(VoidCodec::toJson(bill))), bill.version);
}
