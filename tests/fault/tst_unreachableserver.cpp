#include "client/SyncEngine.h"

#include "ResultCheck.h"
#include "ServerFixture.h"
#include "TcpFaultProxy.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The network between tablet and a running server goes away (every connection refused, open
// ones cut) and comes back: the sends made meanwhile wait in the outbox and then land once each.
class tst_UnreachableServer : public QObject
{
    Q_OBJECT

private slots:
    void outboxDrainsWhenTheServerIsBack();
};

void tst_UnreachableServer::outboxDrainsWhenTheServerIsBack()
{
    constexpr int waitMs = 15000;
    ServerFixture fixture;
    const Result<ServerFixture::Venue> venue = fixture.startVenue();
    QVERIFY_OK(venue);
    const QByteArray manager = venue->managerToken;
    const QList<MenuItem>& menu = venue->menu;
    const Result<Table> tableA = fixture.table(u"11"_s, manager);
    const Result<Table> tableB = fixture.table(u"12"_s, manager);
    QVERIFY_OK(tableA);
    QVERIFY_OK(tableB);
    const QList<qint64> orders{tableA->orderId, tableB->orderId};

    TcpFaultProxy proxy(fixture.port());
    QVERIFY(proxy.listen());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SyncEngine engine(dir.filePath(u"tablet.sqlite"_s));
    QVERIFY_OK(engine.open());
    engine.setServerUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())));
    engine.setRequestTimeout(3000);
    engine.setProbeInterval(100);
    QSignalSpy loggedIn(&engine, &SyncEngine::loggedIn);
    engine.login(u"mehmet"_s, ServerFixture::demoPin(u"mehmet"_s));
    QVERIFY(loggedIn.wait(waitMs));
    for (const qint64 orderId : orders) {
        QSignalSpy opened(&engine, &SyncEngine::orderChanged);
        engine.openOrder(orderId);
        QVERIFY(opened.wait(waitMs));
    }

    proxy.setReachable(false);
    QSignalSpy sent(&engine, &SyncEngine::sent);
    QSignalSpy failures(&engine, &SyncEngine::sendFailed);
    QHash<qint64, QStringList> added;
    for (const qint64 orderId : orders) {
        for (int i = 0; i < 3; ++i)
            added[orderId].append(engine.addLine(orderId, menu.at(i).id, i + 1));
        engine.send(orderId);
    }
    QTRY_COMPARE_WITH_TIMEOUT(engine.outboxCount(), 2, waitMs);
    QVERIFY(!engine.isOnline());
    for (const qint64 orderId : orders) {
        const Result<Order> untouched = fixture.order(orderId, manager);
        QVERIFY_OK(untouched);
        QCOMPARE(untouched->version, 1);
    }

    proxy.setReachable(true);
    QTRY_COMPARE_WITH_TIMEOUT(engine.outboxCount(), 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, waitMs);
    QVERIFY(engine.isOnline());
    QVERIFY(failures.isEmpty());
    for (const qint64 orderId : orders) {
        const Result<Order> stored = fixture.order(orderId, manager);
        QVERIFY_OK(stored);
        // The replayed send stores the lines (version 2) and fires course 1 (version 3).
        QCOMPARE(stored->version, 3);
        QStringList held;
        for (const Line& line : stored->items) {
            held.append(line.lineId);
            QVERIFY2(line.fired(), qPrintable(line.lineId));
        }
        held.sort();
        QStringList expected = added.value(orderId);
        expected.sort();
        QCOMPARE(held, expected);
        const Result<QList<Event>> events = fixture.orderEvents(orderId, manager);
        QVERIFY_OK(events);
        QStringList addEvents;
        QStringList fireEvents;
        for (const Event& event : events.value()) {
            if (event.kind == Event::Kind::Add)
                addEvents.append(event.lineId);
            if (event.kind == Event::Kind::Fire)
                fireEvents.append(event.lineId);
        }
        addEvents.sort();
        fireEvents.sort();
        QCOMPARE(addEvents, expected);
        QCOMPARE(fireEvents, expected);
    }
}

QTEST_GUILESS_MAIN(tst_UnreachableServer)
#include "tst_unreachableserver.moc"
