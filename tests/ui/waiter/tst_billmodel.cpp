#include "BillModel.h"
#include "SampleBill.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The bill's rows: seat by seat (shared last), each seat's lines and subtotal, then the total;
// amounts in the chosen language's money format with the venue's currency.
class tst_BillModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void rowsBySeatWithSubtotals();
    void amountsInTheChosenLanguage_data();
    void amountsInTheChosenLanguage();
    void emptyBillHasNoRows();
};

void tst_BillModel::rowsBySeatWithSubtotals()
{
    BillModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBill(sampleBill());
    using Kind = BillModel::RowKind;
    const QList<QPair<Kind, int>> expected{
        {Kind::SeatHeading, 1}, {Kind::Line, 1},        {Kind::Line, 1},
        {Kind::SeatTotal, 1},   {Kind::SeatHeading, 2}, {Kind::Line, 2},
        {Kind::SeatTotal, 2},   {Kind::SeatHeading, 3}, {Kind::Line, 3},
        {Kind::SeatTotal, 3},   {Kind::SeatHeading, 0}, {Kind::Line, 0},
        {Kind::SeatTotal, 0},   {Kind::Total, 0},
    };
    QCOMPARE(model.rowCount(), expected.size());
    qint64 seatSum = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(Kind(index.data(BillModel::RowKindRole).toInt()), expected.at(row).first);
        QCOMPARE(index.data(BillModel::SeatRole).toInt(), expected.at(row).second);
        if (expected.at(row).first == Kind::SeatTotal)
            seatSum += index.data(BillModel::CentsRole).toLongLong();
    }
    QCOMPARE(seatSum, 4960); // the seat totals add up to the total, to the cent
    QCOMPARE(model.index(13, 0).data(BillModel::CentsRole).toLongLong(), 4960);
    QCOMPARE(model.index(1, BillModel::ItemColumn).data().toString(), u"Lentil soup"_s);
    QCOMPARE(model.index(1, BillModel::QtyColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, BillModel::ItemColumn).data().toString(), u"Seat 1"_s);
    QCOMPARE(model.index(10, BillModel::ItemColumn).data().toString(), u"Shared"_s);
    QCOMPARE(model.index(3, BillModel::ItemColumn).data().toString(), u"Seat 1 total"_s);
}

void tst_BillModel::amountsInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("total");
    QTest::newRow("German, euro") << u"de_DE"_s << u"EUR"_s << u"49,60 €"_s;
    QTest::newRow("English, euro") << u"en_GB"_s << u"EUR"_s << u"€49.60"_s;
    QTest::newRow("Turkish, lira") << u"tr_TR"_s << u"TRY"_s << u"₺49,60"_s;
}

void tst_BillModel::amountsInTheChosenLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(QString, total);
    QLocale::setDefault(QLocale(locale));
    BillReply bill = sampleBill();
    bill.currency = currency;
    BillModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBill(bill);
    // German writes a no-break space before the sign.
    const QString shown = model.index(model.rowCount() - 1, BillModel::AmountColumn)
                              .data()
                              .toString()
                              .replace(QChar(0xa0), u' ');
    QCOMPARE(shown, total);
}

void tst_BillModel::emptyBillHasNoRows()
{
    BillModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BillReply empty;
    empty.orderId = 1;
    empty.currency = u"EUR"_s;
    model.setBill(empty);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_BillModel)
#include "tst_billmodel.moc"
