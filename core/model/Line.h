#pragma once

#include <QList>
#include <QString>

// One line of an order. line_id is a UUID chosen by the tablet that first adds the line.
struct Line
{
    QString lineId;
    QString menuItemId;
    int qty = 1;
    int seat = 0;
    QString note;
    QString addedBy;
    qint64 addedAt = 0;

    // What a waiter can change; author and time are the server's bookkeeping.
    bool sameContent(const Line& other) const
    {
        return menuItemId == other.menuItemId && qty == other.qty && seat == other.seat
            && note == other.note;
    }

    bool operator==(const Line& other) const = default;
};

using Lines = QList<Line>;
