#pragma once

#include "model/Event.h"

// One event of order 34 at table 12, `seq` seconds after `start`, as the log would hold it; the
// test fills in what the event is about.
inline Event sampleEvent(qint64 seq, Event::Kind kind, const QString& author, qint64 start)
{
    Event e;
    e.seq = seq;
    e.orderId = 34;
    e.tableId = QStringLiteral("12");
    e.version = seq + 1;
    e.kind = kind;
    e.lineId = QStringLiteral("line-") + QString::number(seq);
    e.author = author;
    e.at = start + seq * 1000;
    if (kind == Event::Kind::Conflict)
        e.expectedVersion = seq - 1;
    return e;
}
