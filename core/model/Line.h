#pragma once

#include <QList>
#include <QString>

// One line of an order. line_id is a UUID chosen by the tablet that first adds the line.
struct Line
{
    enum class State { New, Fired };

    static constexpr int firstCourse = 1;
    static constexpr int lastCourse = 9;

    QString lineId;
    QString menuItemId;
    int qty = 1;
    int seat = 0;
    QString note;
    QString addedBy;
    qint64 addedAt = 0;
    // After the fields older code initialises by position.
    int course = firstCourse;
    // The menu price when the line was first added; the server's, ignored on input.
    int priceCents = 0;
    State state = State::New;
    // 0 until the line is fired.
    qint64 firedAt = 0;

    // What a waiter can change; author, time, price and kitchen state are the server's.
    bool sameContent(const Line& other) const
    {
        return menuItemId == other.menuItemId && qty == other.qty && seat == other.seat &&
               note == other.note && course == other.course;
    }

    bool fired() const { return state == State::Fired; }

    bool operator==(const Line& other) const = default;
};

using Lines = QList<Line>;

// The line with this id in `lines`, or null; valid while `lines` is not changed.
inline const Line* findLine(const Lines& lines, const QString& lineId)
{
    for (const Line& line : lines) {
        if (line.lineId == lineId)
            return &line;
    }
    return nullptr;
}
