#pragma once

#include <QColor>

class QApplication;
class QAbstractScrollArea;
class QTableView;

// The look for fingers at arm's length: one place for sizes, fonts and the meaning of colours.
// Colour is never the only signal; every coloured row also carries a mark or a word.
class TouchStyle
{
public:
    static constexpr int minTarget = 48; // px, the smallest thing a finger must hit
    static constexpr int bodyPointSize = 15;

    static void apply(QApplication& app);
    // Kinetic scrolling by finger (and by mouse drag on desktops) for lists and tables.
    static void enableKineticScrolling(QAbstractScrollArea* area);
    // A table read, not edited: whole rows picked one at a time, finger-high, kinetic.
    static void setUpReadOnlyRows(QTableView* table);

    static QColor addedBackground() { return QColor(0xdc, 0xf3, 0xe2); }
    static QColor addedForeground() { return QColor(0x14, 0x5a, 0x2c); }
    static QColor removedBackground() { return QColor(0xfb, 0xe1, 0xe0); }
    static QColor removedForeground() { return QColor(0x9b, 0x1c, 0x1c); }
    static QColor changedBackground() { return QColor(0xfd, 0xf0, 0xc8); }
    static QColor theirsBackground() { return QColor(0xe1, 0xec, 0xfa); }
    static QColor conflictBackground() { return QColor(0xff, 0xe0, 0xb2); }
    static QColor accent() { return QColor(0x1d, 0x4e, 0x89); }
};
