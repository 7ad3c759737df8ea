#pragma once

#include <QRect>

// Where each of N demo windows goes on a screen: side by side, two per row beyond two. Where
// the screen is too small for that, the windows overlap in a cascade so each keeps a usable size
// and a visible title; a click brings one to the front.
class SideBySideWindows
{
public:
    static QRect geometry(int index, int count, const QRect& screen);
};
