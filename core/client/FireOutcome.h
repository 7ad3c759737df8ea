#pragma once

#include "model/ApiMessages.h"

#include <optional>

// The server's answer to a fire: the fired order and its new tickets, or a 409 with the
// current order (a replayed fire meets one: nothing is fired twice).
struct FireOutcome
{
    FireReply fired;                       // 200; no tickets when nothing matched
    std::optional<ConflictReply> conflict; // version_conflict or order_closed (409)

    bool applied() const { return !conflict.has_value(); }
};
