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
    void holdsAbove_data();
    void holdsAbove();
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

void TestEventTail::holdsAbove_data()
{
    QTest::addColumn<qint64>("orderId");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<bool>("holds");

    // Order 1 keeps versions 2 and 3; order 2 is not kept (after a restart, say).
    QTest::newRow("below its newest") << qint64(1) << qint64(2) << true;
    QTest::newRow("below all of it") << qint64(1) << qint64(0) << true;
    QTest::newRow("at its newest") << qint64(1) << qint64(3) << false;
    QTest::newRow("an order not kept") << qint64(2) << qint64(0) << false;
}

void TestEventTail::holdsAbove()
{
    QFETCH(qint64, orderId);
    QFETCH(qint64, version);
    QFETCH(bool, holds);

    EventTail tail;
    tail.keep({logged(1, 2, 10), logged(1, 3, 11)});
    // An undone write's events are not held.
    tail.stage(logged(1, 4, 12));
    tail.stage(logged(2, 1, 13));
    tail.transactionEnded(false);
    QCOMPARE(tail.holdsAbove(orderId, version), holds);
}

QTEST_GUILESS_MAIN(TestEventTail)
#include "tst_eventtail.moc"
