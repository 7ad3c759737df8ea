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
    int course = 1;
    enum class State { New, Fired };
    State state = State::New;
    qint64 firedAt = 0;
    int priceCents = 0;

    bool isFired() const { return state == State::Fired; }

    // What a waiter can change; author, time, price and kitchen state are the server's.
    bool sameContent(const Line& other) const
    {
        return menuItemId == other.menuItemId && qty == other.qty && seat == other.seat &&
               note == other.note && course == other.course;
    }

    bool operator==(const Line& other) const = default;
};

using Lines = QList<Line>;
