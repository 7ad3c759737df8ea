#pragma once

#include "model/Order.h"

// The order as this tablet last read it and the waiter's working list on top of it.
struct OrderDraft
{
    Order base;
    Lines draft;

    bool operator==(const OrderDraft& other) const = default;
};
