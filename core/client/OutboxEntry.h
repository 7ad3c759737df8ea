#pragma once

#include "model/ApiMessages.h"

// A send that could not reach the server: the base it was made on and the full list to write.
struct OutboxEntry
{
    qint64 id = 0; // position in the queue
    qint64 orderId = 0;
    Order base;
    Lines draft;
    QString staffId;
    qint64 queuedAt = 0;
    // The fired lines the send takes off, each with its reason and approval.
    QList<VoidEntry> voids{};

    bool operator==(const OutboxEntry& other) const = default;
};
