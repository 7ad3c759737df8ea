#include "model/LineIndex.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The index must answer exactly as findLine() does, which the write path used before.
class TestLineIndex : public QObject
{
    Q_OBJECT
private slots:
    void answersAsFindLine_data();
    void answersAsFindLine();
};

namespace {

Line line(const QString& id, int qty)
{
    Line made;
    made.lineId = id;
    made.menuItemId = u"tea"_s;
    made.qty = qty;
    return made;
}

} // namespace

void TestLineIndex::answersAsFindLine_data()
{
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<QString>("lineId");
    QTest::addColumn<int>("foundQty"); // 0: not found

    const Lines three{line(u"a"_s, 1), line(u"b"_s, 2), line(u"c"_s, 3)};
    QTest::newRow("empty list") << Lines{} << u"a"_s << 0;
    QTest::newRow("first") << three << u"a"_s << 1;
    QTest::newRow("middle") << three << u"b"_s << 2;
    QTest::newRow("last") << three << u"c"_s << 3;
    QTest::newRow("absent") << three << u"d"_s << 0;
    QTest::newRow("case differs") << three << u"A"_s << 0;
    QTest::newRow("repeated id: first wins")
        << Lines{line(u"a"_s, 1), line(u"b"_s, 2), line(u"a"_s, 7)} << u"a"_s << 1;
}

void TestLineIndex::answersAsFindLine()
{
    QFETCH(Lines, lines);
    QFETCH(QString, lineId);
    QFETCH(int, foundQty);

    const LineIndex index(lines);
    const Line* found = index.find(lineId);
    QCOMPARE(found, findLine(lines, lineId));
    QCOMPARE(found ? found->qty : 0, foundQty);
}

QTEST_GUILESS_MAIN(TestLineIndex)
#include "tst_lineindex.moc"
