#pragma once

#include <QString>

struct MenuItem
{
    QString id;
    QString name;
    QString category;
    int priceCents = 0;
    // The kitchen station that prepares it (hot, cold, bar, pastry, ...).
    QString station{};
    // False while the item is sold out: no write may add a line of it.
    bool available = true;

    bool operator==(const MenuItem& other) const = default;
};
