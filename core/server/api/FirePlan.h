#pragma once

#include "store/MenuEntry.h"
#include "store/OrderFire.h"

#include <QHash>

#include <optional>

// What firing an order would do, as a pure function: which new lines go (those in `courses`,
// and in `lineIds` when given), the order's lines afterwards, and one ticket per course and
// kitchen station listing its lines in the order's line order. Nothing to fire: no tickets.
class FirePlan
{
public:
    static OrderFire plan(const Order& order, const QString& tableName,
                          const std::optional<QList<int>>& courses,
                          const std::optional<QStringList>& lineIds,
                          const QHash<QString, MenuEntry>& menu, qint64 now);
};
