#pragma once

#include "model/Line.h"

#include <optional>

// One line that differs between two lists of the same order.
struct LineChange
{
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Added;
    std::optional<Line> before; // absent for Added
    std::optional<Line> after;  // absent for Removed

    QString lineId() const { return after ? after->lineId : before->lineId; }
    bool operator==(const LineChange& other) const = default;
};

using LineChanges = QList<LineChange>;
