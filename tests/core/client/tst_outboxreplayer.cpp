#include "TabletParts.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// When the tablet probes the server and what it believes of its reachability. The server here
// is away (nothing listens on the port), so a probe finds it unreachable.
class tst_OutboxReplayer : public TabletPartsTest
{
    Q_OBJECT

private Q_SLOTS:
    void probing_data()
    {
        QTest::addColumn<bool>("online");
        QTest::addColumn<bool>("waiting");
        QTest::addColumn<bool>("probing");
        QTest::newRow("online, nothing waits") << true << false << false;
        QTest::newRow("online, a send waits") << true << true << true;
        QTest::newRow("offline, nothing waits") << false << false << true;
        QTest::newRow("offline, a send waits") << false << true << true;
    }

    void probing()
    {
        QFETCH(bool, online);
        QFETCH(bool, waiting);
        QFETCH(bool, probing);
        OutboxReplayer& replayer = m_parts->replayer;
        QSignalSpy changed(&replayer, &OutboxReplayer::onlineChanged);
        if (waiting)
            QVERIFY_OK(m_parts->outbox.enqueue(TabletParts::order(34, 2, {}), {}, u"ayse"_s));
        replayer.setOnline(online);
        QCOMPARE(replayer.isOnline(), online);
        QCOMPARE(changed.count(), online ? 0 : 1);
        QCOMPARE(replayer.isProbing(), probing);
    }

    void probeFindsTheServerAway()
    {
        OutboxReplayer& replayer = m_parts->replayer;
        replayer.setProbeInterval(20);
        QVERIFY_OK(m_parts->outbox.enqueue(TabletParts::order(34, 2, {}), {}, u"ayse"_s));
        QSignalSpy changed(&replayer, &OutboxReplayer::onlineChanged);
        QSignalSpy busy(&m_parts->busy, &BusyOrders::busyChanged);
        replayer.updateProbing();
        QVERIFY(replayer.isProbing());
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        QCOMPARE(changed.first().first().toBool(), false);
        QVERIFY(!replayer.isOnline());
        QVERIFY(replayer.isProbing()); // probed on while away
        // Nobody signed in: nothing is sent, the entry stays.
        QCOMPARE(busy.count(), 0);
        QCOMPARE(m_parts->outbox.count(), 1);
    }

    void replaysOnlyInASession()
    {
        m_parts->replayer.setProbeInterval(20);
        QVERIFY_OK(m_parts->outbox.enqueue(TabletParts::order(34, 2, {}), {}, u"ayse"_s));
        QSignalSpy busy(&m_parts->busy, &BusyOrders::busyChanged);
        m_parts->replayer.replayOutbox();
        QCOMPARE(busy.count(), 0);
        m_parts->staff = Staff{u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter};
        m_parts->replayer.replayOutbox();
        // The replay went out (its order is busy) and met no server: the entry stays queued.
        QCOMPARE(busy.count(), 1);
        QVERIFY(m_parts->sender.isWriting(34));
        QTRY_VERIFY_WITH_TIMEOUT(!m_parts->sender.isWriting(34), 5000);
        QCOMPARE(m_parts->outbox.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_OutboxReplayer)
#include "tst_outboxreplayer.moc"
