#pragma once

#include "model/Line.h"

// A fired line this tablet took off an order: what it was, why, and who approved it.
struct VoidedLine
{
    Line line;
    QString reason;
    QString note;
    QString approvedBy;
    bool operator==(const VoidedLine&) const = default;
};
