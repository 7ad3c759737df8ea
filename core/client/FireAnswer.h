#pragma once

#include "model/ApiMessages.h"

#include <optional>

// A fire's answer on the tablet: the fired order and its new tickets, or a 409 with the current
// order (a replayed fire meets one: nothing is fired twice). Not named FireOutcome: the server's
// store has one, a program may link both, and one name for two types breaks the ODR.
struct FireAnswer
{
    FireReply fired;                       // 200; no tickets when nothing matched
    std::optional<ConflictReply> conflict; // version_conflict or order_closed (409)

    bool applied() const { return !conflict.has_value(); }
};
