#pragma once

#include "model/Order.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

// What every simulated waiter shares during one run: where each table's open order is, the
// menu, every line the server acknowledged, and the counters the report is made of.
struct BanquetLedger
{
    QStringList tableIds;
    QHash<QString, qint64> openOrders; // table id -> its open order, as last learned
    QStringList menuIds;
    int linesPerOrder = 100; // an order this long is closed and the table starts a new one
    // Tablets on the live stream refresh an order as soon as it changes; modelled as every
    // waiter seeing the newest order any reply has shown (without the GETs it would cost).
    bool liveUpdates = false;
    QHash<qint64, Order> latest;

    QHash<qint64, QSet<QString>> acknowledged; // order id -> line ids a 200 reply confirmed
    struct TimedAdd
    {
        qint64 latencyNs = 0; // retries included
        int requests = 0;     // the PATCHes it took and the reads between them
    };
    std::vector<TimedAdd> timedAdds; // one per acknowledged add inside the window
    bool counting = false;           // inside the measured window
    qint64 adds = 0;                 // acknowledged adds inside the window
    qint64 conflicts = 0;            // 409 version_conflict inside the window
    qint64 writtenLines = 0;         // summed list sizes of those adds
    qint64 closes = 0;
    qint64 failures = 0;         // adds given up: no answer, 5xx, an unexpected status
    qint64 unsettledRebases = 0; // a rebase that asked the waiter (adds alone never should)
    QString lastFailure;
};
