#include "CoursePlan.h"

#include <algorithm>

CoursePlan::CoursePlan(const Lines& order)
    : m_lines(order)
{
    for (const Line& line : order) {
        if (line.fired())
            m_current = std::max(m_current, line.course);
    }
}

QList<int> CoursePlan::sendCourses() const
{
    QList<int> courses;
    for (int course = 1; course <= m_current; ++course) {
        if (waitingLines(course) > 0)
            courses.append(course);
    }
    return courses;
}

std::optional<int> CoursePlan::waiting() const
{
    std::optional<int> lowest;
    for (const Line& line : m_lines) {
        if (!line.fired() && (!lowest || line.course < *lowest))
            lowest = line.course;
    }
    return lowest;
}

int CoursePlan::waitingLines(int course) const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [course](const Line& line) {
        return !line.fired() && line.course == course;
    }));
}
