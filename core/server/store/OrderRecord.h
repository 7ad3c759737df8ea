#pragma once

#include "model/Order.h"

// An order with what a write to it is checked against.
struct OrderRecord
{
    Order order;
    int seats = 0;
};
