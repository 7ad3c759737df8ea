#pragma once

#include "Line.h"
#include "LineIdTable.h"

// A list's lines by line_id: checks that look up each line of a write in the stored order (and
// back) stay linear in the order's length instead of comparing every pair of lines.
class LineIndex
{
public:
    explicit LineIndex(const Lines& lines)
        : m_lines(lines)
        , m_ids(lines.size())
    {
        // Where an id repeats, the first line wins, as with findLine().
        for (qsizetype i = 0; i < lines.size(); ++i)
            (void)m_ids.add(lines, i);
    }

    // The line with this id, or null; valid while the indexed list is neither changed nor gone.
    const Line* find(const QString& lineId) const
    {
        const qsizetype at = m_ids.find(m_lines, lineId);
        return at < 0 ? nullptr : &m_lines.at(at);
    }

private:
    const Lines& m_lines;
    LineIdTable m_ids;
};
