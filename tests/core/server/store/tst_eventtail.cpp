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

// The log read each order's events above version 0 and had no more than these.
void keepRead(EventTail& tail, const QList<Event>& events)
{
    QList<qint64> orders;
    for (const Event& e : events) {
        if (!orders.contains(e.orderId))
            orders.append(e.orderId);
    }
    for (const qint64 orderId : std::as_const(orders)) {
        QList<Event> ofOrder;
        std::copy_if(events.cbegin(), events.cend(), std::back_inserter(ofOrder),
                     [orderId](const Event& e) { return e.orderId == orderId; });
        tail.keep(orderId, 0, int(ofOrder.size()) + 1, ofOrder);
    }
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
    void aForgottenOrderIsReadAgain();
    void clearForgetsEverything();
    void answerFloor_data();
    void answerFloor();
    void aKeptWriteMakesItsOrderWholeAboveItsBase_data();
    void aKeptWriteMakesItsOrderWholeAboveItsBase();
    void aReadMakesItsOrderWholeAsFarAsItReached_data();
    void aReadMakesItsOrderWholeAsFarAsItReached();
    void anotherProcessCommittingEndsWholeness_data();
    void anotherProcessCommittingEndsWholeness();
    void trimmedEventsAreNoLongerWhole();
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
    keepRead(tail, {logged(1, 2, 10), logged(1, 2, 11), logged(2, 2, 12), logged(1, 3, 14)});
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
    keepRead(tail, {logged(1, 1, 1)});
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
    keepRead(tail, {logged(7, 3, 30), logged(7, 4, 41), logged(7, 5, 50)});
    keepRead(tail, {logged(7, 4, 40)});
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
    keepRead(tail, history);
    // The oldest ten are no longer kept, so a request that needs them reads the log.
    QVERIFY(!tail.above(3, 0, history.size()));
    const std::optional<QList<Event>> newest = tail.above(3, 10, EventTail::maxPerOrder);
    QVERIFY(newest);
    QCOMPARE(newest->size(), EventTail::maxPerOrder);
    QCOMPARE(newest->first().seq, 11);
    QCOMPARE(newest->last().seq, history.last().seq);
}

void TestEventTail::aForgottenOrderIsReadAgain()
{
    EventTail tail;
    tail.othersCommitted(1);
    tail.stageWrite(1, 2);
    tail.stage(logged(1, 2, 5));
    tail.stageWrite(2, 2);
    tail.stage(logged(2, 2, 6));
    tail.transactionEnded(true);
    tail.forget(1);
    QVERIFY(!tail.whole(1, 1, 200));
    QVERIFY(!tail.above(1, 1, 1));
    QCOMPARE(seqs(*tail.whole(2, 1, 200)), QList<qint64>{6});
}

void TestEventTail::clearForgetsEverything()
{
    EventTail tail;
    keepRead(tail, {logged(1, 1, 1)});
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
    keepRead(tail, {logged(1, 2, 10), logged(1, 3, 11), logged(1, 3, 12), logged(1, 4, 13)});
    // An undone write's events are not held.
    tail.stage(logged(1, 5, 14));
    tail.stage(logged(2, 1, 15));
    tail.transactionEnded(false);
    QCOMPARE(tail.answerFloor(orderId, version, newest).value_or(-1), floor);
}

void TestEventTail::aKeptWriteMakesItsOrderWholeAboveItsBase_data()
{
    QTest::addColumn<bool>("kept");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<int>("newest");
    QTest::addColumn<QList<qint64>>("expected"); // empty: only the log can tell
    // Order 1 went from version 4 to 5 with events 20 and 21; older ones this process never saw.
    QTest::newRow("from the write's base") << true << qint64(4) << 200 << QList<qint64>{20, 21};
    QTest::newRow("the newest of them") << true << qint64(4) << 1 << QList<qint64>{21};
    QTest::newRow("none above the new version") << true << qint64(5) << 200 << QList<qint64>{};
    QTest::newRow("below the base: not seen") << true << qint64(3) << 200 << QList<qint64>{};
    QTest::newRow("rolled back") << false << qint64(4) << 200 << QList<qint64>{};
}

void TestEventTail::aKeptWriteMakesItsOrderWholeAboveItsBase()
{
    QFETCH(bool, kept);
    QFETCH(qint64, version);
    QFETCH(int, newest);
    QFETCH(QList<qint64>, expected);
    EventTail tail;
    tail.othersCommitted(1);
    // A conflict event alone says nothing of the events before it.
    tail.stage(logged(1, 4, 19));
    tail.transactionEnded(true);
    QVERIFY(!tail.whole(1, 3, 200));
    tail.stageWrite(1, 5);
    tail.stage(logged(1, 5, 20));
    tail.stage(logged(1, 5, 21));
    tail.transactionEnded(kept);
    tail.othersCommitted(1);
    const std::optional<QList<Event>> seen = tail.whole(1, version, newest);
    const bool known = kept && version >= 4;
    QCOMPARE(seen.has_value(), known);
    if (known)
        QCOMPARE(seqs(*seen), expected);
}

void TestEventTail::aReadMakesItsOrderWholeAsFarAsItReached_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::addColumn<bool>("known");
    // The log holds versions 3, 4, 4 and 5 above version 2 (seqs 30, 40, 41, 50).
    QTest::newRow("read them all: whole above the base")
        << 10 << qint64(2) << QList<qint64>{30, 40, 41, 50} << true;
    QTest::newRow("read them all: and above any later version")
        << 10 << qint64(4) << QList<qint64>{50} << true;
    QTest::newRow("read the newest three: version 4 may miss one")
        << 3 << qint64(3) << QList<qint64>{} << false;
    QTest::newRow("read the newest three: whole above version 4")
        << 3 << qint64(4) << QList<qint64>{50} << true;
}

void TestEventTail::aReadMakesItsOrderWholeAsFarAsItReached()
{
    QFETCH(int, asked);
    QFETCH(qint64, version);
    QFETCH(QList<qint64>, expected);
    QFETCH(bool, known);
    const QList<Event> log{logged(1, 3, 30), logged(1, 4, 40), logged(1, 4, 41), logged(1, 5, 50)};
    EventTail tail;
    tail.othersCommitted(7);
    tail.keep(1, 2, asked, log.mid(std::max<qsizetype>(0, log.size() - asked)));
    const std::optional<QList<Event>> seen = tail.whole(1, version, 200);
    QCOMPARE(seen.has_value(), known);
    if (known)
        QCOMPARE(seqs(*seen), expected);
}

void TestEventTail::anotherProcessCommittingEndsWholeness_data()
{
    QTest::addColumn<std::optional<quint64>>("before");
    QTest::addColumn<std::optional<quint64>>("after");
    QTest::addColumn<bool>("known");
    QTest::newRow("no one else committed")
        << std::optional<quint64>(3) << std::optional<quint64>(3) << true;
    QTest::newRow("someone else committed")
        << std::optional<quint64>(3) << std::optional<quint64>(4) << false;
    QTest::newRow("the database cannot tell")
        << std::optional<quint64>() << std::optional<quint64>() << false;
}

void TestEventTail::anotherProcessCommittingEndsWholeness()
{
    QFETCH(std::optional<quint64>, before);
    QFETCH(std::optional<quint64>, after);
    QFETCH(bool, known);
    EventTail tail;
    tail.othersCommitted(before);
    tail.stageWrite(1, 2);
    tail.stage(logged(1, 2, 5));
    tail.transactionEnded(true);
    tail.othersCommitted(after);
    QCOMPARE(tail.whole(1, 1, 200).has_value(), known);
    // The events stay rows of the log; only the log's count can serve them now.
    QVERIFY(tail.above(1, 1, 1));
}

void TestEventTail::trimmedEventsAreNoLongerWhole()
{
    EventTail tail;
    tail.othersCommitted(1);
    tail.stageWrite(1, 2);
    for (qint64 seq = 1; seq <= EventTail::maxPerOrder; ++seq)
        tail.stage(logged(1, 2, seq));
    tail.transactionEnded(true);
    QCOMPARE(tail.whole(1, 1, 200)->size(), EventTail::maxPerOrder);
    // One more write pushes out the oldest event of version 2.
    tail.stageWrite(1, 3);
    tail.stage(logged(1, 3, 100));
    tail.transactionEnded(true);
    QVERIFY(!tail.whole(1, 1, 200));
    QCOMPARE(seqs(*tail.whole(1, 2, 200)), QList<qint64>{100});
    // The newest event above version 1 is still known to be the newest: it is above the mark.
    const std::optional<QList<Event>> newest = tail.whole(1, 1, 1);
    QVERIFY(newest);
    QCOMPARE(seqs(*newest), QList<qint64>{100});
    QVERIFY(!tail.whole(1, 1, 2));
}

QTEST_GUILESS_MAIN(TestEventTail)
#include "tst_eventtail.moc"
