#pragma once

#include "model/Order.h"

#include <QByteArray>
#include <QHash>

// Decoding an order's JSON list is most of a read; a version names one list for good (the
// guarded write makes versions unique in every process), as long as no write that made it was
// rolled back (cleared then).
class DecodedLines
{
public:
    struct Known
    {
        qint64 version = 0;
        Lines lines;
        // The list as OrderJsonWriter::lines() wrote it for the row, when this process wrote
        // it: a reply can send these bytes instead of encoding the list again.
        QByteArray json;
    };

    // The lines of `orderId` at `version`, when known.
    const Known* find(qint64 orderId, qint64 version) const;
    void remember(qint64 orderId, qint64 version, const Lines& lines, const QByteArray& json = {});
    void forget(qint64 orderId) { m_lines.remove(orderId); }
    void clear() { m_lines.clear(); }

private:
    QHash<qint64, Known> m_lines;
};
