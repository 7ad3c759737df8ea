#pragma once

#include "http/HttpResponse.h"

#include "model/ApiMessages.h"
#include "model/Staff.h"
#include "store/MenuEntry.h"

#include <QHash>

#include <optional>

class OrderStore;
class OrderWrites;

// The void part of a PATCH (api-v1.md "Voids"): each `voids` entry names a fired line the
// write removes; a waiter's needs a manager's unused approval, a manager's may omit it. The
// lines, every event (one `void` per voided line), the void tickets to each line's station
// and the approvals' single use are one store transaction.
class VoidWrites
{
public:
    VoidWrites(OrderStore& store, OrderWrites& writes);

    // 400 naming voids[i].line_id for an entry whose line is not fired on the stored order or
    // that the write keeps.
    static std::optional<HttpResponse> invalidEntry(const QList<VoidEntry>& voids,
                                                    const Lines& wanted, const Order& stored);

    // Writes `lines` (the order afterwards) at `version`, with the write's `events`, whose
    // removals of voided lines become void events. 403 approval_required when an approval is
    // missing, used, expired or forged: nothing is written and no approval is used up.
    HttpResponse write(const Order& stored, qint64 version, const Lines& lines,
                       const QList<Event>& events, const QList<VoidEntry>& voids,
                       const Staff& author, const QHash<QString, MenuEntry>& menu, qint64 now);

private:
    static HttpResponse approvalRequired(const QString& message);
    // The void tickets: one per kitchen station and course, lines in the order's line order.
    static Tickets tickets(const Order& stored, const QString& tableName,
                           const QHash<QString, VoidEntry>& voids,
                           const QHash<QString, QString>& approvedBy,
                           const QHash<QString, MenuEntry>& menu);

    OrderStore& m_store;
    OrderWrites& m_writes;
};
