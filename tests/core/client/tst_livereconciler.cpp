#include "TabletParts.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// What the tablet makes of an order the server shows it: taken as the new base, or kept aside
// while the waiter has edits that collide.
class tst_LiveReconciler : public TabletPartsTest
{
    Q_OBJECT

private Q_SLOTS:
    void mergeFresh_data()
    {
        QTest::addColumn<bool>("held");
        QTest::addColumn<bool>("edited");
        QTest::addColumn<qint64>("freshVersion");
        QTest::addColumn<qint64>("baseAfter");
        QTest::addColumn<int>("draftSizeAfter");
        QTest::newRow("first read") << false << false << qint64(3) << qint64(3) << 1;
        QTest::newRow("newer, no edits") << true << false << qint64(4) << qint64(4) << 1;
        QTest::newRow("older read changes nothing") << true << false << qint64(2) << qint64(3) << 1;
        QTest::newRow("newer, edits carried") << true << true << qint64(4) << qint64(4) << 2;
    }

    void mergeFresh()
    {
        QFETCH(bool, held);
        QFETCH(bool, edited);
        QFETCH(qint64, freshVersion);
        QFETCH(qint64, baseAfter);
        QFETCH(int, draftSizeAfter);
        const Line soup = TabletParts::line(lineA, u"soup-lentil"_s);
        if (held)
            hold(3, {soup}, edited);
        QSignalSpy changed(&m_parts->reconciler, &LiveReconciler::orderChanged);
        m_parts->reconciler.mergeFresh(TabletParts::order(34, freshVersion, {soup}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_parts->drafts.find(34)->base.version, baseAfter);
        QCOMPARE(m_parts->drafts.find(34)->draft.size(), draftSizeAfter);
    }

    void collidingEditsKeepTheirBase()
    {
        hold(3, {TabletParts::line(lineA, u"soup-lentil"_s)}, false);
        m_parts->editor.setQty(34, lineA, 2);
        QSignalSpy changed(&m_parts->reconciler, &LiveReconciler::orderChanged);
        m_parts->reconciler.mergeFresh(
            TabletParts::order(34, 4, {TabletParts::line(lineA, u"soup-lentil"_s, 5)}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_parts->drafts.find(34)->base.version, 3);
        QCOMPARE(m_parts->drafts.find(34)->draft.first().qty, 2);
    }

    void othersChangeTakenWithoutEdits()
    {
        hold(3, {TabletParts::line(lineA, u"soup-lentil"_s)}, false);
        QSignalSpy changed(&m_parts->reconciler, &LiveReconciler::orderChanged);
        QSignalSpy others(&m_parts->reconciler, &LiveReconciler::othersChanged);
        const Order fresh = TabletParts::order(34, 5, {TabletParts::line(lineC, u"tea-black"_s)});
        m_parts->reconciler.takeOthersChange(fresh);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(others.count(), 0);
        QCOMPARE(m_parts->drafts.find(34)->base.version, 5);
        QCOMPARE(m_parts->drafts.find(34)->draft, fresh.items);
        QCOMPARE(m_parts->reconciler.knownVersion(34), 5);
        // Heard again (a poll after the stream): nothing new.
        m_parts->reconciler.takeOthersChange(fresh);
        QCOMPARE(changed.count(), 1);
    }

    void othersChangeKeptAsideWithEdits()
    {
        hold(3, {TabletParts::line(lineA, u"soup-lentil"_s)}, true);
        QSignalSpy changed(&m_parts->reconciler, &LiveReconciler::orderChanged);
        QSignalSpy others(&m_parts->reconciler, &LiveReconciler::othersChanged);
        m_parts->reconciler.takeOthersChange(TabletParts::order(34, 5, {}));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(others.count(), 1);
        QCOMPARE(m_parts->drafts.find(34)->base.version, 3);
        QCOMPARE(m_parts->reconciler.knownVersion(34), 5);
        QCOMPARE(m_parts->reconciler.watchedOrders().value(34), 5);
        m_parts->reconciler.takeOthersChange(TabletParts::order(34, 4, {}));
        QCOMPARE(others.count(), 1);
        QCOMPARE(m_parts->reconciler.forgetOthers(34), 5);
        QCOMPARE(m_parts->reconciler.knownVersion(34), 3);
    }

    void watchesOpenOrdersOnly()
    {
        hold(3, {}, false);
        QVERIFY_OK(m_parts->drafts.save(TabletParts::order(35, 7, {}, Order::Status::Closed), {}));
        const QHash<qint64, qint64> watched = m_parts->reconciler.watchedOrders();
        QCOMPARE(watched.size(), 1);
        QCOMPARE(watched.value(34), 3);
    }

    void tablesRefreshOnlyInASession()
    {
        QSignalSpy stale(&m_parts->reconciler, &LiveReconciler::tablesStale);
        m_parts->reconciler.scheduleTablesRefresh();
        QTest::qWait(LiveReconciler::tablesRefreshDelayMs * 3); // a negative check needs a wait
        QCOMPARE(stale.count(), 0);
        m_parts->staff = Staff{u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter};
        // A burst of messages is one read.
        for (int i = 0; i < 5; ++i)
            m_parts->reconciler.scheduleTablesRefresh();
        QTRY_COMPARE(stale.count(), 1);
    }

private:
    // Order 34 at `version` opened on this tablet; `edited` adds a line the server lacks.
    void hold(qint64 version, const Lines& items, bool edited)
    {
        Lines draft = items;
        if (edited)
            draft.append(TabletParts::line(lineB, u"tea-black"_s));
        QVERIFY_OK(m_parts->drafts.save(TabletParts::order(34, version, items), draft));
    }
};

QTEST_GUILESS_MAIN(tst_LiveReconciler)
#include "tst_livereconciler.moc"
