#include "TicketPrintout.h"

#include "PrintedPage.h"
#include "VoidReasons.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

using Block = PrintedPage::Block;

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

    return PrintedPage::print(printer, blocks);
}
