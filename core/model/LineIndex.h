#pragma once

#include "Line.h"

#include <QHash>

// A list's lines by line_id: checks that look up each line of a write in the stored order (and
// back) stay linear in the order's length instead of comparing every pair of lines.
class LineIndex
{
public:
    explicit LineIndex(const Lines& lines)
    {
        m_byId.reserve(lines.size());
        // Back to front: where an id repeats, the first line wins, as with findLine().
        for (auto line = lines.crbegin(); line != lines.crend(); ++line)
            m_byId.insert(line->lineId, &*line);
    }

    // The line with this id, or null; valid while the indexed list is neither changed nor gone.
    const Line* find(const QString& lineId) const { return m_byId.value(lineId); }

private:
    QHash<QString, const Line*> m_byId;
};
