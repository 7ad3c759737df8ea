#pragma once

#include "merge/RebaseDecision.h"
#include "model/Event.h"

#include <QHash>

// A stale send on a large banquet order, made with the core rebase(): most lines untouched,
// a dozen added by each side, a few removed and changed, and four conflicts of every kind the
// dialog asks about. What the conflict dialog shows when it opens on a busy table.
struct BanquetConflict
{
    RebaseDecision decision;
    QList<Event> theirEvents;
    QHash<QString, QString> itemNames;
    QHash<QString, QString> staffNames;

    // currentLines: how many lines the authoritative order has (at least 100).
    static BanquetConflict make(int currentLines);
};
