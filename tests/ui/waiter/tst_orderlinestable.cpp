#include "OrderLinesModel.h"
#include "OrderLinesTable.h"
#include "TouchStyle.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// An order's lines for a fingertip: a tap names its line, rows are a finger high, nothing is
// edited in place.
class tst_OrderLinesTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTapNamesItsLine_data();
    void aTapNamesItsLine();
};

void tst_OrderLinesTable::aTapNamesItsLine_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("lineId");
    QTest::newRow("first line") << 0 << u"11111111-1111-4111-8111-111111111111"_s;
    QTest::newRow("second line") << 1 << u"22222222-2222-4222-8222-222222222222"_s;
}

void tst_OrderLinesTable::aTapNamesItsLine()
{
    QFETCH(int, row);
    QFETCH(QString, lineId);
    OrderLinesModel model(OrderLinesModel::Part::Authoritative);
    Lines lines;
    for (const QString& id :
         {u"11111111-1111-4111-8111-111111111111"_s, u"22222222-2222-4222-8222-222222222222"_s}) {
        Line line;
        line.lineId = id;
        line.menuItemId = u"soup-lentil"_s;
        line.qty = 2;
        line.addedBy = u"ayse"_s;
        lines.append(line);
    }
    model.setContent(lines, {}, {});
    OrderLinesTable table(&model);
    table.resize(900, 400);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QCOMPARE(table.editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(table.rowHeight(row) >= TouchStyle::minTarget);

    QSignalSpy tapped(&table, &OrderLinesTable::lineTapped);
    const QRect cell = table.visualRect(model.index(row, OrderLinesModel::ItemColumn));
    QTest::mouseClick(table.viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(tapped.size(), 1);
    QCOMPARE(tapped.first().first().toString(), lineId);
}

QTEST_MAIN(tst_OrderLinesTable)
#include "tst_orderlinestable.moc"
