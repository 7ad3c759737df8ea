#include "client/LiveUpdates.h"
#include "client/SyncEngine.h"

#include "ResultCheck.h"
#include "server/VenueServer.h"
#include "ServerFixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Lines of a later course are stored by Send but not fired, so they stay editable: these tests
// are about live updates and rebases of what waits, not about the kitchen.
constexpr int later = 2;

constexpr int waitMs = 10000;
// Well inside api-v1.md's second for the message, plus one read of the order.
constexpr int streamMs = 2000;
// Long enough that nothing in a test arrives by polling unless the test asks for polling.
constexpr int noPollingMs = 600000;

QStringList lineIds(const Lines& lines)
{
    QStringList ids;
    for (const Line& line : lines)
        ids.append(line.lineId);
    ids.sort();
    return ids;
}

} // namespace

// The tablet's live updates: a send on one tablet refreshes the base on another through
// /api/v1/stream, flags a waiter's unsent edits with othersChanged, falls back to polling with
// If-None-Match while the stream is down, and reconnects after the server restarts.
class TestLiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendOnOneTabletRefreshesTheOther();
    void othersChangedWhenTheWaiterHasADraft();
    void collidingDraftKeepsItsBaseAndSendRebases();
    void closeIsSeenOnTheTables();
    void pollsWithIfNoneMatchWhileStreamIsDown();
    void reconnectsAfterServerRestart();
    void logoutStopsTheStream();

private:
    std::unique_ptr<SyncEngine> tablet(const QString& name);
    bool login(SyncEngine& engine, const QString& staffId);
    bool open(SyncEngine& engine, qint64 orderId);
    bool sendAndWait(SyncEngine& engine, qint64 orderId);
    qint64 orderOfTable(const QString& tableId);
    QString menuId(int index) const { return m_menu.at(index % m_menu.size()).id; }
    static QUrl deadUrl();

    QTemporaryDir m_dir;
    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<VenueServer> m_revived;
    ManualClock m_tabletClock;
    QByteArray m_manager;
    QList<MenuItem> m_menu;
};

void TestLiveUpdates::init()
{
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<ServerFixture>();
    const Result<ServerFixture::Venue> venue = m_fixture->startVenue();
    QVERIFY_OK(venue);
    m_manager = venue->managerToken;
    m_menu = venue->menu;
    QVERIFY(m_menu.size() >= 4);
}

void TestLiveUpdates::cleanup()
{
    m_revived.reset();
    m_fixture.reset();
}

std::unique_ptr<SyncEngine> TestLiveUpdates::tablet(const QString& name)
{
    const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-' +
                                        name + u".sqlite"_s);
    auto engine = std::make_unique<SyncEngine>(file, m_tabletClock);
    engine->setServerUrl(m_fixture->baseUrl());
    engine->setRequestTimeout(3000);
    engine->setProbeInterval(100);
    engine->liveUpdates()->setPollInterval(noPollingMs);
    engine->liveUpdates()->setRetry(50, 400);
    if (const Result<void> opened = engine->open(); !opened) {
        qWarning("open failed: %s", qPrintable(opened.error().message));
        return nullptr;
    }
    return engine;
}

bool TestLiveUpdates::login(SyncEngine& engine, const QString& staffId)
{
    QSignalSpy loggedIn(&engine, &SyncEngine::loggedIn);
    engine.login(staffId, ServerFixture::demoPin(staffId));
    return loggedIn.wait(waitMs) || loggedIn.count() == 1;
}

bool TestLiveUpdates::open(SyncEngine& engine, qint64 orderId)
{
    QSignalSpy changed(&engine, &SyncEngine::orderChanged);
    engine.openOrder(orderId);
    return changed.wait(waitMs) || !changed.isEmpty();
}

bool TestLiveUpdates::sendAndWait(SyncEngine& engine, qint64 orderId)
{
    QSignalSpy sent(&engine, &SyncEngine::sent);
    engine.send(orderId);
    return sent.wait(waitMs) || !sent.isEmpty();
}

qint64 TestLiveUpdates::orderOfTable(const QString& tableId)
{
    const Result<Table> table = m_fixture->table(tableId, m_manager);
    return table ? table->orderId : 0;
}

QUrl TestLiveUpdates::deadUrl()
{
    // A port that was free a moment ago: connecting to it is refused.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_s.arg(port));
}

void TestLiveUpdates::sendOnOneTabletRefreshesTheOther()
{
    auto ayse = tablet(u"ayse"_s);
    auto mehmet = tablet(u"mehmet"_s);
    QVERIFY(ayse && mehmet);
    QVERIFY(login(*ayse, u"ayse"_s));
    QVERIFY(login(*mehmet, u"mehmet"_s));
    const qint64 orderId = orderOfTable(u"12"_s);
    QVERIFY(open(*ayse, orderId));
    QVERIFY(open(*mehmet, orderId));
    QTRY_VERIFY_WITH_TIMEOUT(ayse->liveUpdates()->isConnected(), waitMs);

    QSignalSpy others(ayse.get(), &SyncEngine::othersChanged);
    QSignalSpy tables(ayse.get(), &SyncEngine::tablesChanged);
    QSignalSpy changed(ayse.get(), &SyncEngine::orderChanged);
    const QString added = mehmet->addLine(orderId, menuId(0), 3, 2, {}, later);
    QVERIFY(sendAndWait(*mehmet, orderId));

    QTRY_COMPARE_WITH_TIMEOUT(ayse->base(orderId)->version, 2, streamMs);
    QCOMPARE(lineIds(ayse->base(orderId)->items), QStringList{added});
    QCOMPARE(ayse->draft(orderId), ayse->base(orderId)->items);
    QVERIFY(!changed.isEmpty());
    QVERIFY(others.isEmpty()); // nothing unsent on this tablet
    // The table summaries are read again too.
    // (a read begun before the change may answer first: wait for the summary, not a signal)
    const auto summary = [&ayse, orderId] {
        for (const Table& table : ayse->tables()) {
            if (table.orderId == orderId)
                return std::optional<Table>(table);
        }
        return std::optional<Table>();
    };
    QTRY_COMPARE_WITH_TIMEOUT(summary() ? summary()->version : qint64(0), qint64(2), streamMs);
    QCOMPARE(summary()->itemCount, 1);
    QVERIFY(!tables.isEmpty());
    // The sender is not told that others changed its own order.
    QCOMPARE(mehmet->base(orderId)->version, 2);
}

void TestLiveUpdates::othersChangedWhenTheWaiterHasADraft()
{
    auto ayse = tablet(u"ayse"_s);
    auto mehmet = tablet(u"mehmet"_s);
    QVERIFY(ayse && mehmet);
    QVERIFY(login(*ayse, u"ayse"_s));
    QVERIFY(login(*mehmet, u"mehmet"_s));
    const qint64 orderId = orderOfTable(u"14"_s);
    QVERIFY(open(*ayse, orderId));
    QVERIFY(open(*mehmet, orderId));
    QTRY_VERIFY_WITH_TIMEOUT(ayse->liveUpdates()->isConnected(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(mehmet->liveUpdates()->isConnected(), waitMs);

    const QString mine = ayse->addLine(orderId, menuId(1), 1, 1, {}, later);
    QSignalSpy others(ayse.get(), &SyncEngine::othersChanged);
    QSignalSpy mehmetOthers(mehmet.get(), &SyncEngine::othersChanged);
    const QString theirs = mehmet->addLine(orderId, menuId(2), 2, 1, {}, later);
    QVERIFY(sendAndWait(*mehmet, orderId));

    QTRY_COMPARE_WITH_TIMEOUT(others.count(), 1, streamMs);
    QCOMPARE(others.first().first().toLongLong(), orderId);
    // The draft keeps its base, so that Send shows what came in between.
    QCOMPARE(ayse->base(orderId)->version, 1);
    QCOMPARE(lineIds(ayse->draft(orderId)), QStringList{mine});

    // Send: 409, and the dialog's proposal carries both lines; confirmed, both land.
    QList<RebaseDecision> decisions;
    QObject::connect(ayse.get(), &SyncEngine::conflictDetected, ayse.get(),
                     [&decisions](qint64, const RebaseDecision& decision, const QList<Event>&) {
                         decisions.append(decision);
                     });
    ayse->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(decisions.size(), 1, waitMs);
    QVERIFY(decisions.first().conflicts().isEmpty());
    QStringList both{mine, theirs};
    both.sort();
    QCOMPARE(lineIds(decisions.first().proposed()), both);
    QSignalSpy sent(ayse.get(), &SyncEngine::sent);
    ayse->confirmRebase(orderId, decisions.first());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, waitMs);
    const Result<Order> stored = m_fixture->order(orderId, m_manager);
    QVERIFY_OK(stored);
    QCOMPARE(stored->version, 3);
    QCOMPARE(lineIds(stored->items), both);
    QCOMPARE(others.count(), 1);
    // Mehmet, with nothing unsent, just follows.
    QTRY_COMPARE_WITH_TIMEOUT(mehmet->base(orderId)->version, 3, streamMs);
    QVERIFY(mehmetOthers.isEmpty());
}

void TestLiveUpdates::collidingDraftKeepsItsBaseAndSendRebases()
{
    auto ayse = tablet(u"ayse"_s);
    auto mehmet = tablet(u"mehmet"_s);
    QVERIFY(ayse && mehmet);
    QVERIFY(login(*ayse, u"ayse"_s));
    QVERIFY(login(*mehmet, u"mehmet"_s));
    const qint64 orderId = orderOfTable(u"16"_s);
    QVERIFY(open(*ayse, orderId));
    QVERIFY(open(*mehmet, orderId));
    const QString shared = ayse->addLine(orderId, menuId(0), 1, 1, {}, later);
    QVERIFY(sendAndWait(*ayse, orderId));
    QTRY_COMPARE_WITH_TIMEOUT(mehmet->base(orderId)->version, 2, streamMs);
    QTRY_VERIFY_WITH_TIMEOUT(ayse->liveUpdates()->isConnected(), waitMs);

    // Ayşe changes the line while Mehmet removes it: a true conflict.
    ayse->setQty(orderId, shared, 5);
    QSignalSpy others(ayse.get(), &SyncEngine::othersChanged);
    mehmet->removeLine(orderId, shared);
    QVERIFY(sendAndWait(*mehmet, orderId));
    QTRY_COMPARE_WITH_TIMEOUT(others.count(), 1, streamMs);
    // The base stays where the draft was made, so that Send shows the conflict.
    QCOMPARE(ayse->base(orderId)->version, 2);
    QCOMPARE(ayse->draft(orderId).size(), 1);
    QCOMPARE(ayse->draft(orderId).first().qty, 5);

    QList<RebaseDecision> conflicts;
    QObject::connect(ayse.get(), &SyncEngine::conflictDetected, ayse.get(),
                     [&conflicts](qint64, const RebaseDecision& decision, const QList<Event>&) {
                         conflicts.append(decision);
                     });
    ayse->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.size(), 1, waitMs);
    QCOMPARE(conflicts.first().conflicts().size(), 1);
}

void TestLiveUpdates::closeIsSeenOnTheTables()
{
    auto ayse = tablet(u"ayse"_s);
    QVERIFY(ayse);
    QSignalSpy tables(ayse.get(), &SyncEngine::tablesChanged);
    QVERIFY(login(*ayse, u"ayse"_s));
    QTRY_VERIFY_WITH_TIMEOUT(ayse->liveUpdates()->isConnected(), waitMs);
    // The tables are read once when the stream opens; the close must bring another read.
    QTRY_COMPARE_WITH_TIMEOUT(tables.count(), 1, waitMs);
    tables.clear();
    const qint64 orderId = orderOfTable(u"18"_s);
    const HttpReply closed = m_fixture->close(orderId, 1, m_manager);
    QVERIFY2(closed.status == 200, closed.describe().constData());
    const qint64 next = closed.json().value(u"next_order_id"_s).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(!tables.isEmpty(), streamMs);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(ayse->tables().cbegin(), ayse->tables().cend(),
                                         [next](const Table& table) {
                                             return table.id == "18"_L1 && table.orderId == next;
                                         }),
                             streamMs);
}

void TestLiveUpdates::pollsWithIfNoneMatchWhileStreamIsDown()
{
    int notModified = 0;
    QObject::connect(m_fixture->server(), &VenueServer::requestServed, m_fixture->server(),
                     [&notModified](const QByteArray& method, const QString& path, int status) {
                         if (method == "GET" && path.startsWith("/api/v1/orders/"_L1) &&
                             status == 304)
                             ++notModified;
                     });
    auto ayse = tablet(u"ayse"_s);
    QVERIFY(ayse);
    ayse->liveUpdates()->setStreamUrl(deadUrl());
    ayse->liveUpdates()->setPollInterval(100);
    const qint64 followed = orderOfTable(u"22"_s);
    const qint64 drafted = orderOfTable(u"23"_s);
    QVERIFY(login(*ayse, u"ayse"_s));
    QVERIFY(open(*ayse, followed));
    QVERIFY(open(*ayse, drafted));
    const QString mine = ayse->addLine(drafted, menuId(3), 4, 1, {}, later);

    // Unchanged orders cost a 304 each round; the stream keeps being retried meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(notModified >= 6, waitMs);
    QVERIFY(!ayse->liveUpdates()->isConnected());
    QCOMPARE(ayse->base(followed)->version, 1);

    QSignalSpy others(ayse.get(), &SyncEngine::othersChanged);
    for (const qint64 orderId : {followed, drafted}) {
        Lines lines{ServerFixture::newLine(menuId(0))};
        QCOMPARE(m_fixture->patchLines(orderId, 1, lines, m_manager).status, 200);
    }
    QTRY_COMPARE_WITH_TIMEOUT(ayse->base(followed)->version, 2, waitMs);
    QCOMPARE(ayse->draft(followed), ayse->base(followed)->items);
    QTRY_COMPARE_WITH_TIMEOUT(others.count(), 1, waitMs);
    QCOMPARE(others.first().first().toLongLong(), drafted);
    QCOMPARE(ayse->base(drafted)->version, 1);
    QCOMPARE(lineIds(ayse->draft(drafted)), QStringList{mine});

    // Both are polled at their new versions from then on: 304s, and no second notice.
    const int before = notModified;
    QTRY_VERIFY_WITH_TIMEOUT(notModified >= before + 6, waitMs);
    QCOMPARE(others.count(), 1);
}

void TestLiveUpdates::reconnectsAfterServerRestart()
{
    const quint16 port = m_fixture->port();
    auto ayse = tablet(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"24"_s);
    QVERIFY(open(*ayse, orderId));
    QTRY_VERIFY_WITH_TIMEOUT(ayse->liveUpdates()->isConnected(), waitMs);

    QSignalSpy connection(ayse->liveUpdates(), &LiveUpdates::connectedChanged);
    m_fixture->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!ayse->liveUpdates()->isConnected(), waitMs);

    m_revived = std::make_unique<VenueServer>(m_fixture->options(), m_fixture->clock());
    QVERIFY_OK(m_revived->open());
    const Result<quint16> bound = m_revived->listen(QHostAddress::LocalHost, port);
    QVERIFY_OK(bound);
    QCOMPARE(bound.value(), port);
    QTRY_VERIFY_WITH_TIMEOUT(ayse->liveUpdates()->isConnected(), waitMs);
    QCOMPARE(connection.count(), 2); // down, then up again

    // The same token still works, and the stream carries the next change.
    const Result<Order> current = m_fixture->order(orderId, m_manager);
    QVERIFY_OK(current);
    Lines lines = current->items;
    lines.append(ServerFixture::newLine(menuId(1)));
    QCOMPARE(m_fixture->patchLines(orderId, current->version, lines, m_manager).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->base(orderId)->version, current->version + 1, streamMs);
}

void TestLiveUpdates::logoutStopsTheStream()
{
    auto ayse = tablet(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    QTRY_VERIFY_WITH_TIMEOUT(ayse->liveUpdates()->isConnected(), waitMs);
    ayse->logout();
    QVERIFY(!ayse->liveUpdates()->isConnected());
    // No reconnect without a token.
    QSignalSpy connection(ayse->liveUpdates(), &LiveUpdates::connectedChanged);
    QVERIFY(!connection.wait(500));
}

QTEST_GUILESS_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
