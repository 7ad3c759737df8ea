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
    model.setTables({table(u"1"_s, 1, 0, updatedAt)});
    QCOMPARE(model.index(0).data(TableGridModel::LastChangeTextRole).toString(), expected);

    // Hours later the time of day is shown instead.
    clock.advance(3 * 3600 * 1000);
    if (updatedAt > 0)
        QVERIFY(model.index(0)
                    .data(TableGridModel::LastChangeTextRole)
                    .toString()
                    .startsWith(u"at "_s));
}

QTEST_MAIN(TestTableGridModel)
#include "tst_tablegridmodel.moc"
