#pragma once

#include "model/Line.h"

// One line of lentil soup with every field set, as a tablet would have sent it, with `note`
// and `state` (a fired line has its fired_at).
inline Line sampleLine(const QString& note, Line::State state = Line::State::New)
{
    Line line;
    line.lineId = QStringLiteral("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b");
    line.menuItemId = QStringLiteral("soup-lentil");
    line.qty = 3;
    line.seat = 2;
    line.note = note;
    line.addedBy = QStringLiteral("ayşe");
    line.addedAt = 1'780'000'000'123;
    line.course = 2;
    line.priceCents = 1450;
    line.state = state;
    line.firedAt = state == Line::State::Fired ? 1'780'000'000'999 : 0;
    return line;
}
