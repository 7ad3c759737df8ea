#pragma once

#include "model/Result.h"

class OrderStore;

// The demo venue of `--seed-demo`: 60 tables of 20 seats, the banquet menu of
// resources/demo/menu.json, four waiters and a manager.
class DemoVenue
{
public:
    static constexpr int tableCount = 60;
    static constexpr int seatsPerTable = 20;

    // Fills an empty store; leaves a store that already holds a venue as it is.
    static Result<void> seed(OrderStore& store, qint64 now);
};
