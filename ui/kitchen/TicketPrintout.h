#pragma once

#include "model/Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QPrinter;

// One kitchen ticket laid out on a printer's page: table, course, and each line's seat, qty and
// item in large type for a cook reading from a step away; notes set apart; time and waiter
// at the foot. A reprint and a void say so on top, in the largest type.
class TicketPrintout
{
    Q_DECLARE_TR_FUNCTIONS(TicketPrintout)
public:
    explicit TicketPrintout(const Ticket& ticket);

    void setReprint(bool reprint) { m_reprint = reprint; }
    // Display names for staff ids; an unknown id prints as it is.
    void setStaffNames(const QHash<QString, QString>& names) { m_staffNames = names; }

    // Paints the ticket, a new page whenever one is full. False when the printer would not
    // start or finish the job (nothing may then count as printed).
    bool print(QPrinter& printer) const;

private:
    QString waiterName() const;

    Ticket m_ticket;
    bool m_reprint = false;
    QHash<QString, QString> m_staffNames;
};
