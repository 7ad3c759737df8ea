#include "OrderLinesModel.h"

#include "merge/Diff.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Line line(const QString& id, const QString& item, int seat, int qty = 1, const QString& by = {})
{
    return Line{id, item, qty, seat, {}, by, 0};
}

QString cell(const OrderLinesModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

const QHash<QString, QString> names{{u"soup"_s, u"Lentil soup"_s}, {u"kebab"_s, u"Adana kebab"_s}};
} // namespace

class TestOrderLinesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTesterThroughChanges_data();
    void passesTheModelTesterThroughChanges();
    void authoritativeRowsAreSortedBySeatAndConfirmed();
    void linesKeepTheirWrittenOrderWithinASeat();
    void pendingRowsShowTheirChangeAndState();
    void sameRowsUpdateInPlace();
    void eachLineSaysWhereItIs_data();
    void eachLineSaysWhereItIs();
};

void TestOrderLinesModel::passesTheModelTesterThroughChanges_data()
{
    QTest::addColumn<int>("part");
    QTest::newRow("authoritative") << int(OrderLinesModel::Part::Authoritative);
    QTest::newRow("pending") << int(OrderLinesModel::Part::Pending);
}

void TestOrderLinesModel::passesTheModelTesterThroughChanges()
{
    QFETCH(int, part);
    OrderLinesModel model{OrderLinesModel::Part(part)};
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Lines base{line(u"a"_s, u"soup"_s, 2), line(u"b"_s, u"kebab"_s, 1)};
    Lines draft = base;
    model.setContent(base, diff(base, draft), {});
    draft.append(line(u"c"_s, u"soup"_s, 3));
    model.setContent(base, diff(base, draft), {});
    draft[0].qty = 2;
    model.setContent(base, diff(base, draft), {});
    draft.removeAt(1);
    model.setContent(base, diff(base, draft), {{u"c"_s, LineSyncState::Queued}});
    model.setItemNames(names);
    model.setStaffNames({{u"mehmet"_s, u"Mehmet"_s}}, u"ayse"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestOrderLinesModel::authoritativeRowsAreSortedBySeatAndConfirmed()
{
    OrderLinesModel model(OrderLinesModel::Part::Authoritative);
    model.setItemNames(names);
    model.setStaffNames({{u"mehmet"_s, u"Mehmet"_s}}, u"ayse"_s);
    const Lines base{line(u"a"_s, u"soup"_s, 3, 1, u"ayse"_s),
                     line(u"b"_s, u"kebab"_s, 0, 2, u"mehmet"_s),
                     line(u"c"_s, u"soup"_s, 1, 1, u"elif"_s)};
    model.setContent(base, {}, {});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.lineIdAt(0), u"b"_s);
    QCOMPARE(cell(model, 0, OrderLinesModel::SeatColumn), u"Shared"_s);
    QCOMPARE(cell(model, 0, OrderLinesModel::ItemColumn), u"Adana kebab"_s);
    QCOMPARE(cell(model, 0, OrderLinesModel::QtyColumn), u"2"_s);
    QCOMPARE(cell(model, 0, OrderLinesModel::AddedByColumn), u"Mehmet"_s);
    QCOMPARE(cell(model, 1, OrderLinesModel::AddedByColumn), u"elif"_s);
    QCOMPARE(cell(model, 2, OrderLinesModel::AddedByColumn), u"you"_s);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(cell(model, row, OrderLinesModel::StateColumn), u"On the order"_s);
        QCOMPARE(cell(model, row, OrderLinesModel::ChangeColumn), QString());
        QCOMPARE(model.index(row, 0).data(OrderLinesModel::SyncStateRole).toInt(),
                 int(LineSyncState::Confirmed));
    }
    // The state is shown by an icon as well as by its word.
    QVERIFY(model.index(0, OrderLinesModel::StateColumn).data(Qt::DecorationRole).isValid());
    // Pending edits do not alter the authoritative part.
    Lines draft = base;
    draft.removeAt(0);
    model.setContent(base, diff(base, draft), {});
    QCOMPARE(model.rowCount(), 3);
}

void TestOrderLinesModel::linesKeepTheirWrittenOrderWithinASeat()
{
    // As the server returns them (the order they joined), never sorted by line id.
    OrderLinesModel model(OrderLinesModel::Part::Authoritative);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Lines base{line(u"z"_s, u"soup"_s, 2), line(u"m"_s, u"kebab"_s, 1),
                     line(u"k"_s, u"soup"_s, 2), line(u"a"_s, u"kebab"_s, 2)};
    model.setContent(base, {}, {});
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.lineIdAt(row));
    QCOMPARE(rows, (QStringList{u"m"_s, u"z"_s, u"k"_s, u"a"_s}));
    // The pending part lists changes in the draft's order too.
    OrderLinesModel pending(OrderLinesModel::Part::Pending);
    const Lines draft{line(u"y"_s, u"soup"_s, 1), line(u"b"_s, u"soup"_s, 1)};
    pending.setContent({}, diff({}, draft), {});
    QCOMPARE(pending.lineIdAt(0), u"y"_s);
    QCOMPARE(pending.lineIdAt(1), u"b"_s);
}

void TestOrderLinesModel::pendingRowsShowTheirChangeAndState()
{
    OrderLinesModel model(OrderLinesModel::Part::Pending);
    model.setItemNames(names);
    const Lines base{line(u"a"_s, u"soup"_s, 3, 1, u"ayse"_s),
                     line(u"b"_s, u"kebab"_s, 1, 1, u"mehmet"_s)};
    Lines draft = base;
    draft[0].qty = 3;
    draft.removeAt(1);
    draft.append(line(u"c"_s, u"kebab"_s, 4));
    model.setContent(base, diff(base, draft),
                     {{u"a"_s, LineSyncState::Local}, {u"c"_s, LineSyncState::Queued}});
    QCOMPARE(model.rowCount(), 3);

    const int changed = model.rowOf(u"a"_s);
    const int removed = model.rowOf(u"b"_s);
    const int added = model.rowOf(u"c"_s);
    QCOMPARE(cell(model, changed, OrderLinesModel::ChangeColumn), u"~ Change"_s);
    QCOMPARE(cell(model, changed, OrderLinesModel::QtyColumn), u"1 → 3"_s);
    QCOMPARE(cell(model, changed, OrderLinesModel::StateColumn), u"Not sent"_s);
    QCOMPARE(cell(model, removed, OrderLinesModel::ChangeColumn), u"− Remove"_s);
    QCOMPARE(cell(model, removed, OrderLinesModel::StateColumn), u"Not sent"_s);
    QCOMPARE(cell(model, added, OrderLinesModel::ChangeColumn), u"+ Add"_s);
    QCOMPARE(cell(model, added, OrderLinesModel::ItemColumn), u"Adana kebab"_s);
    QCOMPARE(cell(model, added, OrderLinesModel::SeatColumn), u"4"_s);
    QCOMPARE(cell(model, added, OrderLinesModel::StateColumn), u"Queued"_s);
    QCOMPARE(model.index(added, 0).data(OrderLinesModel::ChangeKindRole).toInt(),
             int(LineChange::Kind::Added));

    // A removal is struck through, not only red.
    const QFont removedFont =
        model.index(removed, OrderLinesModel::ItemColumn).data(Qt::FontRole).value<QFont>();
    QVERIFY(removedFont.strikeOut());
    const QVariant addedFont = model.index(added, OrderLinesModel::ItemColumn).data(Qt::FontRole);
    QVERIFY(!addedFont.isValid() || !addedFont.value<QFont>().strikeOut());
    QVERIFY(model.index(added, 0).data(Qt::BackgroundRole).isValid());
}

void TestOrderLinesModel::sameRowsUpdateInPlace()
{
    OrderLinesModel model(OrderLinesModel::Part::Pending);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Lines base;
    Lines draft{line(u"c"_s, u"soup"_s, 1)};
    model.setContent(base, diff(base, draft), {});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    draft[0].qty = 2;
    model.setContent(base, diff(base, draft), {{u"c"_s, LineSyncState::Queued}});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(cell(model, 0, OrderLinesModel::QtyColumn), u"2"_s);
    QCOMPARE(cell(model, 0, OrderLinesModel::StateColumn), u"Queued"_s);
}

void TestOrderLinesModel::eachLineSaysWhereItIs_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("lineId");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("course");
    QTest::addColumn<bool>("fired");

    const qint64 at = 1'790'000'000'000;
    const QString inKitchen = OrderLinesModel::firedText(at);
    const int authoritative = int(OrderLinesModel::Part::Authoritative);
    const int pending = int(OrderLinesModel::Part::Pending);
    QTest::newRow("fired") << authoritative << u"a"_s << inKitchen << u"1"_s << true;
    QTest::newRow("on the order, course 2")
        << authoritative << u"b"_s << u"On the order"_s << u"2"_s << false;
    QTest::newRow("not sent, course 3") << pending << u"c"_s << u"Not sent"_s << u"3"_s << false;
    QTest::newRow("course changed in the draft")
        << pending << u"b"_s << u"Not sent"_s << u"2 → 3"_s << false;
}

void TestOrderLinesModel::eachLineSaysWhereItIs()
{
    QFETCH(int, part);
    QFETCH(QString, lineId);
    QFETCH(QString, state);
    QFETCH(QString, course);
    QFETCH(bool, fired);

    const qint64 at = 1'790'000'000'000;
    Line soup = line(u"a"_s, u"soup"_s, 1);
    soup.state = Line::State::Fired;
    soup.firedAt = at;
    Line kebab = line(u"b"_s, u"kebab"_s, 2);
    kebab.course = 2;
    const Lines base{soup, kebab};
    Lines draft = base;
    draft[1].course = 3;
    Line dessert = line(u"c"_s, u"soup"_s, 2);
    dessert.course = 3;
    draft.append(dessert);

    OrderLinesModel model{OrderLinesModel::Part(part)};
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContent(base, diff(base, draft), {});
    const int row = model.rowOf(lineId);
    QVERIFY(row >= 0);
    QVERIFY(state.contains(u"In the kitchen since "_s) == fired);
    QCOMPARE(cell(model, row, OrderLinesModel::StateColumn), state);
    QCOMPARE(cell(model, row, OrderLinesModel::CourseColumn), course);
    QCOMPARE(model.index(row, 0).data(OrderLinesModel::FiredRole).toBool(), fired);
    QVERIFY(model.index(row, OrderLinesModel::StateColumn).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.headerData(OrderLinesModel::CourseColumn, Qt::Horizontal).toString(),
             u"Course"_s);
}

QTEST_MAIN(TestOrderLinesModel)
#include "tst_orderlinesmodel.moc"
