#include "VoidWrites.h"

#include "OrderWrites.h"

#include "auth/Authenticator.h"
#include "model/OrderJsonWriter.h"
#include "store/OrderStore.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

VoidWrites::VoidWrites(OrderStore& store, OrderWrites& writes)
    : m_store(store)
    , m_writes(writes)
{}

std::optional<HttpResponse> VoidWrites::invalidEntry(const QList<VoidEntry>& voids,
                                                     const Lines& wanted, const Order& stored)
{
    for (qsizetype i = 0; i < voids.size(); ++i) {
        const QString lineId = voids.at(i).lineId;
        const Line* held = stored.findLine(lineId);
        const bool kept = findLine(wanted, lineId) != nullptr;
        if (held && held->fired() && !kept)
            continue;
        const QString field = u"voids[%1].line_id"_s.arg(i);
        return HttpResponse::error(
            400, ApiError::invalid(field, field + (held && held->fired()
                                                       ? u" names a line this write keeps."_s
                                                       : u" names no fired line of the order."_s)));
    }
    return std::nullopt;
}

HttpResponse VoidWrites::approvalRequired(const QString& message)
{
    return HttpResponse::error(403, ErrorCode::ApprovalRequired, message);
}

Tickets VoidWrites::tickets(const Order& stored, const QString& tableName,
                            const QHash<QString, VoidEntry>& voids,
                            const QHash<QString, QString>& approvedBy,
                            const QHash<QString, MenuEntry>& menu)
{
    Tickets made;
    for (const Line& line : stored.items) {
        const auto entry = voids.constFind(line.lineId);
        if (entry == voids.cend())
            continue;
        const MenuEntry item = menu.value(line.menuItemId);
        Ticket fresh;
        fresh.orderId = stored.id;
        fresh.tableId = stored.tableId;
        fresh.tableName = tableName;
        fresh.kind = Ticket::Kind::Void;
        fresh.station = item.station;
        fresh.course = line.course;
        ticketFor(made, fresh)
            .lines.append(TicketLine{
                line.lineId, line.menuItemId, item.names.value(u"en"_s, line.menuItemId), line.qty,
                line.seat, line.note, entry->reason, approvedBy.value(line.lineId)});
    }
    std::stable_sort(made.begin(), made.end(),
                     [](const Ticket& a, const Ticket& b) { return a.course < b.course; });
    return made;
}

HttpResponse VoidWrites::write(const Order& stored, qint64 version, const Lines& lines,
                               const QList<Event>& events, const QList<VoidEntry>& voids,
                               const Staff& author, const QHash<QString, MenuEntry>& menu,
                               qint64 now)
{
    OrderVoid plan;
    plan.orderId = stored.id;
    plan.expectedVersion = version;
    plan.items = lines;
    QHash<QString, VoidEntry> byLine;
    QHash<QString, QString> approvedBy;
    QHash<QByteArray, QString> owners; // one approval may cover every void of its write
    for (const VoidEntry& entry : voids) {
        byLine.insert(entry.lineId, entry);
        if (!entry.approval) {
            if (author.role != Staff::Role::Manager)
                return approvalRequired(u"A void needs a manager's approval: ask a manager for "
                                        "their PIN (POST /api/v1/approvals)."_s);
            approvedBy.insert(entry.lineId, author.id);
            continue;
        }
        const QByteArray hash = Authenticator::tokenHash(entry.approval->toUtf8());
        if (!owners.contains(hash)) {
            Result<std::optional<QString>> owner = m_store.approvalOwner(hash, now);
            if (!owner.ok())
                return HttpResponse::storageFailure(owner.error());
            if (!owner.value())
                return approvalRequired(
                    u"This approval is used, expired or unknown; ask a manager again."_s);
            owners.insert(hash, *owner.value());
            plan.approvals.append(OrderVoid::Approval{hash, *owner.value()});
        }
        approvedBy.insert(entry.lineId, owners.value(hash));
    }

    for (const Event& event : events) {
        const auto entry = byLine.constFind(event.lineId);
        if (event.kind != Event::Kind::Remove || entry == byLine.cend()) {
            plan.events.append(event);
            continue;
        }
        Event voided = event;
        voided.kind = Event::Kind::Void;
        voided.note = entry->note;
        voided.reason = entry->reason;
        voided.approvedBy = approvedBy.value(event.lineId);
        plan.events.append(std::move(voided));
    }

    Result<QList<Table>> tables = m_store.tables();
    if (!tables.ok())
        return HttpResponse::storageFailure(tables.error());
    QString tableName = stored.tableId;
    for (const Table& table : tables.value()) {
        if (table.id == stored.tableId)
            tableName = table.name;
    }
    plan.tickets = tickets(stored, tableName, byLine, approvedBy, menu);

    Result<VoidOutcome> outcome = m_store.writeVoids(plan, author.id, now);
    if (!outcome.ok())
        return HttpResponse::storageFailure(outcome.error());
    if (outcome->approvalRefused)
        return approvalRequired(
            u"This approval was used or expired meanwhile; ask a manager again."_s);
    if (!outcome->applied)
        return m_writes.refusal(outcome->order, version, author);
    HttpResponse written = OrderWrites::withEntityTag(
        HttpResponse::json(200, OrderJsonWriter::order(outcome->order)), outcome->order.version);
    written.moved = {OrderWrites::moved(outcome->order)};
    for (const Ticket& ticket : std::as_const(outcome->tickets))
        written.ticketsMade.append(
            TicketMessage{ticket.id, ticket.station, ticket.orderId, ticket.kind});
    return written;
}
