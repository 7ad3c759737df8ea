#pragma once

#include "Line.h"

struct Order
{
    enum class Status { Open, Closed };

    qint64 id = 0;
    QString tableId;
    Status status = Status::Open;
    qint64 version = 0;
    qint64 updatedAt = 0;
    Lines items;

    const Line* findLine(const QString& lineId) const { return ::findLine(items, lineId); }

    bool operator==(const Order& other) const = default;
};
