#pragma once

#include <QString>

// How much unsent work one waiter left on this tablet: said to others, never shown to them.
struct WaiterWork
{
    QString staffId; // empty: written before drafts had owners, by nobody it names
    int orders = 0;  // orders with unsent edits or a waiting send
    int changes = 0; // added, removed or changed lines across them

    bool operator==(const WaiterWork& other) const = default;
};
