#pragma once

#include "model/Line.h"

#include <optional>

// Which courses of an order go to the kitchen when: Send fires every course up to the one the
// kitchen is on (the highest fired, 1 before anything is fired); later courses wait until the
// waiter fires them. Lines that are only in a draft are not the order's and count for nothing.
class CoursePlan
{
public:
    explicit CoursePlan(const Lines& order);

    // The course the kitchen is on: the highest course with a fired line, or 1.
    int current() const { return m_current; }
    // The courses Send fires (those up to current() that still have lines not fired), ascending.
    QList<int> sendCourses() const;
    // The lowest course with lines not fired yet: what "Fire course N" fires. None when nothing
    // waits.
    std::optional<int> waiting() const;
    // Lines of `course` not fired yet.
    int waitingLines(int course) const;

private:
    Lines m_lines;
    int m_current = 1;
};
