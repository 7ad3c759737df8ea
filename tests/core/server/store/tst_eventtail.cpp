#include "store/EventTail.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

Event logged(qint64 orderId, qint64 version, qint64 seq)
{
    Event e;
    e.seq = seq;
    e.orderId = orderId;
    e.tableId = QString::number(orderId);
    e.version = version;
    e.author = u"ayse"_s;
    return e;
}

QList<qint64> seqs(const QList<Event>& events)
{
    QList<qint64> out;
    for (const Event& e : events)
        out.append(e.seq);
    return out;
}

} // namespace

// EventTail: the events a 409 sends without reading the log, served only when the log counts
// exactly as many, and never ones whose transaction was undone.
class TestEventTail : public QObject
{
    Q_OBJECT
private slots:
    void above_data();
    void above();
    void stagedEventsStayOnlyWithTheirTransaction_data();
    void stagedEventsStayOnlyWithTheirTransaction();
    void eventsReadTwiceAreKeptOnceInSeqOrder();
    void anOrderKeepsItsNewestEvents();
    void clearForgetsEverything();
    void answerFloor_data();
    void answerFloor();
};

void TestEventTail::above_data()
{
    QTest::addColumn<qint64>("version");
    QTest::addColumn<qint64>("inLog");
    QTest::addColumn<bool>("served");
    QTest::addColumn<QList<qint64>>("expected");

    // Order 1 keeps seqs 10 (v2), 11 (v2), 14 (v3), 20 (v4).
    QTest::newRow("all of them") << qint64(0) << qint64(4) << true << QList<qint64>{10, 11, 14, 20};
    QTest::newRow("above the writer's base")
        << qint64(2) << qint64(2) << true << QList<qint64>{14, 20};
    QTest::newRow("none above the newest") << qint64(4) << qint64(0) << true << QList<qint64>{};
    QTest::newRow("another process wrote one more")
        << qint64(2) << qint64(3) << false << QList<qint64>{};
    QTest::newRow("the log has fewer") << qint64(0) << qint64(3) << false << QList<qint64>{};
}

void TestEventTail::above()
{
    QFETCH(qint64, version);
    QFETCH(qint64, inLog);
    QFETCH(bool, served);
    QFETCH(QList<qint64>, expected);

    EventTail tail;
    tail.keep({logged(1, 2, 10), logged(1, 2, 11), logged(2, 2, 12), logged(1, 3, 14)});
    tail.stage(logged(1, 4, 20));
    tail.transactionEnded(true);
    const std::optional<QList<Event>> kept = tail.above(1, version, inLog);
    QCOMPARE(kept.has_value(), served);
    if (served)
        QCOMPARE(seqs(*kept), expected);
}

void TestEventTail::stagedEventsStayOnlyWithTheirTransaction_data()
{
    QTest::addColumn<bool>("kept");
    QTest::newRow("committed") << true;
    QTest::newRow("rolled back") << false;
}

void TestEventTail::stagedEventsStayOnlyWithTheirTransaction()
{
    QFETCH(bool, kept);
    EventTail tail;
    tail.keep({logged(1, 1, 1)});
    tail.stage(logged(1, 2, 2));
    tail.stage(logged(1, 2, 3));
    tail.transactionEnded(kept);
    // Had the undone events stayed, a log that counts two would be answered with them.
    QCOMPARE(tail.above(1, 1, 2).has_value(), kept);
    QCOMPARE(tail.above(1, 1, 0).has_value(), !kept);
    // A later transaction does not bring undone events back.
    tail.transactionEnded(true);
    QCOMPARE(tail.above(1, 0, kept ? 3 : 1).has_value(), true);
}

void TestEventTail::eventsReadTwiceAreKeptOnceInSeqOrder()
{
    EventTail tail;
    tail.stage(logged(7, 5, 50));
    tail.transactionEnded(true);
    // A read of the log brings the older ones and the one this process wrote.
    tail.keep({logged(7, 3, 30), logged(7, 4, 41), logged(7, 5, 50)});
    tail.keep({logged(7, 4, 40)});
    const std::optional<QList<Event>> kept = tail.above(7, 0, 4);
    QVERIFY(kept);
    QCOMPARE(seqs(*kept), (QList<qint64>{30, 40, 41, 50}));
}

void TestEventTail::anOrderKeepsItsNewestEvents()
{
    EventTail tail;
    QList<Event> history;
    for (qint64 seq = 1; seq <= EventTail::maxPerOrder + 10; ++seq)
        history.append(logged(3, seq, seq));
    tail.keep(history);
    // The oldest ten are no longer kept, so a request that needs them reads the log.
    QVERIFY(!tail.above(3, 0, history.size()));
    const std::optional<QList<Event>> newest = tail.above(3, 10, EventTail::maxPerOrder);
    QVERIFY(newest);
    QCOMPARE(newest->size(), EventTail::maxPerOrder);
    QCOMPARE(newest->first().seq, 11);
    QCOMPARE(newest->last().seq, history.last().seq);
}

void TestEventTail::clearForgetsEverything()
{
    EventTail tail;
    tail.keep({logged(1, 1, 1)});
    tail.stage(logged(1, 2, 2));
    tail.clear();
    tail.transactionEnded(true);
    QVERIFY(!tail.above(1, 0, 1));
    QVERIFY(tail.above(1, 0, 0));
}

void TestEventTail::answerFloor_data()
{
    QTest::addColumn<qint64>("orderId");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<int>("newest");
    QTest::addColumn<qint64>("floor"); // -1: none, only the log answers

    // Order 1 keeps versions 2, 3, 3 and 4; order 2 is not kept (after a restart, say).
    QTest::newRow("all of them fit") << qint64(1) << qint64(0) << 200 << qint64(0);
    QTest::newRow("exactly as many as asked") << qint64(1) << qint64(2) << 3 << qint64(2);
    QTest::newRow("more than asked: from the newest one's version")
        << qint64(1) << qint64(0) << 1 << qint64(3);
    QTest::newRow("a version's events stay together") << qint64(1) << qint64(0) << 2 << qint64(2);
    QTest::newRow("none above the newest") << qint64(1) << qint64(4) << 200 << qint64(-1);
    QTest::newRow("an order not kept") << qint64(2) << qint64(0) << 200 << qint64(-1);
    QTest::newRow("none asked for") << qint64(1) << qint64(0) << 0 << qint64(-1);
}

void TestEventTail::answerFloor()
{
    QFETCH(qint64, orderId);
    QFETCH(qint64, version);
    QFETCH(int, newest);
    QFETCH(qint64, floor);

    EventTail tail;
    tail.keep({logged(1, 2, 10), logged(1, 3, 11), logged(1, 3, 12), logged(1, 4, 13)});
    // An undone write's events are not held.
    tail.stage(logged(1, 5, 14));
    tail.stage(logged(2, 1, 15));
    tail.transactionEnded(false);
    QCOMPARE(tail.answerFloor(orderId, version, newest).value_or(-1), floor);
}

QTEST_GUILESS_MAIN(TestEventTail)
#include "tst_eventtail.moc"
