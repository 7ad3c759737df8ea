#include "DecodedLines.h"

const DecodedLines::Known* DecodedLines::find(qint64 orderId, qint64 version) const
{
    const auto found = m_lines.constFind(orderId);
    return found != m_lines.cend() && found->version == version ? &*found : nullptr;
}

void DecodedLines::remember(qint64 orderId, qint64 version, const Lines& lines,
                            const QByteArray& json)
{
    // Bounded: a venue has a few hundred open orders; closed ones drop out here.
    if (m_lines.size() >= 4096 && !m_lines.contains(orderId))
        m_lines.clear();
    m_lines.insert(orderId, Known{version, lines, json});
}
