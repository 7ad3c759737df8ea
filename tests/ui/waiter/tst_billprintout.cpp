#include "BillModel.h"
#include "BillPrintout.h"
#include "ManualClock.h"
#include "PdfText.h"
#include "SampleBill.h"

#include <QDateTime>
#include <QLocale>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The printed bill, as a real PDF read back with pdftotext: every line's amount, each seat's
// total, the shared items and the total are on the page.
class tst_BillPrintout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("TABLESYNC_KEEP_PRINTS")) {
            m_dir.setAutoRemove(false);
            qInfo("printed PDFs in %s", qPrintable(m_dir.path()));
        }
    }
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void printsAmountsAndSeatTotals();
    void aTwentySeatBanquetContinuesOnNewPages();
    void printsTheClocksTime();

private:
    QString printed(const BillModel& model, const QString& name);
    QTemporaryDir m_dir;
    // 14:37 on 12 March 2027, local time: the bill prints when it was asked for, not "now".
    ManualClock m_clock{QDateTime(QDate(2027, 3, 12), QTime(14, 37)).toMSecsSinceEpoch()};
};

QString tst_BillPrintout::printed(const BillModel& model, const QString& name)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(name + u".pdf"_s));
    if (!BillPrintout(model, u"Table 12"_s, m_clock).print(printer))
        return {};
    const Result<QString> text = PdfText::read(printer.outputFileName());
    if (!text)
        qWarning("%s", qPrintable(text.error().message));
    return text ? text.value() : QString();
}

void tst_BillPrintout::printsAmountsAndSeatTotals()
{
    QLocale::setDefault(QLocale(u"en_GB"_s));
    BillModel model;
    model.setBill(sampleBill());
    const QString text = printed(model, u"bill"_s);
    QVERIFY(!text.isEmpty());
    for (const QString& expected :
         {u"Bill — Table 12"_s, u"Seat 1"_s, u"2 × Lentil soup (€4.50 each)"_s, u"€9.00"_s,
          u"3 × Ayran (€1.75 each)"_s, u"€5.25"_s, u"Seat 1 total"_s, u"€14.25"_s,
          u"Seat 2 total"_s, u"€16.50"_s, u"Seat 3 total"_s, u"€5.95"_s, u"Shared"_s,
          u"Mixed meze"_s, u"Shared total"_s, u"€12.90"_s, u"Total"_s, u"€49.60"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u" missing in:\n"_s + text));
    }
    // Seat 1's subtotal is printed on its own line, next to its words.
    QVERIFY(text.contains(QRegularExpression(u"Seat 1 total\\s+€14\\.25"_s)));
    QVERIFY(text.contains(QRegularExpression(u"Total\\s+€49\\.60"_s)));
}

void tst_BillPrintout::aTwentySeatBanquetContinuesOnNewPages()
{
    QLocale::setDefault(QLocale(u"de_DE"_s));
    BillReply bill;
    bill.orderId = 7;
    bill.currency = u"EUR"_s;
    for (int seat = 1; seat <= 20; ++seat) {
        qint64 seatTotal = 0;
        for (int n = 0; n < 3; ++n) {
            const qint64 unit = 100 * seat + 33 * n + 1;
            bill.lines.append(BillLine{u"l%1-%2"_s.arg(seat).arg(n), u"Dish %1"_s.arg(n), n + 1,
                                       seat, unit, unit * (n + 1)});
            seatTotal += unit * (n + 1);
        }
        bill.seats.append(SeatTotal{seat, seatTotal});
        bill.totalCents += seatTotal;
    }
    BillModel model;
    model.setBill(bill);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(u"banquet.pdf"_s));
    QVERIFY(BillPrintout(model, u"Banquet 1"_s, m_clock).print(printer));
    Result<QString> read = PdfText::read(printer.outputFileName());
    QVERIFY(read);
    // Money formats may hold a no-break space; pdftotext may give a plain one.
    const QString text = read.value().replace(QChar(0xa0), u' ');
    const auto money = [](qint64 cents) {
        return QLocale()
            .toCurrencyString(double(cents) / 100.0, u"€"_s, 2)
            .replace(QChar(0xa0), u' ');
    };
    QVERIFY(text.count(u'\f') >= 2); // more than one page
    for (const SeatTotal& seat : std::as_const(bill.seats)) {
        const QString line = u"Seat %1 total"_s.arg(seat.seat);
        QVERIFY2(text.contains(line), qPrintable(line));
        QVERIFY2(text.contains(money(seat.totalCents)), qPrintable(money(seat.totalCents)));
    }
    QVERIFY(text.contains(money(bill.totalCents)));
}

void tst_BillPrintout::printsTheClocksTime()
{
    QLocale::setDefault(QLocale(u"en_GB"_s));
    BillModel model;
    model.setBill(sampleBill());
    const QString text = printed(model, u"clock"_s);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(u"12/03/2027 14:37"_s), qPrintable(text));
    m_clock.advance(3 * 60 * 60 * 1000); // three hours on: the next bill says so
    const QString later = printed(model, u"clock-later"_s);
    QVERIFY2(later.contains(u"12/03/2027 17:37"_s), qPrintable(later));
}

QTEST_MAIN(tst_BillPrintout)
#include "tst_billprintout.moc"
