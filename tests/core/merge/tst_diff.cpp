#include "merge/Diff.h"

#include <QDebug>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// QCOMPARE prints the changes when they differ.
QDebug operator<<(QDebug debug, const Line& line)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Line(" << line.lineId.left(8) << ' ' << line.menuItemId << " x" << line.qty
                    << " seat " << line.seat << ' ' << line.note << " by " << line.addedBy << '@'
                    << line.addedAt << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const LineChange& change)
{
    QDebugStateSaver saver(debug);
    static const char* const kinds[] = {"Added", "Removed", "Changed"};
    debug.nospace() << kinds[int(change.kind)] << '(';
    if (change.before)
        debug << *change.before;
    debug << " -> ";
    if (change.after)
        debug << *change.after;
    debug << ')';
    return debug;
}

namespace {

QString id(int n)
{
    return u"%1-0000-4000-8000-000000000000"_s.arg(n, 8, 10, QChar(u'0'));
}

Line line(int n, const QString& menuItemId = u"tea"_s, int qty = 1, int seat = 0,
          const QString& note = {})
{
    return Line{id(n), menuItemId, qty, seat, note, u"ayse"_s, 1'780'000'000'000 + n};
}

LineChange added(const Line& after)
{
    return {LineChange::Kind::Added, std::nullopt, after};
}

LineChange removed(const Line& before)
{
    return {LineChange::Kind::Removed, before, std::nullopt};
}

LineChange changed(const Line& before, const Line& after)
{
    return {LineChange::Kind::Changed, before, after};
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_data();
    void diff();
    void indexedDiffIsTheSame_data() { diff_data(); }
    void indexedDiffIsTheSame();
    void firstOfARepeatedIdIsCompared();
    void eachContentFieldIsAChange_data();
    void eachContentFieldIsAChange();
    void authorAndTimeAreNotChanges();
    void orderOfResults();
    void changeCarriesBothLines();
    void lineIdOfAChange();
};

void TestDiff::diff_data()
{
    QTest::addColumn<Lines>("before");
    QTest::addColumn<Lines>("after");
    QTest::addColumn<LineChanges>("expected");

    QTest::newRow("both empty") << Lines{} << Lines{} << LineChanges{};
    QTest::newRow("same") << Lines{line(1), line(2)} << Lines{line(1), line(2)} << LineChanges{};
    QTest::newRow("same, other order")
        << Lines{line(1), line(2), line(3)} << Lines{line(3), line(1), line(2)} << LineChanges{};
    QTest::newRow("all added") << Lines{} << Lines{line(1), line(2)}
                               << LineChanges{added(line(1)), added(line(2))};
    QTest::newRow("all removed") << Lines{line(1), line(2)} << Lines{}
                                 << LineChanges{removed(line(1)), removed(line(2))};
    QTest::newRow("one of each") << Lines{line(1), line(2), line(3)}
                                 << Lines{line(1), line(3, u"tea"_s, 2), line(4)}
                                 << LineChanges{removed(line(2)),
                                                changed(line(3), line(3, u"tea"_s, 2)),
                                                added(line(4))};
    // Identity is the line_id, not the content: an identical line under a new id is a new line.
    QTest::newRow("same content, new id")
        << Lines{line(1)} << Lines{Line{id(2), u"tea"_s, 1, 0, {}, u"ayse"_s, 0}}
        << LineChanges{removed(line(1)), added(Line{id(2), u"tea"_s, 1, 0, {}, u"ayse"_s, 0})};
}

void TestDiff::diff()
{
    QFETCH(Lines, before);
    QFETCH(Lines, after);
    QFETCH(LineChanges, expected);
    QCOMPARE(::diff(before, after), expected);
}

// The server's write passes the indexes it already built; the answer must not depend on that.
void TestDiff::indexedDiffIsTheSame()
{
    QFETCH(Lines, before);
    QFETCH(Lines, after);
    QFETCH(LineChanges, expected);
    QCOMPARE(::diff(before, LineIndex(before), after, LineIndex(after)), expected);
}

void TestDiff::firstOfARepeatedIdIsCompared()
{
    const Lines before{line(1)};
    const Lines after{line(1), line(1, u"tea"_s, 5)};
    QCOMPARE(::diff(before, after), LineChanges{});
    QCOMPARE(::diff(after, before), LineChanges{changed(line(1, u"tea"_s, 5), line(1))});
}

void TestDiff::eachContentFieldIsAChange_data()
{
    QTest::addColumn<Line>("after");
    QTest::newRow("menu item") << line(1, u"baklava"_s);
    QTest::newRow("qty") << line(1, u"tea"_s, 3);
    QTest::newRow("seat") << line(1, u"tea"_s, 1, 4);
    QTest::newRow("note") << line(1, u"tea"_s, 1, 0, u"no sugar"_s);
}

void TestDiff::eachContentFieldIsAChange()
{
    QFETCH(Line, after);
    QCOMPARE(::diff({line(1)}, {after}), LineChanges{changed(line(1), after)});
    QCOMPARE(::diff({after}, {line(1)}), LineChanges{changed(after, line(1))});
}

void TestDiff::authorAndTimeAreNotChanges()
{
    Line rewritten = line(1);
    rewritten.addedBy = u"mehmet"_s;
    rewritten.addedAt = 5;
    QVERIFY(::diff({line(1)}, {rewritten}).isEmpty());

    // Bookkeeping alongside a real change still counts as one change.
    Line moved = rewritten;
    moved.seat = 2;
    QCOMPARE(::diff({line(1)}, {moved}), LineChanges{changed(line(1), moved)});
}

void TestDiff::orderOfResults()
{
    // Diff.h: removed and changed lines in the order of `before`, then added lines in the
    // order of `after`.
    const Lines before{line(1), line(2), line(3), line(4), line(5)};
    const Line one = line(1, u"tea"_s, 2);
    const Line four = line(4, u"tea"_s, 1, 0, u"hot"_s);
    const Lines after{line(7), four, line(6), line(3), one, line(8)};
    const LineChanges expected{changed(line(1), one), removed(line(2)), changed(line(4), four),
                               removed(line(5)),      added(line(7)),   added(line(6)),
                               added(line(8))};
    QCOMPARE(::diff(before, after), expected);
}

void TestDiff::changeCarriesBothLines()
{
    Line now = line(1, u"soup-lentil"_s, 2, 3, u"no onions"_s);
    now.addedBy = u"server"_s;
    const LineChanges changes = ::diff({line(1)}, {now});
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).kind, LineChange::Kind::Changed);
    QVERIFY(changes.at(0).before.has_value());
    QVERIFY(changes.at(0).after.has_value());
    QCOMPARE(*changes.at(0).before, line(1));
    QCOMPARE(*changes.at(0).after, now);
}

void TestDiff::lineIdOfAChange()
{
    QCOMPARE(added(line(1)).lineId(), id(1));
    QCOMPARE(removed(line(2)).lineId(), id(2));
    QCOMPARE(changed(line(3), line(3, u"x"_s)).lineId(), id(3));
}

QTEST_APPLESS_MAIN(TestDiff)
#include "tst_diff.moc"
