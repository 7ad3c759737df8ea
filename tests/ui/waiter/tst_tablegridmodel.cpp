#include "TableGridModel.h"

#include "ManualClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 now = 1'780'000'000'000;

Table table(const QString& id, qint64 version, int items = 0, qint64 updatedAt = 0)
{
    return Table{id, u"Table "_s + id, 20, 100 + id.toLongLong(), version, items, updatedAt};
}
} // namespace

class TestTableGridModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTesterThroughResetsAndUpdates();
    void showsNameAndItemCount();
    void marksTablesChangedSinceLastLook();
    void ownSendDoesNotMarkTheTable();
    void lastChangeText_data();
    void lastChangeText();
    void freeTableLooksFree_data();
    void freeTableLooksFree();
    void authorIsTheNewestLinesOfTheCurrentVersion();
};

void TestTableGridModel::passesTheModelTesterThroughResetsAndUpdates()
{
    ManualClock clock(now);
    TableGridModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.setTables({table(u"1"_s, 1), table(u"2"_s, 1)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(resets.size(), 1);
    model.setTables({table(u"1"_s, 2, 3), table(u"2"_s, 1)});
    QCOMPARE(resets.size(), 1); // same tiles: updated in place
    QCOMPARE(changes.size(), 1);
    model.setTables({table(u"1"_s, 2), table(u"2"_s, 1), table(u"3"_s, 1)});
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 3);
    model.setTables({});
    QCOMPARE(model.rowCount(), 0);
}

void TestTableGridModel::showsNameAndItemCount()
{
    ManualClock clock(now);
    TableGridModel model(clock);
    model.setTables({table(u"12"_s, 4, 14, now - 5 * 60'000)});
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data().toString(), u"Table 12"_s);
    QCOMPARE(index.data(TableGridModel::ItemCountRole).toInt(), 14);
    QCOMPARE(index.data(TableGridModel::ItemCountTextRole).toString(), u"14 items"_s);
    QCOMPARE(index.data(TableGridModel::OrderIdRole).toLongLong(), 112);
    QCOMPARE(index.data(TableGridModel::TableIdRole).toString(), u"12"_s);
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(u"5 min ago"_s));
}

void TestTableGridModel::marksTablesChangedSinceLastLook()
{
    ManualClock clock(now);
    TableGridModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTables({table(u"1"_s, 3), table(u"2"_s, 1)});
    // The first sight of a table counts as looked at.
    QVERIFY(!model.index(0).data(TableGridModel::ChangedSinceSeenRole).toBool());
    QVERIFY(!model.index(1).data(TableGridModel::ChangedSinceSeenRole).toBool());

    model.setTables({table(u"1"_s, 4), table(u"2"_s, 1)});
    QVERIFY(model.index(0).data(TableGridModel::ChangedSinceSeenRole).toBool());
    QVERIFY(!model.index(1).data(TableGridModel::ChangedSinceSeenRole).toBool());
    QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().contains(u"changed"_s));

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.markSeen(u"1"_s);
    QCOMPARE(changes.size(), 1);
    QVERIFY(!model.index(0).data(TableGridModel::ChangedSinceSeenRole).toBool());
}

void TestTableGridModel::ownSendDoesNotMarkTheTable()
{
    ManualClock clock(now);
    TableGridModel model(clock);
    model.setTables({table(u"1"_s, 1)});
    model.markSeen(u"1"_s, 2); // this waiter's send landed as version 2
    model.setTables({table(u"1"_s, 2)});
    QVERIFY(!model.index(0).data(TableGridModel::ChangedSinceSeenRole).toBool());
    model.setTables({table(u"1"_s, 3)});
    QVERIFY(model.index(0).data(TableGridModel::ChangedSinceSeenRole).toBool());
}

void TestTableGridModel::lastChangeText_data()
{
    QTest::addColumn<qint64>("updatedAt");
    QTest::addColumn<QString>("expected");
    QTest::newRow("never") << qint64(0) << u"no changes yet"_s;
    QTest::newRow("seconds") << now - 20'000 << u"just now"_s;
    QTest::newRow("minutes") << now - 7 * 60'000 - 5'000 << u"7 min ago"_s;
}

void TestTableGridModel::lastChangeText()
{
    QFETCH(qint64, updatedAt);
    QFETCH(QString, expected);
    ManualClock clock(now);
    TableGridModel model(clock);
    model.setTables({table(u"1"_s, 1, 2, updatedAt)});
    QCOMPARE(model.index(0).data(TableGridModel::LastChangeTextRole).toString(), expected);

    // Hours later the time of day is shown instead.
    clock.advance(3 * 3600 * 1000);
    if (updatedAt > 0)
        QVERIFY(model.index(0)
                    .data(TableGridModel::LastChangeTextRole)
                    .toString()
                    .startsWith(u"at "_s));
}

void TestTableGridModel::freeTableLooksFree_data()
{
    QTest::addColumn<qint64>("updatedAt");
    QTest::newRow("never changed") << qint64(0);
    QTest::newRow("emptied a second ago") << now - 1'000;
}

// A free table says "Free" and nothing about changes, never "0 items · just now".
void TestTableGridModel::freeTableLooksFree()
{
    QFETCH(qint64, updatedAt);
    ManualClock clock(now);
    TableGridModel model(clock);
    model.setTables({table(u"4"_s, 3, 0, updatedAt), table(u"5"_s, 3, 1, updatedAt)});
    const QModelIndex free = model.index(0);
    QVERIFY(free.data(TableGridModel::FreeRole).toBool());
    QCOMPARE(free.data(TableGridModel::ItemCountTextRole).toString(), u"Free"_s);
    QCOMPARE(free.data(TableGridModel::LastChangeTextRole).toString(), QString());
    QCOMPARE(free.data(TableGridModel::LastAuthorTextRole).toString(), QString());
    QCOMPARE(free.data(Qt::AccessibleTextRole).toString(), u"Table 4, free"_s);
    const QModelIndex busy = model.index(1);
    QVERIFY(!busy.data(TableGridModel::FreeRole).toBool());
    QCOMPARE(busy.data(TableGridModel::ItemCountTextRole).toString(), u"1 items"_s);
    QVERIFY(!busy.data(TableGridModel::LastChangeTextRole).toString().isEmpty());
}

void TestTableGridModel::authorIsTheNewestLinesOfTheCurrentVersion()
{
    ManualClock clock(now);
    TableGridModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTables({table(u"7"_s, 3, 2, now - 60'000)});
    model.setStaffNames({{u"ayse"_s, u"Ayşe"_s}, {u"mehmet"_s, u"Mehmet"_s}});
    QCOMPARE(model.index(0).data(TableGridModel::LastAuthorRole).toString(), QString());

    Order order;
    order.id = 107;
    order.tableId = u"7"_s;
    order.version = 3;
    Line first;
    first.lineId = u"a"_s;
    first.addedBy = u"ayse"_s;
    first.addedAt = now - 120'000;
    Line second = first;
    second.lineId = u"b"_s;
    second.addedBy = u"mehmet"_s;
    second.addedAt = now - 60'000;
    order.items = {second, first};
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.noteOrder(order);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.index(0).data(TableGridModel::LastAuthorRole).toString(), u"Mehmet"_s);
    QCOMPARE(model.index(0).data(TableGridModel::LastAuthorTextRole).toString(), u"by Mehmet"_s);
    QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().contains(u"by Mehmet"_s));

    // A newer version than the one read: the author is no longer known, so none is shown.
    model.setTables({table(u"7"_s, 4, 3, now)});
    QCOMPARE(model.index(0).data(TableGridModel::LastAuthorRole).toString(), QString());
    // The same table's next order (after a close) is another order altogether.
    order.id = 208;
    order.version = 4;
    model.noteOrder(order);
    QCOMPARE(model.index(0).data(TableGridModel::LastAuthorRole).toString(), QString());
}

QTEST_MAIN(TestTableGridModel)
#include "tst_tablegridmodel.moc"
