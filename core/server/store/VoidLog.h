#pragma once

#include "OrderVoid.h"

#include "model/Result.h"

// Voids: the guarded write that takes fired lines off an order with their void events and
// tickets and uses up the approvals (StaffStore issues them) in one transaction.
class VoidLog
{
public:
    virtual ~VoidLog() = default;

    // Applies the write only if the order is open at the expected version and every approval
    // can still be used; the approvals are used up in the same transaction.
    virtual Result<VoidOutcome> writeVoids(const OrderVoid& write, const QString& author,
                                           qint64 now) = 0;
};
