#include "PrintedPage.h"

#include <QFont>
#include <QPainter>
#include <QPrinter>

bool PrintedPage::print(QPrinter& printer, const QList<Block>& blocks)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    const qreal pointToDevice = printer.resolution() / 72.0;
    qreal y = 0;
    for (const Block& block : blocks) {
        QFont font = painter.font();
        font.setPointSizeF(block.points);
        font.setBold(block.bold);
        font.setItalic(block.italic);
        painter.setFont(font);
        const qreal indent = block.indent * pointToDevice;
        // The amount on the right keeps its room; the text wraps beside it.
        const qreal rightWidth =
            block.right.isEmpty() ? 0 : painter.fontMetrics().horizontalAdvance(block.right) + 24;
        const QRectF room(indent, 0, page.width() - indent - rightWidth, page.height());
        QRectF needed = painter.boundingRect(room, Qt::TextWordWrap, block.text);
        if (y > 0 && y + needed.height() > page.height()) {
            if (!printer.newPage())
                return false;
            y = 0;
        }
        needed.moveTop(y);
        needed.setWidth(page.width() - indent);
        if (block.inverted) {
            painter.fillRect(needed, Qt::black);
            painter.setPen(Qt::white);
        } else {
            painter.setPen(Qt::black);
        }
        painter.drawText(needed.adjusted(0, 0, -rightWidth, 0), Qt::TextWordWrap, block.text);
        if (!block.right.isEmpty())
            painter.drawText(needed, Qt::AlignRight | Qt::AlignTop, block.right);
        y += needed.height() + 4 * pointToDevice;
    }
    return painter.end();
}
