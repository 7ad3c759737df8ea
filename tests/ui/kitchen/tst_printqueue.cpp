#include "PrintQueue.h"

#include "client/LocalDatabase.h"
#include "client/PrintedTickets.h"
#include "ManualClock.h"
#include "PdfText.h"
#include "SampleTickets.h"

#include <QDir>
#include <QPrinter>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 at = 1'780'000'000'000;
}

// The queue on a real local file, its "printers" PDF writers: printer name -> a folder, one PDF
// per page job, numbered in the order they were printed.
class TestPrintQueue : public QObject
{
    Q_OBJECT
private:
    struct Station
    {
        explicit Station(const QString& file)
            : database(file)
            , printed(database, clock)
        {}
        ManualClock clock;
        LocalDatabase database;
        PrintedTickets printed;
    };

    std::unique_ptr<Station> openStation()
    {
        auto station = std::make_unique<Station>(m_dir.filePath(u"kitchen.sqlite"_s));
        if (!station->database.open() || !station->printed.load())
            return nullptr;
        return station;
    }

    void usePdfPrinters(PrintQueue& queue)
    {
        queue.setPrinterFactory([this](const QString& printerName) {
            auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(
                m_dir.filePath(u"%1/%2.pdf"_s.arg(printerName).arg(++m_jobs, 3, 10, QChar(u'0'))));
            return printer;
        });
    }

    // The text of every PDF a printer made, oldest first.
    QStringList pages(const QString& printerName)
    {
        QStringList texts;
        const QDir folder(m_dir.filePath(printerName));
        const QStringList files = folder.entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const Result<QString> text = PdfText::read(folder.filePath(file));
            if (!text) {
                qWarning("%s", qPrintable(text.error().message));
                texts.append(u"(unreadable)"_s);
                continue;
            }
            texts.append(text->simplified());
        }
        return texts;
    }

    QTemporaryDir m_dir;
    int m_jobs = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.filePath(u"hot-printer"_s)));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"bar-printer"_s)));
    }

    void printsEachTicketOnItsStationsPrinter()
    {
        auto station = openStation();
        QVERIFY(station);
        PrintQueue queue(station->printed);
        usePdfPrinters(queue);
        queue.setStationPrinters({{u"hot"_s, u"hot-printer"_s}, {u"bar"_s, u"bar-printer"_s}});
        queue.setStaffNames({{u"ayse"_s, u"Ayşe"_s}});
        QSignalSpy printed(&queue, &PrintQueue::printed);
        queue.enqueue({SampleTickets::fire(1, u"hot"_s, at), SampleTickets::fire(2, u"bar"_s, at),
                       SampleTickets::fire(3, u"pastry"_s, at)});
        // Queued, not printed in the call: the display goes on at once.
        QCOMPARE(printed.size(), 0);
        QTRY_COMPARE(printed.size(), 2);
        QCOMPARE(printed.at(0).at(0).toLongLong(), 1);
        QCOMPARE(printed.at(1).at(0).toLongLong(), 2);
        const QStringList hot = pages(u"hot-printer"_s);
        QCOMPARE(hot.size(), 1);
        QVERIFY2(hot.first().contains(u"Ticket 1"_s), qPrintable(hot.first()));
        QVERIFY(hot.first().contains(u"Waiter: Ayşe"_s));
        const QStringList bar = pages(u"bar-printer"_s);
        QCOMPARE(bar.size(), 1);
        QVERIFY2(bar.first().contains(u"Ticket 2"_s), qPrintable(bar.first()));
        // Pastry has no printer here: shown on the display only, not a failure.
        QVERIFY(queue.failed().isEmpty());
        QVERIFY(station->printed.contains(1) && station->printed.contains(2));
        QVERIFY(!station->printed.contains(3));
    }

    void neverPrintsATicketTwiceAcrossARestart()
    {
        {
            auto station = openStation();
            QVERIFY(station);
            PrintQueue queue(station->printed);
            usePdfPrinters(queue);
            queue.setFallbackPrinter(u"hot-printer"_s);
            QSignalSpy printed(&queue, &PrintQueue::printed);
            queue.enqueue({SampleTickets::fire(5, u"hot"_s, at)});
            queue.enqueue({SampleTickets::fire(5, u"hot"_s, at)}); // a repeated delivery
            QTRY_COMPARE(printed.size(), 1);
        }
        // The app starts again on the same file and the feed delivers the same ticket.
        auto station = openStation();
        QVERIFY(station);
        QVERIFY(station->printed.contains(5));
        PrintQueue queue(station->printed);
        usePdfPrinters(queue);
        queue.setFallbackPrinter(u"hot-printer"_s);
        QSignalSpy printed(&queue, &PrintQueue::printed);
        queue.enqueue({SampleTickets::fire(5, u"hot"_s, at), SampleTickets::fire(6, u"hot"_s, at)});
        QTRY_COMPARE(printed.size(), 1);
        QCOMPARE(printed.at(0).at(0).toLongLong(), 6);
        const QStringList hot = pages(u"hot-printer"_s);
        QCOMPARE(hot.size(), 2);
        QVERIFY(hot.at(0).contains(u"Ticket 5"_s));
        QVERIFY(hot.at(1).contains(u"Ticket 6"_s));
    }

    void showsAFailedPrintAndPrintsItOnRetry()
    {
        auto station = openStation();
        QVERIFY(station);
        PrintQueue queue(station->printed);
        usePdfPrinters(queue);
        // The printer's folder is missing: the job cannot start, like a printer that is off.
        queue.setStationPrinters({{u"hot"_s, u"off-printer"_s}});
        QSignalSpy printed(&queue, &PrintQueue::printed);
        QSignalSpy failed(&queue, &PrintQueue::printFailed);
        queue.enqueue({SampleTickets::fire(7, u"hot"_s, at)});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toLongLong(), 7);
        QVERIFY(failed.at(0).at(1).toString().contains(u"off-printer"_s));
        QCOMPARE(queue.failed().size(), 1);
        QCOMPARE(queue.failed().at(0).reason, failed.at(0).at(1).toString());
        QVERIFY(!station->printed.contains(7));
        QCOMPARE(printed.size(), 0);

        QVERIFY(QDir().mkpath(m_dir.filePath(u"off-printer"_s)));
        queue.retryAll();
        QTRY_COMPARE(printed.size(), 1);
        QVERIFY(queue.failed().isEmpty());
        QVERIFY(station->printed.contains(7));
        QCOMPARE(pages(u"off-printer"_s).size(), 1);
    }

    // The page went out but the local file refused the note: the failure is kept with its
    // reason, and a retry notes it again without printing it a second time.
    void keepsAnUnnotedPrintAsAFailureAndNotesItOnRetry()
    {
        auto station = openStation();
        QVERIFY(station);
        QSqlQuery refuse(station->database.connection());
        QVERIFY(refuse.exec(u"CREATE TEMP TRIGGER refuse_note BEFORE INSERT ON printed_tickets "
                            u"BEGIN SELECT RAISE(FAIL, 'disk full'); END"_s));
        PrintQueue queue(station->printed);
        usePdfPrinters(queue);
        queue.setFallbackPrinter(u"hot-printer"_s);
        QSignalSpy printed(&queue, &PrintQueue::printed);
        QSignalSpy failed(&queue, &PrintQueue::printFailed);
        queue.enqueue({SampleTickets::fire(10, u"hot"_s, at)});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toLongLong(), 10);
        QCOMPARE(queue.failed().size(), 1);
        QCOMPARE(queue.failed().at(0).ticket.id, 10);
        QCOMPARE(queue.failed().at(0).reason, failed.at(0).at(1).toString());
        QVERIFY2(queue.failed().at(0).reason.contains(u"could not note it"_s),
                 qPrintable(queue.failed().at(0).reason));
        QCOMPARE(pages(u"hot-printer"_s).size(), 1);
        QCOMPARE(printed.size(), 0);

        QVERIFY(refuse.exec(u"DROP TRIGGER refuse_note"_s));
        queue.retryAll();
        QTRY_COMPARE(printed.size(), 1);
        QVERIFY(queue.failed().isEmpty());
        QVERIFY(station->printed.contains(10));
        QCOMPARE(pages(u"hot-printer"_s).size(), 1);
    }

    void saysWhenThePrinterIsMissing()
    {
        auto station = openStation();
        QVERIFY(station);
        PrintQueue queue(station->printed);
        queue.setPrinterFactory([](const QString&) { return nullptr; });
        queue.setFallbackPrinter(u"Kitchen-Epson"_s);
        QSignalSpy failed(&queue, &PrintQueue::printFailed);
        queue.enqueue({SampleTickets::fire(8, u"cold"_s, at)});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(1).toString(), u"The printer “Kitchen-Epson” was not found."_s);
        QVERIFY(!station->printed.contains(8));
    }

    void reprintsAPrintedTicketMarkedReprint()
    {
        auto station = openStation();
        QVERIFY(station);
        PrintQueue queue(station->printed);
        usePdfPrinters(queue);
        queue.setFallbackPrinter(u"hot-printer"_s);
        QSignalSpy printed(&queue, &PrintQueue::printed);
        const Ticket ticket = SampleTickets::fire(9, u"hot"_s, at);
        queue.enqueue({ticket});
        QTRY_COMPARE(printed.size(), 1);
        queue.reprint(ticket);
        QTRY_COMPARE(printed.size(), 2);
        QCOMPARE(printed.at(1).at(1).toBool(), true);
        const QStringList hot = pages(u"hot-printer"_s);
        QCOMPARE(hot.size(), 2);
        QVERIFY(!hot.at(0).contains(u"REPRINT"_s));
        QVERIFY2(hot.at(1).startsWith(u"REPRINT"_s), qPrintable(hot.at(1)));
    }
};

QTEST_MAIN(TestPrintQueue)
#include "tst_printqueue.moc"
