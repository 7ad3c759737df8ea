#pragma once

#include "Line.h"

#include <QHashFunctions>
#include <QStringView>

#include <vector>

// Positions of lines in a list, filed by line_id in one open-addressed array: one allocation
// per list and no copy of an id, where a QHash<QString, ...> copied each id (an atomic
// reference count) into spans it allocated as it grew, and a write looks up each of its lines
// several times. The ids are read from the list the positions point into, which the caller
// passes to every call.
class LineIdTable
{
public:
    // Room for `count` lines without growing.
    explicit LineIdTable(qsizetype count);

    // Qt's seeded string hash: ids a client chose to collide cannot make lookups quadratic.
    size_t hash(QStringView lineId) const { return qHash(lineId, m_seed); }

    // Files lines[i] under its id; false (and nothing filed) when an earlier filed line has it.
    bool add(const Lines& lines, qsizetype i) { return add(lines, i, hash(lines.at(i).lineId)); }
    // The same with the id's hash() at hand.
    bool add(const Lines& lines, qsizetype i, size_t idHash);
    // The position of the line filed under this id, or -1.
    qsizetype find(const Lines& lines, QStringView lineId) const
    {
        return find(lines, lineId, hash(lineId));
    }
    qsizetype find(const Lines& lines, QStringView lineId, size_t idHash) const;

private:
    void grow(const Lines& lines);

    size_t m_seed;
    std::vector<qint32> m_slots; // a position + 1; 0 when empty
    size_t m_mask = 0;
    qsizetype m_filed = 0;
};
