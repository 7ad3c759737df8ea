#include "PrintQueue.h"

#include "TicketPrintout.h"

#include "client/PrintedTickets.h"

#include <QPrinter>
#include <QPrinterInfo>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

std::unique_ptr<QPrinter> systemPrinter(const QString& printerName)
{
    const QPrinterInfo info = QPrinterInfo::printerInfo(printerName);
    if (info.isNull())
        return nullptr;
    return std::make_unique<QPrinter>(info, QPrinter::HighResolution);
}

} // namespace

PrintQueue::PrintQueue(PrintedTickets& printed, QObject* parent)
    : QObject(parent)
    , m_printed(printed)
    , m_factory(systemPrinter)
{}

PrintQueue::~PrintQueue() = default;

QString PrintQueue::printerFor(const QString& station) const
{
    const QString own = m_stations.value(station);
    return own.isEmpty() ? m_fallback : own;
}

void PrintQueue::enqueue(const QList<Ticket>& tickets)
{
    bool added = false;
    for (const Ticket& ticket : tickets) {
        if (m_printed.contains(ticket.id) || printerFor(ticket.station).isEmpty() ||
            isQueued(ticket.id, false))
            continue;
        m_jobs.append({ticket, false, false, {}});
        added = true;
    }
    if (added) {
        Q_EMIT queueChanged();
        schedule();
    }
}

void PrintQueue::reprint(const Ticket& ticket)
{
    if (isQueued(ticket.id, true))
        return;
    m_jobs.append({ticket, true, false, {}});
    Q_EMIT queueChanged();
    schedule();
}

void PrintQueue::retryAll()
{
    if (m_failed.isEmpty())
        return;
    m_jobs.append(m_failed);
    m_failed.clear();
    Q_EMIT queueChanged();
    schedule();
}

QList<PrintQueue::Failure> PrintQueue::failed() const
{
    QList<Failure> failures;
    for (const Job& job : m_failed)
        failures.append({job.ticket, job.failure});
    return failures;
}

bool PrintQueue::isQueued(qint64 ticketId, bool reprint) const
{
    const auto same = [&](const Job& job) {
        return job.ticket.id == ticketId && job.reprint == reprint;
    };
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(), same) ||
           std::any_of(m_failed.cbegin(), m_failed.cend(), same);
}

void PrintQueue::schedule()
{
    if (m_scheduled || m_jobs.isEmpty())
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &PrintQueue::printNext);
}

void PrintQueue::printNext()
{
    m_scheduled = false;
    if (m_jobs.isEmpty())
        return;
    Job job = m_jobs.takeFirst();
    const QString printerName = printerFor(job.ticket.station);
    if (!job.reprint && m_printed.contains(job.ticket.id)) {
        Q_EMIT queueChanged();
        schedule();
        return;
    }
    job.failure.clear();
    if (!job.pagePrinted) {
        std::unique_ptr<QPrinter> printer = m_factory(printerName);
        if (!printer) {
            job.failure = tr("The printer “%1” was not found.").arg(printerName);
        } else {
            printer->setDocName(tr("Ticket %1").arg(job.ticket.id));
            TicketPrintout printout(job.ticket);
            printout.setReprint(job.reprint);
            printout.setStaffNames(m_staffNames);
            if (!printout.print(*printer))
                job.failure = tr("The printer “%1” did not take the ticket.").arg(printerName);
        }
        job.pagePrinted = job.failure.isEmpty() && !job.reprint;
    }
    if (job.failure.isEmpty() && !job.reprint) {
        // A retry of this only notes it again: the page went out, it must not print twice.
        if (const Result<void> kept = m_printed.markPrinted(job.ticket.id); !kept)
            job.failure = tr("Ticket %1 printed, but this tablet could not note it; it may print "
                             "again after a restart.")
                              .arg(job.ticket.id);
    }
    if (job.failure.isEmpty()) {
        Q_EMIT printed(job.ticket.id, job.reprint);
    } else {
        m_failed.append(job);
        Q_EMIT printFailed(job.ticket.id, job.failure);
    }
    Q_EMIT queueChanged();
    schedule();
}
