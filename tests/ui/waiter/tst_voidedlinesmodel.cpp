#include "VoidedLinesModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The voided lines under the order: struck through, with the reason (and note) and who
// approved, by name.
class tst_VoidedLinesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsReasonAndApprover();
    void emptyAfterRefresh();
};

void tst_VoidedLinesModel::showsReasonAndApprover()
{
    VoidedLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Line line;
    line.lineId = u"l1"_s;
    line.menuItemId = u"soup-lentil"_s;
    line.qty = 2;
    line.seat = 3;
    model.setLines({VoidedLine{line, u"wrong_item"_s, u"asked for fish"_s, u"selin"_s},
                    VoidedLine{line, u"quality"_s, {}, u"kaan"_s}});
    model.setItemNames({{u"soup-lentil"_s, u"Lentil soup"_s}});
    model.setStaffNames({{u"selin"_s, u"Selin"_s}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, VoidedLinesModel::ItemColumn).data().toString(), u"Lentil soup"_s);
    QCOMPARE(model.index(0, VoidedLinesModel::SeatColumn).data().toString(), u"3"_s);
    QCOMPARE(model.index(0, VoidedLinesModel::QtyColumn).data().toInt(), 2);
    QVERIFY(
        model.index(0, VoidedLinesModel::ItemColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(model.index(0, VoidedLinesModel::ReasonColumn).data().toString(),
             u"Wrong item: asked for fish"_s);
    QCOMPARE(model.index(1, VoidedLinesModel::ReasonColumn).data().toString(), u"Quality"_s);
    QVERIFY(
        model.index(0, VoidedLinesModel::ApprovedByColumn).data().toString().contains(u"Selin"_s));
    // An id without a known name shows as it is.
    QVERIFY(
        model.index(1, VoidedLinesModel::ApprovedByColumn).data().toString().contains(u"kaan"_s));
}

void tst_VoidedLinesModel::emptyAfterRefresh()
{
    VoidedLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines({VoidedLine{Line{}, u"other"_s, u"spilled"_s, u"selin"_s}});
    QCOMPARE(model.rowCount(), 1);
    model.setLines({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_VoidedLinesModel)
#include "tst_voidedlinesmodel.moc"
