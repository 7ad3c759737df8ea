#include "VoidedLinesModel.h"
#include "VoidedLinesTable.h"

#include <QHeaderView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<VoidedLine> voided(int count)
{
    QList<VoidedLine> lines;
    for (int i = 0; i < count; ++i) {
        VoidedLine voidedLine;
        voidedLine.line.lineId = u"line-%1"_s.arg(i);
        voidedLine.line.menuItemId = u"soup-lentil"_s;
        voidedLine.line.qty = 1;
        voidedLine.reason = u"guest_changed_mind"_s;
        voidedLine.approvedBy = u"zeynep"_s;
        lines.append(voidedLine);
    }
    return lines;
}

} // namespace

// The voided lines above an order's own: gone while there are none, as tall as up to two rows.
class tst_VoidedLinesTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heightFollowsTheRows_data();
    void heightFollowsTheRows();
};

void tst_VoidedLinesTable::heightFollowsTheRows_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("shownRows");
    QTest::newRow("none: hidden") << 0 << 0;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("two") << 2 << 2;
    QTest::newRow("five: two shown, the rest scroll") << 5 << 2;
}

void tst_VoidedLinesTable::heightFollowsTheRows()
{
    QFETCH(int, rows);
    QFETCH(int, shownRows);
    QWidget window;
    window.resize(900, 600);
    VoidedLinesModel model;
    auto* table = new VoidedLinesTable(&window);
    table->setVoidedModel(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(table->isHidden());

    model.setLines(voided(rows)); // the table follows the model from now on
    QCOMPARE(table->isHidden(), rows == 0);
    if (rows == 0)
        return;
    int expected = std::max(table->horizontalHeader()->sizeHint().height(),
                            table->horizontalHeader()->minimumHeight()) +
                   2 * table->frameWidth();
    for (int row = 0; row < shownRows; ++row)
        expected += table->rowHeight(row);
    QTRY_COMPARE(table->height(), expected);

    model.setLines({}); // voids of another order: none here
    QVERIFY(table->isHidden());
}

QTEST_MAIN(tst_VoidedLinesTable)
#include "tst_voidedlinestable.moc"
