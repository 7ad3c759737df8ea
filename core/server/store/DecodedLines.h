#pragma once

#include "model/Order.h"

#include <QHash>
#include <QPair>

// Decoding an order's JSON list is most of a read; a version names one list for good (the
// guarded write makes versions unique in every process), as long as no write that made it was
// rolled back (cleared then).
class DecodedLines
{
public:
    // The lines of `orderId` at `version`, when known.
    const Lines* find(qint64 orderId, qint64 version) const;
    void remember(qint64 orderId, qint64 version, const Lines& lines);
    void forget(qint64 orderId) { m_lines.remove(orderId); }
    void clear() { m_lines.clear(); }

private:
    QHash<qint64, QPair<qint64, Lines>> m_lines;
};
