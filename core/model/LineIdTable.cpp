#include "LineIdTable.h"

#include <cstring>

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
    : m_slots(slotsFor(count), 0)
    , m_mask(m_slots.size() - 1)
{}

size_t LineIdTable::hash(QStringView lineId)
{
    // Eight bytes at a time, each multiplied in and folded down. Not keyed: a list holds at most
    // RequestValidator::maxLines lines, so even ids chosen to collide cost a bounded few ms.
    constexpr quint64 factor = 0x9E3779B97F4A7C15ull;
    quint64 h = quint64(lineId.size()) * factor;
    const char* bytes = reinterpret_cast<const char*>(lineId.utf16());
    std::size_t left = std::size_t(lineId.size()) * sizeof(char16_t);
    while (left > 0) {
        quint64 word = 0;
        const std::size_t taken = left < sizeof word ? left : sizeof word;
        std::memcpy(&word, bytes, taken);
        bytes += taken;
        left -= taken;
        h = (h ^ word) * factor;
        h ^= h >> 32;
    }
    return size_t(h ^ (h >> 29));
}

bool LineIdTable::add(const Lines& lines, qsizetype i)
{
    if (size_t(m_filed + 1) * 2 > m_slots.size())
        grow(lines);
    const QString& lineId = lines.at(i).lineId;
    for (size_t slot = hash(lineId) & m_mask;; slot = (slot + 1) & m_mask) {
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

qsizetype LineIdTable::find(const Lines& lines, QStringView lineId) const
{
    for (size_t slot = hash(lineId) & m_mask;; slot = (slot + 1) & m_mask) {
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
