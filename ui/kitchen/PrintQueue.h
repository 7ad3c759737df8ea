#pragma once

#include "model/Ticket.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class PrintedTickets;
class QPrinter;

// Kitchen tickets waiting for their station's printer. One ticket is printed per turn of the
// event loop, so the display never waits for a queue. A ticket is remembered as printed only
// once its page went out; a failed one stays in the failed list, said, until retried.
class PrintQueue : public QObject
{
    Q_OBJECT
public:
    // The printer for a printer name; tests give one that writes PDF files.
    using PrinterFactory = std::function<std::unique_ptr<QPrinter>(const QString& printerName)>;

    // `printed` outlives the queue.
    explicit PrintQueue(PrintedTickets& printed, QObject* parent = nullptr);
    ~PrintQueue() override;

    void setPrinterFactory(PrinterFactory factory) { m_factory = std::move(factory); }
    // The printer of each station; a station without one uses the fallback (--printer), and
    // without that its tickets are only shown.
    void setStationPrinters(const QHash<QString, QString>& printers) { m_stations = printers; }
    QHash<QString, QString> stationPrinters() const { return m_stations; }
    void setFallbackPrinter(const QString& printerName) { m_fallback = printerName; }
    QString printerFor(const QString& station) const;
    void setStaffNames(const QHash<QString, QString>& names) { m_staffNames = names; }

    // New tickets: each one not printed before whose station has a printer.
    void enqueue(const QList<Ticket>& tickets);
    // Prints a ticket again, marked REPRINT.
    void reprint(const Ticket& ticket);
    // Puts every failed ticket back in the queue.
    void retryAll();

    struct Failure
    {
        Ticket ticket;
        QString reason; // a sentence for the kitchen
    };
    // The tickets not printed (or not noted as printed), oldest failure first.
    QList<Failure> failed() const;

Q_SIGNALS:
    void printed(qint64 ticketId, bool reprint);
    // `reason` is a sentence for the kitchen.
    void printFailed(qint64 ticketId, const QString& reason);
    void queueChanged();

private:
    struct Job
    {
        Ticket ticket;
        bool reprint = false;
        bool pagePrinted = false; // its page went out; only noting it as printed failed
        QString failure;
    };
    void schedule();
    void printNext();
    bool isQueued(qint64 ticketId, bool reprint) const;

    PrintedTickets& m_printed;
    PrinterFactory m_factory;
    QHash<QString, QString> m_stations;
    QString m_fallback;
    QHash<QString, QString> m_staffNames;
    QList<Job> m_jobs;
    QList<Job> m_failed;
    bool m_scheduled = false;
};
