#include "TableGridModel.h"
#include "TableGridView.h"
#include "TableTileDelegate.h"

#include "ManualClock.h"

#include <QListView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTableGridView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tilesShareTheWidthWithoutAGap_data();
    void tilesShareTheWidthWithoutAGap();
};

void TestTableGridView::tilesShareTheWidthWithoutAGap_data()
{
    QTest::addColumn<int>("width");
    // Around two and three tiles' width: where a dock beside the grid leaves it.
    for (const int width : {420, 560, 575, 600, 640, 800, 1280})
        QTest::newRow(qPrintable(QString::number(width))) << width;
}

// Beside a manager's dock the grid has what the dock leaves: as many whole tiles per row as fit,
// widened to fill the row, never one column with empty room beside it.
void TestTableGridView::tilesShareTheWidthWithoutAGap()
{
    QFETCH(int, width);
    ManualClock clock(1'780'000'000'000);
    TableGridModel model(clock);
    QList<Table> tables;
    for (int i = 1; i <= 30; ++i)
        tables.append(Table{QString::number(i), u"Table %1"_s.arg(i), 20, 100 + i, 1, 0, 0});
    model.setTables(tables);
    TableGridView view(&model);
    view.resize(width, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QListView* grid = view.grid();
    const int room = grid->viewport()->width();
    const int columns = std::max(1, (room - 1) / TableTileDelegate::tileWidth);
    // The first row holds `columns` tiles; the next tile starts the second row.
    QTRY_COMPARE(grid->visualRect(model.index(columns - 1, 0)).top(),
                 grid->visualRect(model.index(0, 0)).top());
    QVERIFY(grid->visualRect(model.index(columns, 0)).top() >
            grid->visualRect(model.index(0, 0)).top());
    // Filled: less than one tile's width is left over at the right edge.
    const int right = grid->visualRect(model.index(columns - 1, 0)).right();
    QVERIFY2(room - right <= columns + 1,
             qPrintable(u"room %1, row ends at %2"_s.arg(room).arg(right)));
}

QTEST_MAIN(TestTableGridView)
#include "tst_tablegridview.moc"
