#pragma once

#include <QString>

// A table and a summary of its open order, as the table grid shows it.
struct Table
{
    QString id;
    QString name;
    int seats = 0;
    qint64 orderId = 0;
    qint64 version = 0;
    int itemCount = 0;
    qint64 updatedAt = 0;

    bool operator==(const Table& other) const = default;
};
