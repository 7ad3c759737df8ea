#include "LineIdTable.h"

namespace {

size_t slotsFor(qsizetype count)
{
    // At most half full: probes stay short.
    size_t room = 16;
    while (room < size_t(count) * 2)
        room *= 2;
    return room;
}

} // namespace

LineIdTable::LineIdTable(qsizetype count)
    : m_seed(QHashSeed::globalSeed())
    , m_slots(slotsFor(count), 0)
    , m_mask(m_slots.size() - 1)
{}

bool LineIdTable::add(const Lines& lines, qsizetype i, size_t idHash)
{
    if (size_t(m_filed + 1) * 2 > m_slots.size())
        grow(lines);
    const QString& lineId = lines.at(i).lineId;
    for (size_t slot = idHash & m_mask;; slot = (slot + 1) & m_mask) {
        const qint32 filed = m_slots[slot];
        if (filed == 0) {
            m_slots[slot] = qint32(i + 1);
            ++m_filed;
            return true;
        }
        if (lines.at(filed - 1).lineId == lineId)
            return false;
    }
}

qsizetype LineIdTable::find(const Lines& lines, QStringView lineId, size_t idHash) const
{
    for (size_t slot = idHash & m_mask;; slot = (slot + 1) & m_mask) {
        const qint32 filed = m_slots[slot];
        if (filed == 0)
            return -1;
        if (lines.at(filed - 1).lineId == lineId)
            return filed - 1;
    }
}

void LineIdTable::grow(const Lines& lines)
{
    std::vector<qint32> old(m_slots.size() * 2, 0);
    old.swap(m_slots);
    m_mask = m_slots.size() - 1;
    for (const qint32 filed : old) {
        if (filed == 0)
            continue;
        size_t slot = hash(lines.at(filed - 1).lineId) & m_mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = filed;
    }
}
