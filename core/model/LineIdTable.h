#pragma once

#include "Line.h"

#include <QStringView>

#include <vector>

// Positions of lines in a list, filed by line_id in one open-addressed array: no copy of an id
// and one allocation per list, where a QHash<QString, ...> allocated and reference-counted per
// line, and a write looks up each of its lines several times. The ids themselves are read from
// the list the positions point into, which the caller passes to every call.
class LineIdTable
{
public:
    // Room for `count` lines without growing.
    explicit LineIdTable(qsizetype count);

    // Files lines[i] under its id; false (and nothing filed) when an earlier filed line has it.
    bool add(const Lines& lines, qsizetype i);
    // The position of the line filed under this id, or -1.
    qsizetype find(const Lines& lines, QStringView lineId) const;

private:
    static size_t hash(QStringView lineId);
    void grow(const Lines& lines);

    std::vector<qint32> m_slots; // a position + 1; 0 when empty
    size_t m_mask = 0;
    qsizetype m_filed = 0;
};
