#pragma once

#include <QList>
#include <QString>

class QPrinter;

// Text laid out down a printer's page, a new page whenever one is full: the kitchen's tickets
// and the guest's bill are both printed this way.
class PrintedPage
{
public:
    // One run of text, in its own type.
    struct Block
    {
        QString text;
        int points = 12;
        bool bold = false;
        bool italic = false;
        bool inverted = false; // white on black: REPRINT and VOID, seen across the kitchen
        int indent = 0;        // in points
        QString right{};       // set flush right on the block's first row (a bill's amounts)
    };

    // False when the printer would not start or finish the job.
    static bool print(QPrinter& printer, const QList<Block>& blocks);
};
