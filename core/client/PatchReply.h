#pragma once

#include "model/ApiMessages.h"

#include <optional>

// The server's answer to a guarded write: the written order, or a 409 with the current order.
struct PatchReply
{
    Order order;                           // the new order (200)
    std::optional<ConflictReply> conflict; // version_conflict or order_closed (409)

    bool applied() const { return !conflict.has_value(); }
};
