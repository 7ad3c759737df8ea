#pragma once

#include <QString>

struct MenuItem
{
    QString id;
    QString name;
    QString category;
    int priceCents = 0;

    bool operator==(const MenuItem& other) const = default;
};
