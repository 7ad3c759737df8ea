#include "TicketPrintout.h"

#include "VoidReasons.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPrinter>

using namespace Qt::Literals::StringLiterals;

namespace {

// One run of text on the ticket, in its own type.
struct Block
{
    QString text;
    int points = 12;
    bool bold = false;
    bool italic = false;
    bool inverted = false; // white on black: REPRINT and VOID, seen across the kitchen
    int indent = 0;        // in points
};

} // namespace

TicketPrintout::TicketPrintout(const Ticket& ticket)
    : m_ticket(ticket)
{}

QString TicketPrintout::waiterName() const
{
    return m_staffNames.value(m_ticket.createdBy, m_ticket.createdBy);
}

bool TicketPrintout::print(QPrinter& printer) const
{
    const bool isVoid = m_ticket.kind == Ticket::Kind::Void;
    QList<Block> blocks;
    if (m_reprint)
        blocks.append({tr("REPRINT"), 22, true, false, true});
    if (isVoid)
        blocks.append({tr("VOID — DO NOT COOK"), 22, true, false, true});
    const QString table = m_ticket.tableName.isEmpty() ? m_ticket.tableId : m_ticket.tableName;
    blocks.append({table, 26, true});
    blocks.append({tr("Course %1").arg(m_ticket.course) + u" · "_s + m_ticket.station, 18, true});
    for (const TicketLine& line : m_ticket.lines) {
        blocks.append(
            {tr("%1 × %2").arg(line.qty).arg(line.name.isEmpty() ? line.menuItemId : line.name), 20,
             true, false, false, 0});
        blocks.append({line.seat == 0 ? tr("Shared") : tr("Seat %1").arg(line.seat), 16, false,
                       false, false, 24});
        if (!line.note.isEmpty())
            blocks.append({tr("NOTE: %1").arg(line.note), 16, true, true, false, 24});
        if (isVoid && !line.reason.isEmpty())
            blocks.append(
                {tr("Reason: %1").arg(VoidReasons::text(line.reason)), 14, false, true, false, 24});
    }
    const QDateTime created = QDateTime::fromMSecsSinceEpoch(m_ticket.createdAt).toLocalTime();
    blocks.append({QLocale().toString(created, QLocale::ShortFormat), 12});
    blocks.append({tr("Waiter: %1").arg(waiterName()), 12});
    blocks.append({tr("Ticket %1").arg(m_ticket.id), 10});

    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    const qreal pointToDevice = printer.resolution() / 72.0;
    qreal y = 0;
    for (const Block& block : std::as_const(blocks)) {
        QFont font = painter.font();
        font.setPointSizeF(block.points);
        font.setBold(block.bold);
        font.setItalic(block.italic);
        painter.setFont(font);
        const qreal indent = block.indent * pointToDevice;
        const QRectF room(indent, 0, page.width() - indent, page.height());
        QRectF needed = painter.boundingRect(room, Qt::TextWordWrap, block.text);
        if (y > 0 && y + needed.height() > page.height()) {
            if (!printer.newPage())
                return false;
            y = 0;
        }
        needed.moveTop(y);
        needed.setWidth(room.width());
        if (block.inverted) {
            painter.fillRect(needed, Qt::black);
            painter.setPen(Qt::white);
        } else {
            painter.setPen(Qt::black);
        }
        painter.drawText(needed, Qt::TextWordWrap, block.text);
        y += needed.height() + 4 * pointToDevice;
    }
    return painter.end();
}
