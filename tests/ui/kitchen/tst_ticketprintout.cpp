#include "TicketPrintout.h"

#include "PdfText.h"
#include "SampleTickets.h"

#include <QDateTime>
#include <QLocale>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTicketPrintout : public QObject
{
    Q_OBJECT
private:
    // Prints to a PDF file and reads it back; empty when anything failed (the test says why).
    QString printed(const TicketPrintout& printout, const QString& name)
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(name + u".pdf"_s));
        if (!printout.print(printer))
            return {};
        const Result<QString> text = PdfText::read(printer.outputFileName());
        if (!text) {
            qWarning("%s", qPrintable(text.error().message));
            return {};
        }
        return text.value();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // To look at the printed pages: TABLESYNC_KEEP_PRINTS=1 keeps the folder (path logged).
        if (qEnvironmentVariableIsSet("TABLESYNC_KEEP_PRINTS")) {
            m_dir.setAutoRemove(false);
            qInfo("printed PDFs in %s", qPrintable(m_dir.path()));
        }
    }
    void printsWhatTheCookNeeds_data();
    void printsWhatTheCookNeeds();
    void continuesOnANewPage();
    void reportsAPrinterThatWillNotStart();
};

void TestTicketPrintout::printsWhatTheCookNeeds_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::addColumn<bool>("reprint");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const qint64 at = 1'780'000'000'000;
    const QStringList fireText{u"Table 12"_s, u"Course 2 · hot"_s,  u"2 × Lentil soup"_s,
                               u"Seat 3"_s,   u"NOTE: no onions"_s, u"1 × Adana kebab"_s,
                               u"Shared"_s,   u"Waiter: Ayşe"_s,    u"Ticket 17"_s};
    QTest::newRow("a fire ticket") << SampleTickets::fire(17, u"hot"_s, at, 2) << false << fireText
                                   << QStringList{u"REPRINT"_s, u"VOID"_s};
    QTest::newRow("a reprint") << SampleTickets::fire(17, u"hot"_s, at, 2) << true
                               << (QStringList{u"REPRINT"_s} + fireText) << QStringList{u"VOID"_s};
    QTest::newRow("a void ticket")
        << SampleTickets::voided(18, u"hot"_s, at) << false
        << QStringList{u"VOID — DO NOT COOK"_s, u"1 × Adana kebab"_s, u"Seat 4"_s,
                       u"Reason: Guest changed their mind"_s, u"Ticket 18"_s}
        << QStringList{u"REPRINT"_s, u"Lentil soup"_s};
}

void TestTicketPrintout::printsWhatTheCookNeeds()
{
    QFETCH(Ticket, ticket);
    QFETCH(bool, reprint);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    TicketPrintout printout(ticket);
    printout.setReprint(reprint);
    printout.setStaffNames({{u"ayse"_s, u"Ayşe"_s}});
    const QString text =
        printed(printout, QString::fromLatin1(QTest::currentDataTag())).simplified();
    QVERIFY2(!text.isEmpty(), "nothing was printed or read back");
    for (const QString& words : present)
        QVERIFY2(text.contains(words), qPrintable(words + u" missing from: "_s + text));
    for (const QString& words : absent)
        QVERIFY2(!text.contains(words), qPrintable(words + u" should not be in: "_s + text));
    const QString time = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(ticket.createdAt).toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(text.contains(time.simplified()), qPrintable(time + u" missing from: "_s + text));
}

void TestTicketPrintout::continuesOnANewPage()
{
    Ticket ticket = SampleTickets::fire(21, u"hot"_s, 1'780'000'000'000);
    ticket.lines.clear();
    for (int i = 1; i <= 60; ++i)
        ticket.lines.append(SampleTickets::line(u"x%1"_s.arg(i), u"Dish %1"_s.arg(i), 1, i % 9));
    TicketPrintout printout(ticket);
    const QString raw = printed(printout, u"long"_s);
    const QString text = raw.simplified();
    QVERIFY(text.contains(u"1 × Dish 1 "_s));
    QVERIFY(text.contains(u"1 × Dish 60 "_s));
    QVERIFY(text.contains(u"Ticket 21"_s));
    // pdftotext ends each page with a form feed: sixty lines do not fit on one.
    QVERIFY2(raw.count(u'\f') >= 2, qPrintable(u"pages: %1"_s.arg(raw.count(u'\f'))));
}

void TestTicketPrintout::reportsAPrinterThatWillNotStart()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(u"no/such/folder/ticket.pdf"_s));
    TicketPrintout printout(SampleTickets::fire(22, u"hot"_s, 1'780'000'000'000));
    QVERIFY(!printout.print(printer));
}

QTEST_MAIN(TestTicketPrintout)
#include "tst_ticketprintout.moc"
