#include "store/OrderHeads.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

OrderRecord head(qint64 id, qint64 version)
{
    OrderRecord record;
    record.order.id = id;
    record.order.tableId = u"7"_s;
    record.order.version = version;
    record.order.updatedAt = 100;
    record.order.items = {Line{}};
    record.seats = 8;
    record.itemsJson = "[{}]";
    return record;
}

} // namespace

// OrderHeads: an order's row without a read, only while it is surely the row in the database.
class TestOrderHeads : public QObject
{
    Q_OBJECT
private slots:
    void keepsTheRowWithoutItsList();
    void anotherProcessCommittingForgetsEverything();
    void ownWritesMoveTheRowOn_data();
    void ownWritesMoveTheRowOn();
};

void TestOrderHeads::keepsTheRowWithoutItsList()
{
    OrderHeads heads;
    heads.remember(1, head(4, 3));
    const std::optional<OrderRecord> known = heads.find(1, 4);
    QVERIFY(known);
    QCOMPARE(known->order.version, 3);
    QCOMPARE(known->seats, 8);
    QCOMPARE(known->order.tableId, u"7"_s);
    // The list is DecodedLines' job, by version.
    QVERIFY(known->order.items.isEmpty());
    QVERIFY(known->itemsJson.isEmpty());
    QVERIFY(!heads.find(1, 5));
}

void TestOrderHeads::anotherProcessCommittingForgetsEverything()
{
    OrderHeads heads;
    heads.remember(1, head(4, 3));
    QVERIFY(!heads.find(2, 4));
    // Not back when the number is asked again either.
    QVERIFY(!heads.find(2, 4));
    heads.remember(2, head(4, 5));
    QCOMPARE(heads.find(2, 4)->order.version, 5);
}

void TestOrderHeads::ownWritesMoveTheRowOn_data()
{
    QTest::addColumn<qint64>("writtenVersion");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("expected"); // -1: forgotten, read again
    QTest::newRow("a kept write") << qint64(4) << true << int(Order::Status::Open) << qint64(4);
    QTest::newRow("a kept close") << qint64(4) << true << int(Order::Status::Closed) << qint64(4);
    QTest::newRow("an undone write")
        << qint64(4) << false << int(Order::Status::Open) << qint64(-1);
    // The row was read inside the write, or a version was missed: not trusted.
    QTest::newRow("a write from another base")
        << qint64(6) << true << int(Order::Status::Open) << qint64(-1);
}

void TestOrderHeads::ownWritesMoveTheRowOn()
{
    QFETCH(qint64, writtenVersion);
    QFETCH(bool, kept);
    QFETCH(int, status);
    QFETCH(qint64, expected);
    OrderHeads heads;
    heads.remember(1, head(4, 3));
    heads.remember(1, head(9, 1));
    heads.stageWrite(4, writtenVersion, 250, Order::Status(status));
    QCOMPARE(heads.find(1, 4)->order.version, 3);
    heads.transactionEnded(kept);
    const std::optional<OrderRecord> known = heads.find(1, 4);
    QCOMPARE(known.has_value(), expected >= 0);
    if (known) {
        QCOMPARE(known->order.version, expected);
        QCOMPARE(known->order.updatedAt, 250);
        QCOMPARE(int(known->order.status), status);
    }
    // Other orders are untouched.
    QCOMPARE(heads.find(1, 9)->order.version, 1);
}

QTEST_GUILESS_MAIN(TestOrderHeads)
#include "tst_orderheads.moc"
