#pragma once

#include "model/ApiMessages.h"

// One PATCH of a draft, and whose it is: its answer lands in the author's draft and outbox
// entry, whoever is signed in by then.
struct OrderWrite
{
    enum class Kind { Send, Confirm, Replay };

    Order base;
    Lines items;
    Kind kind = Kind::Send;
    QString author;
    QList<VoidEntry> voids{};
    bool retried = false; // a void write tried once more on a version that moved
};
