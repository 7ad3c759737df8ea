#include "client/SyncEngine.h"
#include "client/VoidRequests.h"

#include "ResultCheck.h"
#include "server/VenueServer.h"
#include "ServerFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

// Voids through the SyncEngine against an in-process VenueServer: a waiter's void with a
// manager's PIN, a wrong or a waiter's PIN (nothing changes), a manager's own void, and an
// offline void that waits with its reason and asks for a new approval when it replays.
namespace {

constexpr int waitMs = 15000;

bool holds(const Lines& lines, const QString& lineId)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&lineId](const Line& line) { return line.lineId == lineId; });
}

} // namespace

class tst_VoidRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void waiterVoidsWithAManagersPin();
    void refusedPinChangesNothing_data();
    void refusedPinChangesNothing();
    void managerVoidsWithoutAPin();
    void offlineVoidReplaysWithANewApproval();
    void voidOnAMovedOrderGoesOnTheNewVersion();

private:
    std::unique_ptr<SyncEngine> engine(const QString& name);
    bool login(SyncEngine& engine, const QString& staffId);
    bool open(SyncEngine& engine, qint64 orderId);
    // Adds one line and sends it; the Send fires it. Returns its line id (empty on failure).
    QString firedLine(SyncEngine& engine, qint64 orderId);
    std::optional<ApprovalReply> approval(SyncEngine& engine, const QString& staffId,
                                          const QString& pin);
    qint64 orderOfTable(const QString& tableId);
    Order serverOrder(qint64 orderId);
    QList<Event> voidEvents(qint64 orderId);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<VenueServer> m_revived;
    ManualClock m_tabletClock;
    QByteArray m_token;
    QList<MenuItem> m_menu;
};

void tst_VoidRequests::init()
{
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<ServerFixture>();
    const Result<ServerFixture::Venue> venue = m_fixture->startVenue();
    QVERIFY_OK(venue);
    m_token = venue->managerToken;
    m_menu = venue->menu;
}

void tst_VoidRequests::cleanup()
{
    m_revived.reset();
    m_fixture.reset();
}

std::unique_ptr<SyncEngine> tst_VoidRequests::engine(const QString& name)
{
    QString tag = QString::fromLatin1(QTest::currentDataTag());
    tag.replace(u' ', u'_');
    auto made = std::make_unique<SyncEngine>(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-' + tag + u'-' +
                       name + u".sqlite"_s),
        m_tabletClock);
    made->setServerUrl(m_fixture->baseUrl());
    made->setProbeInterval(100);
    made->setRequestTimeout(3000);
    return made->open() ? std::move(made) : nullptr;
}

bool tst_VoidRequests::login(SyncEngine& engine, const QString& staffId)
{
    QSignalSpy loggedIn(&engine, &SyncEngine::loggedIn);
    engine.login(staffId, ServerFixture::demoPin(staffId));
    return loggedIn.wait(waitMs) || loggedIn.count() == 1;
}

bool tst_VoidRequests::open(SyncEngine& engine, qint64 orderId)
{
    QSignalSpy changed(&engine, &SyncEngine::orderChanged);
    engine.openOrder(orderId);
    return changed.wait(waitMs) || !changed.isEmpty();
}

QString tst_VoidRequests::firedLine(SyncEngine& engine, qint64 orderId)
{
    QSignalSpy fired(&engine, &SyncEngine::fired);
    const QString lineId = engine.addLine(orderId, m_menu.at(0).id, 1);
    engine.send(orderId);
    if (!fired.wait(waitMs) && fired.isEmpty())
        return {};
    const std::optional<Order> base = engine.base(orderId);
    return base && holds(base->items, lineId) ? lineId : QString();
}

std::optional<ApprovalReply> tst_VoidRequests::approval(SyncEngine& engine, const QString& staffId,
                                                        const QString& pin)
{
    QSignalSpy granted(engine.voids(), &VoidRequests::approvalGranted);
    engine.voids()->requestApproval(staffId, pin);
    if (!granted.wait(waitMs) && granted.isEmpty())
        return std::nullopt;
    return granted.first().first().value<ApprovalReply>();
}

qint64 tst_VoidRequests::orderOfTable(const QString& tableId)
{
    const Result<Table> table = m_fixture->table(tableId, m_token);
    return table ? table->orderId : 0;
}

Order tst_VoidRequests::serverOrder(qint64 orderId)
{
    const Result<Order> order = m_fixture->order(orderId, m_token);
    return order ? order.value() : Order{};
}

QList<Event> tst_VoidRequests::voidEvents(qint64 orderId)
{
    const Result<QList<Event>> events = m_fixture->orderEvents(orderId, m_token);
    QList<Event> voids;
    for (const Event& event : events ? events.value() : QList<Event>{}) {
        if (event.kind == Event::Kind::Void)
            voids.append(event);
    }
    return voids;
}

void tst_VoidRequests::waiterVoidsWithAManagersPin()
{
    auto ayse = engine(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"3"_s);
    QVERIFY(open(*ayse, orderId));
    const QString lineId = firedLine(*ayse, orderId);
    QVERIFY(!lineId.isEmpty());

    const std::optional<ApprovalReply> granted =
        approval(*ayse, u"selin"_s, ServerFixture::demoPin(u"selin"_s));
    QVERIFY(granted);
    QCOMPARE(granted->staff.id, u"selin"_s);
    QSignalSpy voids(ayse->voids(), &VoidRequests::voidsChanged);
    QVERIFY_OK(
        ayse->voids()->voidLine(orderId, lineId, u"wrong_item"_s, u"asked for soup"_s, granted));
    QVERIFY(!holds(ayse->draft(orderId), lineId)); // off the draft at once
    QVERIFY(voids.wait(waitMs));

    QVERIFY(!holds(serverOrder(orderId).items, lineId));
    const QList<Event> events = voidEvents(orderId);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().lineId, lineId);
    QCOMPARE(events.first().reason, u"wrong_item"_s);
    QCOMPARE(events.first().approvedBy, u"selin"_s);
    QCOMPARE(events.first().author, u"ayse"_s);
    QCOMPARE(events.first().note, u"asked for soup"_s);
    // Shown struck through until the order is read again.
    const QList<VoidedLine> shown = ayse->voids()->recent(orderId);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().line.lineId, lineId);
    QCOMPARE(shown.first().reason, u"wrong_item"_s);
    QCOMPARE(shown.first().approvedBy, u"selin"_s);
    QCOMPARE(ayse->voids()->askedOrders(), 0); // landed: no longer waited for
    QVERIFY(!holds(ayse->base(orderId)->items, lineId));
    QVERIFY(open(*ayse, orderId));
    QVERIFY(ayse->voids()->recent(orderId).isEmpty());
}

void tst_VoidRequests::refusedPinChangesNothing_data()
{
    QTest::addColumn<QString>("staff");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("wrong manager PIN") << u"selin"_s << u"0000"_s << ErrorCode::InvalidCredentials;
    QTest::newRow("a waiter's PIN")
        << u"mehmet"_s << ServerFixture::demoPin(u"mehmet"_s) << ErrorCode::Forbidden;
}

void tst_VoidRequests::refusedPinChangesNothing()
{
    QFETCH(QString, staff);
    QFETCH(QString, pin);
    QFETCH(ErrorCode, code);
    auto ayse = engine(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"4"_s);
    QVERIFY(open(*ayse, orderId));
    const QString lineId = firedLine(*ayse, orderId);
    QVERIFY(!lineId.isEmpty());
    const Order before = serverOrder(orderId);

    QSignalSpy refused(ayse->voids(), &VoidRequests::approvalRefused);
    QSignalSpy granted(ayse->voids(), &VoidRequests::approvalGranted);
    ayse->voids()->requestApproval(staff, pin);
    QVERIFY(refused.wait(waitMs));
    QCOMPARE(refused.first().first().value<ApiError>().code, code);
    QVERIFY(granted.isEmpty());
    // Without an approval a waiter's void is refused here and nothing changes.
    const Result<void> voided =
        ayse->voids()->voidLine(orderId, lineId, u"quality"_s, {}, std::nullopt);
    QVERIFY(!voided);
    QCOMPARE(voided.error().code, ErrorCode::ApprovalRequired);
    QVERIFY(holds(ayse->draft(orderId), lineId));
    QCOMPARE(ayse->outboxCount(), 0);
    QCOMPARE(serverOrder(orderId), before);
    QVERIFY(voidEvents(orderId).isEmpty());
}

void tst_VoidRequests::managerVoidsWithoutAPin()
{
    auto selin = engine(u"selin"_s);
    QVERIFY(selin);
    QVERIFY(login(*selin, u"selin"_s));
    const qint64 orderId = orderOfTable(u"5"_s);
    QVERIFY(open(*selin, orderId));
    const QString lineId = firedLine(*selin, orderId);
    QVERIFY(!lineId.isEmpty());

    QSignalSpy voids(selin->voids(), &VoidRequests::voidsChanged);
    QVERIFY_OK(selin->voids()->voidLine(orderId, lineId, u"kitchen_error"_s, {}, std::nullopt));
    QVERIFY(voids.wait(waitMs));
    QVERIFY(!holds(serverOrder(orderId).items, lineId));
    const QList<Event> events = voidEvents(orderId);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().reason, u"kitchen_error"_s);
    QCOMPARE(events.first().approvedBy, u"selin"_s);
    QCOMPARE(selin->voids()->recent(orderId).first().approvedBy, u"selin"_s);
}

void tst_VoidRequests::offlineVoidReplaysWithANewApproval()
{
    auto ayse = engine(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"6"_s);
    QVERIFY(open(*ayse, orderId));
    const QString lineId = firedLine(*ayse, orderId);
    QVERIFY(!lineId.isEmpty());
    const std::optional<ApprovalReply> first =
        approval(*ayse, u"selin"_s, ServerFixture::demoPin(u"selin"_s));
    QVERIFY(first);

    const quint16 port = m_fixture->port();
    m_fixture->stop();
    QSignalSpy queued(ayse.get(), &SyncEngine::queued);
    QVERIFY_OK(ayse->voids()->voidLine(orderId, lineId, u"guest_changed_mind"_s,
                                       u"changed to fish"_s, first));
    QVERIFY(queued.wait(waitMs));
    QCOMPARE(ayse->outboxCount(), 1);

    // The tablet restarts: the void waits in its file with its reason and approval.
    ayse.reset();
    ayse = engine(u"ayse"_s);
    QVERIFY(ayse);
    QCOMPARE(ayse->outboxCount(), 1);
    QVERIFY(!holds(ayse->draft(orderId), lineId));

    // The approval expires while the server is away; it comes back on the same port.
    m_fixture->clock().advance(121'000);
    m_revived = std::make_unique<VenueServer>(m_fixture->options(), m_fixture->clock());
    QVERIFY(m_revived->open());
    const Result<quint16> listening = m_revived->listen(QHostAddress::LocalHost, port);
    QVERIFY_OK(listening);
    QSignalSpy needed(ayse.get(), &SyncEngine::approvalNeeded);
    QVERIFY(login(*ayse, u"ayse"_s));
    QVERIFY(needed.wait(waitMs));
    QCOMPARE(needed.first().at(0).toLongLong(), orderId);
    QCOMPARE(needed.first().at(1).toStringList(), QStringList{lineId});
    QCOMPARE(ayse->outboxCount(), 1); // still waiting, nothing written
    QVERIFY(holds(serverOrder(orderId).items, lineId));
    QVERIFY(voidEvents(orderId).isEmpty());

    const std::optional<ApprovalReply> second =
        approval(*ayse, u"selin"_s, ServerFixture::demoPin(u"selin"_s));
    QVERIFY(second);
    QVERIFY(second->approval != first->approval);
    QSignalSpy outbox(ayse.get(), &SyncEngine::outboxChanged);
    QSignalSpy shown(ayse->voids(), &VoidRequests::voidsChanged);
    QVERIFY_OK(ayse->voids()->renewApproval(orderId, *second));
    QTRY_COMPARE_WITH_TIMEOUT(ayse->outboxCount(), 0, waitMs);
    // Asked before the restart, landed after it: shown struck through with the server's why.
    QTRY_COMPARE_WITH_TIMEOUT(ayse->voids()->recent(orderId).size(), 1, waitMs);
    QVERIFY(!shown.isEmpty());
    const VoidedLine landed = ayse->voids()->recent(orderId).first();
    QCOMPARE(landed.line.lineId, lineId);
    QCOMPARE(landed.line.menuItemId, m_menu.at(0).id);
    QCOMPARE(landed.reason, u"guest_changed_mind"_s);
    QCOMPARE(landed.note, u"changed to fish"_s);
    QCOMPARE(landed.approvedBy, u"selin"_s);
    QCOMPARE(ayse->voids()->askedOrders(), 0);
    QVERIFY(!holds(serverOrder(orderId).items, lineId));
    const QList<Event> events = voidEvents(orderId);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().reason, u"guest_changed_mind"_s);
    QCOMPARE(events.first().note, u"changed to fish"_s);
    QCOMPARE(events.first().approvedBy, u"selin"_s);
}

void tst_VoidRequests::voidOnAMovedOrderGoesOnTheNewVersion()
{
    auto ayse = engine(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"7"_s);
    QVERIFY(open(*ayse, orderId));
    const QString lineId = firedLine(*ayse, orderId);
    QVERIFY(!lineId.isEmpty());
    // Another device adds a line: ayse's base is one version behind.
    Order current = serverOrder(orderId);
    Line other;
    other.lineId = u"5c0ffee0-0000-4000-8000-000000000001"_s;
    other.menuItemId = m_menu.at(1).id;
    current.items.append(other);
    QCOMPARE(m_fixture->patchLines(orderId, current.version, current.items, m_token).status, 200);

    const std::optional<ApprovalReply> granted =
        approval(*ayse, u"selin"_s, ServerFixture::demoPin(u"selin"_s));
    QVERIFY(granted);
    QSignalSpy conflicts(ayse.get(), &SyncEngine::conflictDetected);
    QSignalSpy voids(ayse->voids(), &VoidRequests::voidsChanged);
    QVERIFY_OK(ayse->voids()->voidLine(orderId, lineId, u"quality"_s, {}, granted));
    QVERIFY(voids.wait(waitMs));
    QVERIFY(conflicts.isEmpty());
    const Order stored = serverOrder(orderId);
    QVERIFY(!holds(stored.items, lineId));
    QVERIFY(holds(stored.items, other.lineId)); // the other's line stays
    QCOMPARE(voidEvents(orderId).size(), 1);
}

QTEST_GUILESS_MAIN(tst_VoidRequests)
#include "tst_voidrequests.moc"
