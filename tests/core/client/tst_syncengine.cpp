#include "client/SyncEngine.h"

#include "ResultCheck.h"
#include "server/VenueServer.h"
#include "ServerFixture.h"

#include "client/LiveUpdates.h"
#include "client/VoidRequests.h"
#include "model/KitchenCodec.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 15000;

struct SeenConflict
{
    qint64 orderId = 0;
    RebaseDecision decision;
    QList<Event> events;
};

// One waiter's tablet: an engine on its own local file and everything it said.
// What one fired() said: the order, its courses, the lines that went to the kitchen.
struct FiredCourses
{
    qint64 orderId = 0;
    QList<int> courses;
    int lines = 0;
    bool operator==(const FiredCourses& other) const
    {
        return orderId == other.orderId && courses == other.courses && lines == other.lines;
    }
};

class Tablet
{
public:
    Tablet(const QString& file, const QUrl& server, Clock& clock, int probeMs = 100)
        : m_file(file)
        , m_server(server)
        , m_clock(clock)
        , m_probeMs(probeMs)
    {
        start();
    }

    // Opens a fresh engine on the same file, as after a crash (no shutdown step before).
    void start()
    {
        engine = std::make_unique<SyncEngine>(m_file, m_clock);
        engine->setServerUrl(m_server);
        engine->setProbeInterval(m_probeMs);
        engine->setRequestTimeout(3000);
        QObject::connect(engine.get(), &SyncEngine::sent, engine.get(),
                         [this](qint64 id, const Order& order) {
                             sent.append({id, order});
                         });
        QObject::connect(engine.get(), &SyncEngine::conflictDetected, engine.get(),
                         [this](qint64 id, const RebaseDecision& d, const QList<Event>& e) {
                             conflicts.append({id, d, e});
                         });
        QObject::connect(engine.get(), &SyncEngine::sendFailed, engine.get(),
                         [this](qint64 id, const ApiError& error, const Lines&) {
                             failures.append({id, error});
                         });
        QObject::connect(engine.get(), &SyncEngine::queued, engine.get(),
                         [this](qint64 id) { queued.append(id); });
        QObject::connect(engine.get(), &SyncEngine::fired, engine.get(),
                         [this](qint64 id, const QList<int>& courses, int lines) {
                             fired.append({id, courses, lines});
                         });
    }
    void kill() { engine.reset(); }

    std::unique_ptr<SyncEngine> engine;
    QList<QPair<qint64, Order>> sent;
    QList<SeenConflict> conflicts;
    QList<QPair<qint64, ApiError>> failures;
    QList<qint64> queued;
    QList<FiredCourses> fired;

private:
    QString m_file;
    QUrl m_server;
    Clock& m_clock;
    int m_probeMs;
};

bool allFired(const Lines& lines)
{
    return std::all_of(lines.cbegin(), lines.cend(), [](const Line& line) { return line.fired(); });
}

QStringList lineIds(const Lines& lines)
{
    QStringList ids;
    for (const Line& line : lines)
        ids.append(line.lineId);
    ids.sort();
    return ids;
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

} // namespace

class tst_SyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sendLands();
    void secondWaiterRebasesOntoTheFirst();
    void secondConflictWhileConfirming();
    void cancelRebaseSendsNothing();
    void conflictResendVoidsALineFiredMeanwhile();
    void draftSurvivesRestart();
    void sendsQueuedWhileDownDrainOnce();
    void queueSurvivesRestart();
    void discardedDraftTakesItsWaitingSendAlong();
    void replayOfALandedSendAddsNothing();
    void replayConflictStopsOnlyThatOrder();
    void lineStateTransitions();
    void refusedSends_data();
    void refusedSends();
    void killedProcessLosesNothing();
    void twoWaitersOnOneTabletOnline();
    void twoWaitersOnOneTabletOfflineAcrossRestart();
    void managerDiscardsAnothersWork();
    void resyncOfSixtyOrdersStaysUnderTheRateLimit();

private:
    std::unique_ptr<Tablet> tablet(const QString& name, int probeMs = 100);
    bool login(Tablet& tablet, const QString& staffId);
    bool open(Tablet& tablet, qint64 orderId);
    qint64 orderOfTable(const QString& tableId);
    QString menuId(int index) const { return m_menu.at(index % m_menu.size()).id; }
    Order serverOrder(qint64 orderId);
    // Stops the server; bringUp() starts a new one on the same file and the same port.
    void takeDown();
    bool bringUp();

    QTemporaryDir m_dir;
    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<VenueServer> m_revived;
    ManualClock m_tabletClock;
    QByteArray m_token; // a manager's, for checks against the server
    QList<MenuItem> m_menu;
    quint16 m_port = 0;
};

void tst_SyncEngine::init()
{
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<ServerFixture>();
    const Result<ServerFixture::Venue> venue = m_fixture->startVenue();
    QVERIFY_OK(venue);
    m_port = m_fixture->port();
    m_token = venue->managerToken;
    m_menu = venue->menu;
    QVERIFY(m_menu.size() >= 10);
}

void tst_SyncEngine::cleanup()
{
    m_revived.reset();
    m_fixture.reset();
}

std::unique_ptr<Tablet> tst_SyncEngine::tablet(const QString& name, int probeMs)
{
    QString tag = QString::fromLatin1(QTest::currentDataTag());
    tag.replace(u' ', u'_');
    const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-' +
                                        tag + u'-' + name + u".sqlite"_s);
    auto made = std::make_unique<Tablet>(file, m_fixture->baseUrl(), m_tabletClock, probeMs);
    const Result<void> opened = made->engine->open();
    if (!opened)
        qWarning("open failed: %s", qPrintable(opened.error().message));
    return opened ? std::move(made) : nullptr;
}

bool tst_SyncEngine::login(Tablet& tablet, const QString& staffId)
{
    QSignalSpy loggedIn(tablet.engine.get(), &SyncEngine::loggedIn);
    tablet.engine->login(staffId, ServerFixture::demoPin(staffId));
    return loggedIn.wait(waitMs) || loggedIn.count() == 1;
}

bool tst_SyncEngine::open(Tablet& tablet, qint64 orderId)
{
    QSignalSpy changed(tablet.engine.get(), &SyncEngine::orderChanged);
    tablet.engine->openOrder(orderId);
    return changed.wait(waitMs) || !changed.isEmpty();
}

qint64 tst_SyncEngine::orderOfTable(const QString& tableId)
{
    const Result<Table> table = m_fixture->table(tableId, m_token);
    return table ? table->orderId : 0;
}

Order tst_SyncEngine::serverOrder(qint64 orderId)
{
    const Result<Order> order = m_fixture->order(orderId, m_token);
    return order ? order.value() : Order{};
}

void tst_SyncEngine::takeDown()
{
    m_revived.reset();
    m_fixture->stop();
}

bool tst_SyncEngine::bringUp()
{
    m_revived = std::make_unique<VenueServer>(m_fixture->options(), m_fixture->clock());
    if (!m_revived->open())
        return false;
    const Result<quint16> port = m_revived->listen(QHostAddress::LocalHost, m_port);
    return port && port.value() == m_port;
}

void tst_SyncEngine::sendLands()
{
    auto ayse = tablet(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"1"_s);
    QVERIFY(open(*ayse, orderId));
    QCOMPARE(ayse->engine->base(orderId)->version, 1);

    QStringList added;
    for (int i = 0; i < 3; ++i)
        added.append(ayse->engine->addLine(orderId, menuId(i), i + 1, 1 + i));
    QCOMPARE(ayse->engine->draft(orderId).size(), 3);
    QCOMPARE(ayse->engine->pendingChanges(orderId).size(), 3);

    QSignalSpy busy(ayse->engine.get(), &SyncEngine::busyChanged);
    ayse->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->sent.size(), 1, waitMs);
    QCOMPARE(ayse->sent.first().second.version, 2); // the PATCH stored the lines
    // Send also fires the current course (1, the lines' course): a second write, version 3.
    QTRY_COMPARE_WITH_TIMEOUT(ayse->fired.size(), 1, waitMs);
    QCOMPARE(ayse->fired.first(), (FiredCourses{orderId, {1}, 3}));
    QCOMPARE(busy.count(), 4); // on, off for the PATCH; on, off for the fire
    QVERIFY(ayse->failures.isEmpty());
    QVERIFY(ayse->conflicts.isEmpty());
    QCOMPARE(ayse->engine->base(orderId)->version, 3);
    QCOMPARE(ayse->engine->draft(orderId), ayse->engine->base(orderId)->items);
    QVERIFY(allFired(ayse->engine->base(orderId)->items));
    QVERIFY(ayse->engine->pendingChanges(orderId).isEmpty());

    const Order stored = serverOrder(orderId);
    QCOMPARE(stored.version, 3);
    added.sort();
    QCOMPARE(lineIds(stored.items), added);
    for (const Line& line : stored.items) {
        QCOMPARE(line.addedBy, u"ayse"_s);
        QCOMPARE(line.course, 1);
        QVERIFY2(line.fired(), qPrintable(line.lineId));
    }
}

void tst_SyncEngine::secondWaiterRebasesOntoTheFirst()
{
    auto ayse = tablet(u"ayse"_s);
    auto mehmet = tablet(u"mehmet"_s);
    QVERIFY(ayse && mehmet);
    QVERIFY(login(*ayse, u"ayse"_s));
    QVERIFY(login(*mehmet, u"mehmet"_s));
    const qint64 orderId = orderOfTable(u"12"_s);
    QVERIFY(open(*ayse, orderId));
    QVERIFY(open(*mehmet, orderId));

    QStringList ayseLines;
    QStringList mehmetLines;
    for (int i = 0; i < 5; ++i) {
        ayseLines.append(ayse->engine->addLine(orderId, menuId(i), i + 1));
        mehmetLines.append(mehmet->engine->addLine(orderId, menuId(i + 5), i + 6, 2));
    }
    ayse->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->sent.size(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->fired.size(), 1, waitMs);
    QCOMPARE(ayse->fired.first(), (FiredCourses{orderId, {1}, 5}));
    QCOMPARE(serverOrder(orderId).version, 3); // stored, then course 1 fired

    mehmet->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(mehmet->conflicts.size(), 1, waitMs);
    QVERIFY(mehmet->sent.isEmpty());
    QVERIFY(mehmet->fired.isEmpty());
    const SeenConflict seen = mehmet->conflicts.first();
    QCOMPARE(seen.orderId, orderId);
    QVERIFY(seen.decision.conflicts().isEmpty());
    QVERIFY(seen.decision.isSettled());
    QCOMPARE(seen.decision.theirChanges().size(), 5);
    QCOMPARE(seen.decision.myChanges().size(), 5);
    // Ayşe's five adds, then her Send's fire of each of those lines.
    QCOMPARE(seen.events.size(), 10);
    for (int i = 0; i < seen.events.size(); ++i) {
        const Event& event = seen.events.at(i);
        QCOMPARE(event.kind, i < 5 ? Event::Kind::Add : Event::Kind::Fire);
        QCOMPARE(event.author, u"ayse"_s);
    }
    const QStringList proposed = lineIds(seen.decision.proposed());
    for (const QString& id : ayseLines + mehmetLines)
        QVERIFY2(proposed.contains(id), qPrintable(id));
    QCOMPARE(proposed.size(), 10);
    // Nothing was written by the refused send.
    QCOMPARE(serverOrder(orderId).items.size(), 5);

    mehmet->engine->confirmRebase(orderId, seen.decision);
    QTRY_COMPARE_WITH_TIMEOUT(mehmet->sent.size(), 1, waitMs);
    QCOMPARE(mehmet->sent.first().second.version, 4);
    // The confirmed send fires course 1 too: only Mehmet's five lines were still waiting.
    QTRY_COMPARE_WITH_TIMEOUT(mehmet->fired.size(), 1, waitMs);
    QCOMPARE(mehmet->fired.first(), (FiredCourses{orderId, {1}, 5}));
    QVERIFY(mehmet->failures.isEmpty());
    const Order stored = serverOrder(orderId);
    QCOMPARE(stored.version, 5);
    QCOMPARE(stored.items.size(), 10);
    QVERIFY(allFired(stored.items));
    QStringList all = ayseLines + mehmetLines;
    all.sort();
    QCOMPARE(lineIds(stored.items), all);
    for (const Line& line : stored.items)
        QCOMPARE(line.addedBy, ayseLines.contains(line.lineId) ? u"ayse"_s : u"mehmet"_s);
    QCOMPARE(mehmet->engine->base(orderId)->version, 5);
    QCOMPARE(lineIds(mehmet->engine->draft(orderId)), all);
    for (const QString& id : all)
        QCOMPARE(mehmet->engine->lineState(orderId, id), LineSyncState::Confirmed);
}

void tst_SyncEngine::secondConflictWhileConfirming()
{
    auto ayse = tablet(u"ayse"_s);
    auto mehmet = tablet(u"mehmet"_s);
    QVERIFY(ayse && mehmet);
    QVERIFY(login(*ayse, u"ayse"_s));
    QVERIFY(login(*mehmet, u"mehmet"_s));
    const qint64 orderId = orderOfTable(u"7"_s);
    QVERIFY(open(*ayse, orderId));
    QVERIFY(open(*mehmet, orderId));

    const QString first = ayse->engine->addLine(orderId, menuId(0), 1);
    const QString mine = mehmet->engine->addLine(orderId, menuId(1), 2);
    ayse->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->sent.size(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->fired.size(), 1, waitMs);
    mehmet->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(mehmet->conflicts.size(), 1, waitMs);

    // While the dialog is open, Ayşe sends (and so fires) again.
    const QString second = ayse->engine->addLine(orderId, menuId(2), 3);
    ayse->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->sent.size(), 2, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->fired.size(), 2, waitMs);
    QCOMPARE(ayse->fired.last(), (FiredCourses{orderId, {1}, 1}));

    mehmet->engine->confirmRebase(orderId, mehmet->conflicts.first().decision);
    QTRY_COMPARE_WITH_TIMEOUT(mehmet->conflicts.size(), 2, waitMs);
    QVERIFY(mehmet->sent.isEmpty());
    const SeenConflict again = mehmet->conflicts.last();
    QCOMPARE(lineIds(again.decision.proposed()), sorted({first, mine, second}));
    // Only what changed since the first dialog's order: the second line added, then fired.
    QCOMPARE(again.events.size(), 2);
    QCOMPARE(again.events.at(0).lineId, second);
    QCOMPARE(again.events.at(0).kind, Event::Kind::Add);
    QCOMPARE(again.events.at(1).lineId, second);
    QCOMPARE(again.events.at(1).kind, Event::Kind::Fire);

    mehmet->engine->confirmRebase(orderId, again.decision);
    QTRY_COMPARE_WITH_TIMEOUT(mehmet->sent.size(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(mehmet->fired.size(), 1, waitMs);
    QCOMPARE(mehmet->fired.first(), (FiredCourses{orderId, {1}, 1}));
    QCOMPARE(serverOrder(orderId).items.size(), 3);
    QVERIFY(allFired(serverOrder(orderId).items));
    // Ayşe: v2 stored, v3 fired, v4 stored, v5 fired; Mehmet: v6 stored, v7 fired.
    QCOMPARE(serverOrder(orderId).version, 7);
}

void tst_SyncEngine::cancelRebaseSendsNothing()
{
    auto ayse = tablet(u"ayse"_s);
    auto mehmet = tablet(u"mehmet"_s);
    QVERIFY(ayse && mehmet);
    QVERIFY(login(*ayse, u"ayse"_s));
    QVERIFY(login(*mehmet, u"mehmet"_s));
    const qint64 orderId = orderOfTable(u"3"_s);
    QVERIFY(open(*ayse, orderId));
    QVERIFY(open(*mehmet, orderId));
    ayse->engine->addLine(orderId, menuId(0), 1);
    const QString mine = mehmet->engine->addLine(orderId, menuId(1), 2, 3, u"extra lemon"_s);
    ayse->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->sent.size(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->fired.size(), 1, waitMs);
    const Lines draftBefore = mehmet->engine->draft(orderId);

    QSignalSpy served(m_fixture->server(), &VenueServer::requestServed);
    mehmet->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(mehmet->conflicts.size(), 1, waitMs);
    mehmet->engine->cancelRebase(orderId);
    QVERIFY(!mehmet->engine->hasConflict(orderId));

    // A later round trip of the same engine proves nothing else went out in between.
    QSignalSpy tables(mehmet->engine.get(), &SyncEngine::tablesChanged);
    mehmet->engine->refreshTables();
    QVERIFY(tables.wait(waitMs));
    int patches = 0;
    int fires = 0;
    for (const QList<QVariant>& request : served) {
        if (request.at(0).toByteArray() == "PATCH")
            ++patches;
        if (request.at(0).toByteArray() == "POST" && request.at(1).toString().endsWith(u"/fire"))
            ++fires;
    }
    QCOMPARE(patches, 1); // the refused one; a cancelled rebase neither stores nor fires
    QCOMPARE(fires, 0);
    QVERIFY(mehmet->sent.isEmpty());
    QVERIFY(mehmet->fired.isEmpty());
    QCOMPARE(mehmet->engine->draft(orderId), draftBefore);
    QCOMPARE(mehmet->engine->base(orderId)->version, 1);
    QCOMPARE(mehmet->engine->lineState(orderId, mine), LineSyncState::Local);
    QCOMPARE(serverOrder(orderId).items.size(), 1);
    QVERIFY(allFired(serverOrder(orderId).items)); // Ayşe's line: stored and fired
    QCOMPARE(serverOrder(orderId).version, 3);

    // Confirming after a cancel has nothing to confirm; a new send shows the dialog again.
    mehmet->engine->confirmRebase(orderId, mehmet->conflicts.first().decision);
    QCOMPARE(mehmet->failures.size(), 1);
    mehmet->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(mehmet->conflicts.size(), 2, waitMs);
}

void tst_SyncEngine::conflictResendVoidsALineFiredMeanwhile()
{
    auto ayse = tablet(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"8"_s);
    QVERIFY(open(*ayse, orderId));
    // A starter goes to the kitchen with the Send; the main course waits on the order.
    ayse->engine->addLine(orderId, menuId(0), 1);
    const QString main = ayse->engine->addLine(orderId, menuId(1), 2, 1, {}, 2);
    ayse->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->fired.size(), 1, waitMs);
    const std::optional<Order> base = ayse->engine->base(orderId);
    QVERIFY(base && base->findLine(main) && !base->findLine(main)->fired());

    // Ayşe takes the main course off while the captain fires course 2 from another device.
    ayse->engine->removeLine(orderId, main);
    const HttpReply fired = m_fixture->http().sendJson(
        "POST", u"/api/v1/orders/%1/fire"_s.arg(orderId),
        QJsonObject{{u"expected_version"_s, base->version}, {u"courses"_s, QJsonArray{2}}},
        m_token);
    QCOMPARE(fired.status, 200);
    QVERIFY(serverOrder(orderId).findLine(main)->fired());

    ayse->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->conflicts.size(), 1, waitMs);
    RebaseDecision decision = ayse->conflicts.first().decision;
    QCOMPARE(decision.conflicts().size(), 1);
    QCOMPARE(decision.conflicts().first().lineId, main);
    QVERIFY(decision.conflicts().first().canVoid());
    // Never silently: nothing was sent, the kitchen's line is still on the order.
    QVERIFY(serverOrder(orderId).findLine(main));

    QVERIFY_OK(decision.chooseVoid(0, u"guest_changed_mind"_s, u"leaving early"_s));
    QSignalSpy granted(ayse->engine->voids(), &VoidRequests::approvalGranted);
    ayse->engine->voids()->requestApproval(u"selin"_s, ServerFixture::demoPin(u"selin"_s));
    QVERIFY(granted.wait(waitMs));
    decision.setApproval(granted.first().first().value<ApprovalReply>().approval);
    const int sentBefore = int(ayse->sent.size());
    ayse->engine->confirmRebase(orderId, decision);
    QTRY_COMPARE_WITH_TIMEOUT(int(ayse->sent.size()), sentBefore + 1, waitMs);
    QVERIFY(ayse->failures.isEmpty());
    QCOMPARE(ayse->conflicts.size(), 1);

    // Landed (200): off the order, one void event naming reason and approver, a void ticket.
    const Order stored = serverOrder(orderId);
    QVERIFY(!stored.findLine(main));
    QCOMPARE(ayse->sent.last().second.version, stored.version);
    QVERIFY(!ayse->engine->base(orderId)->findLine(main));
    // The tablet shows the voided line struck through, with its reason and approver.
    QTRY_COMPARE_WITH_TIMEOUT(ayse->engine->voids()->recent(orderId).size(), 1, waitMs);
    const VoidedLine shown = ayse->engine->voids()->recent(orderId).first();
    QCOMPARE(shown.line.lineId, main);
    QCOMPARE(shown.reason, u"guest_changed_mind"_s);
    QCOMPARE(shown.note, u"leaving early"_s);
    QCOMPARE(shown.approvedBy, u"selin"_s);
    const Result<QList<Event>> events = m_fixture->orderEvents(orderId, m_token);
    QVERIFY_OK(events);
    QList<Event> voids;
    for (const Event& event : events.value()) {
        if (event.kind == Event::Kind::Void)
            voids.append(event);
    }
    QCOMPARE(voids.size(), 1);
    QCOMPARE(voids.first().lineId, main);
    QCOMPARE(voids.first().reason, u"guest_changed_mind"_s);
    QCOMPARE(voids.first().note, u"leaving early"_s);
    QCOMPARE(voids.first().approvedBy, u"selin"_s);
    QCOMPARE(voids.first().author, u"ayse"_s);
    QVERIFY(voids.first().ticketId);
    const HttpReply tickets = m_fixture->http().get(u"/api/v1/kitchen/tickets?since=0"_s, m_token);
    QCOMPARE(tickets.status, 200);
    const Result<TicketsPage> page = KitchenCodec::ticketsPageFromJson(tickets.json());
    QVERIFY_OK(page);
    const auto ticket =
        std::find_if(page->tickets.cbegin(), page->tickets.cend(),
                     [&voids](const Ticket& t) { return t.id == *voids.first().ticketId; });
    QVERIFY(ticket != page->tickets.cend());
    QCOMPARE(ticket->kind, Ticket::Kind::Void);
    QCOMPARE(ticket->orderId, orderId);
    QCOMPARE(ticket->lines.size(), 1);
    QCOMPARE(ticket->lines.first().lineId, main);
    QCOMPARE(ticket->lines.first().reason, u"guest_changed_mind"_s);
    QCOMPARE(ticket->lines.first().approvedBy, u"selin"_s);
}

void tst_SyncEngine::draftSurvivesRestart()
{
    auto ayse = tablet(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"20"_s);
    QVERIFY(open(*ayse, orderId));
    const QString soup = ayse->engine->addLine(orderId, menuId(0), 1);
    const QString tea = ayse->engine->addLine(orderId, menuId(1), 2);
    const QString gone = ayse->engine->addLine(orderId, menuId(2), 3);
    ayse->engine->setQty(orderId, soup, 4);
    ayse->engine->setSeat(orderId, tea, 7);
    ayse->engine->setNote(orderId, tea, u"ohne Zucker, şekersiz"_s);
    ayse->engine->removeLine(orderId, gone);
    const Lines draft = ayse->engine->draft(orderId);
    const Order base = *ayse->engine->base(orderId);
    QCOMPARE(draft.size(), 2);

    ayse->kill();
    ayse->start();
    QVERIFY_OK(ayse->engine->open());
    QVERIFY(login(*ayse, u"ayse"_s)); // the drafts are hers: shown once she is signed in
    QCOMPARE(ayse->engine->draft(orderId), draft);
    QCOMPARE(*ayse->engine->base(orderId), base);
    QCOMPARE(ayse->engine->lineState(orderId, soup), LineSyncState::Local);

    ayse->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->sent.size(), 1, waitMs);
    const Order stored = serverOrder(orderId);
    QCOMPARE(stored.items.size(), 2);
    QCOMPARE(stored.findLine(soup)->qty, 4);
    QCOMPARE(stored.findLine(tea)->seat, 7);
    QCOMPARE(stored.findLine(tea)->note, u"ohne Zucker, şekersiz"_s);
}

void tst_SyncEngine::sendsQueuedWhileDownDrainOnce()
{
    auto ayse = tablet(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 first = orderOfTable(u"30"_s);
    const qint64 second = orderOfTable(u"31"_s);
    QVERIFY(open(*ayse, first));
    QVERIFY(open(*ayse, second));

    takeDown();
    QSignalSpy online(ayse->engine.get(), &SyncEngine::onlineChanged);
    QSignalSpy outbox(ayse->engine.get(), &SyncEngine::outboxChanged);
    const QString a = ayse->engine->addLine(first, menuId(0), 1);
    const QString b = ayse->engine->addLine(first, menuId(1), 2);
    ayse->engine->send(first);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->queued, QList<qint64>{first}, waitMs);
    QVERIFY(!ayse->engine->isOnline());
    QCOMPARE(online.first().first().toBool(), false);
    const QString c = ayse->engine->addLine(second, menuId(2), 3);
    ayse->engine->send(second); // known offline: straight into the outbox
    QCOMPARE(ayse->queued, (QList<qint64>{first, second}));
    QCOMPARE(ayse->engine->outboxCount(), 2);
    QCOMPARE(outbox.last().first().toInt(), 2);
    QVERIFY(ayse->failures.isEmpty());
    QCOMPARE(ayse->engine->lineState(first, a), LineSyncState::Queued);
    QCOMPARE(ayse->engine->lineState(second, c), LineSyncState::Queued);

    QVERIFY(bringUp());
    QTRY_COMPARE_WITH_TIMEOUT(ayse->engine->outboxCount(), 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->sent.size(), 2, waitMs);
    QCOMPARE(ayse->sent.at(0).first, first); // in order
    QCOMPARE(ayse->sent.at(1).first, second);
    QVERIFY(ayse->engine->isOnline());
    QCOMPARE(online.last().first().toBool(), true);
    QVERIFY(ayse->conflicts.isEmpty());
    // A replayed Send is a Send: stored, then its course 1 fired, each order once.
    QTRY_COMPARE_WITH_TIMEOUT(ayse->fired.size(), 2, waitMs);
    QCOMPARE(ayse->fired.at(0), (FiredCourses{first, {1}, 2}));
    QCOMPARE(ayse->fired.at(1), (FiredCourses{second, {1}, 1}));
    QCOMPARE(lineIds(serverOrder(first).items), sorted({a, b}));
    QCOMPARE(serverOrder(first).version, 3);
    QVERIFY(allFired(serverOrder(first).items));
    QCOMPARE(lineIds(serverOrder(second).items), QStringList{c});
    QCOMPARE(serverOrder(second).version, 3);
    QCOMPARE(ayse->engine->lineState(first, a), LineSyncState::Confirmed);
    QCOMPARE(ayse->engine->lineState(second, c), LineSyncState::Confirmed);
}

void tst_SyncEngine::discardedDraftTakesItsWaitingSendAlong()
{
    auto ayse = tablet(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"41"_s);
    QVERIFY(open(*ayse, orderId));
    takeDown();
    (void)ayse->engine->addLine(orderId, menuId(3), 5, 2);
    ayse->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->queued.size(), 1, waitMs);
    QCOMPARE(ayse->engine->outboxCount(), 1);

    QSignalSpy outbox(ayse->engine.get(), &SyncEngine::outboxChanged);
    ayse->engine->discardDraft(orderId);
    QCOMPARE(ayse->engine->outboxCount(), 0);
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.last().first().toInt(), 0);
    QVERIFY(ayse->engine->draft(orderId).isEmpty());
    QVERIFY(ayse->engine->pendingChanges(orderId).isEmpty());

    // Gone from the tablet's file too: nothing comes back after a crash, nothing is sent.
    ayse->kill();
    QVERIFY(bringUp());
    ayse->start();
    QVERIFY_OK(ayse->engine->open());
    QCOMPARE(ayse->engine->outboxCount(), 0);
    QVERIFY(ayse->engine->othersUnsentWork().isEmpty());
    QVERIFY(login(*ayse, u"ayse"_s));
    QVERIFY(serverOrder(orderId).items.isEmpty());
    QVERIFY(ayse->sent.isEmpty());
}

void tst_SyncEngine::queueSurvivesRestart()
{
    auto ayse = tablet(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"40"_s);
    QVERIFY(open(*ayse, orderId));
    takeDown();
    const QString line = ayse->engine->addLine(orderId, menuId(3), 5, 2);
    ayse->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->queued.size(), 1, waitMs);

    ayse->kill(); // no shutdown step
    QVERIFY(bringUp());
    ayse->start();
    QVERIFY_OK(ayse->engine->open());
    QCOMPARE(ayse->engine->outboxCount(), 1);
    // Before anyone signs in the work is only counted, never shown.
    QCOMPARE(ayse->engine->othersUnsentWork(), (QList<WaiterWork>{{u"ayse"_s, 1, 1}}));
    QVERIFY(ayse->engine->draft(orderId).isEmpty());
    QVERIFY(login(*ayse, u"ayse"_s)); // replays once the waiter is back
    QTRY_COMPARE_WITH_TIMEOUT(ayse->engine->outboxCount(), 0, waitMs);
    QCOMPARE(ayse->sent.size(), 1);
    QCOMPARE(lineIds(serverOrder(orderId).items), QStringList{line});
    QCOMPARE(serverOrder(orderId).items.first().addedBy, u"ayse"_s);
}

void tst_SyncEngine::replayOfALandedSendAddsNothing()
{
    // Probing is slow here so that the test decides when the replay runs.
    auto ayse = tablet(u"ayse"_s, 60000);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"50"_s);
    QVERIFY(open(*ayse, orderId));
    takeDown();
    for (int i = 0; i < 4; ++i)
        ayse->engine->addLine(orderId, menuId(i), i + 1);
    ayse->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->queued.size(), 1, waitMs);

    // The send had in fact landed and only its answer was lost.
    QVERIFY(bringUp());
    const Result<QByteArray> token = m_fixture->token(u"ayse"_s);
    QVERIFY_OK(token);
    const Lines sentLines = ayse->engine->draft(orderId);
    QCOMPARE(m_fixture->patchLines(orderId, 1, sentLines, token.value()).status, 200);

    ayse->engine->replayOutbox();
    QTRY_COMPARE_WITH_TIMEOUT(ayse->sent.size(), 1, waitMs);
    QCOMPARE(ayse->engine->outboxCount(), 0);
    QVERIFY(ayse->conflicts.isEmpty());
    QVERIFY(ayse->failures.isEmpty());
    const Order stored = serverOrder(orderId);
    QCOMPARE(stored.version, 2);
    QCOMPARE(lineIds(stored.items), lineIds(sentLines));
    const Result<QList<Event>> events = m_fixture->orderEvents(orderId, m_token);
    QVERIFY_OK(events);
    int adds = 0;
    for (const Event& event : events.value())
        adds += event.kind == Event::Kind::Add ? 1 : 0;
    QCOMPARE(adds, 4);
    QCOMPARE(ayse->engine->base(orderId)->version, 2);
    QVERIFY(ayse->engine->pendingChanges(orderId).isEmpty());
}

void tst_SyncEngine::replayConflictStopsOnlyThatOrder()
{
    auto ayse = tablet(u"ayse"_s, 60000);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 contested = orderOfTable(u"44"_s);
    const qint64 quiet = orderOfTable(u"45"_s);
    QVERIFY(open(*ayse, contested));
    QVERIFY(open(*ayse, quiet));
    takeDown();
    const QString mine = ayse->engine->addLine(contested, menuId(0), 1);
    ayse->engine->send(contested);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->queued.size(), 1, waitMs);
    ayse->engine->addLine(quiet, menuId(1), 1);
    ayse->engine->send(quiet);
    QCOMPARE(ayse->engine->outboxCount(), 2);

    QVERIFY(bringUp());
    const Result<QByteArray> token = m_fixture->token(u"elif"_s);
    QVERIFY_OK(token);
    const Line theirs = ServerFixture::newLine(menuId(5), 1, 9);
    QCOMPARE(m_fixture->patchLines(contested, 1, {theirs}, token.value()).status, 200);

    ayse->engine->replayOutbox();
    QTRY_COMPARE_WITH_TIMEOUT(ayse->engine->outboxCount(), 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->sent.size(), 1, waitMs);
    QCOMPARE(ayse->sent.first().first, quiet);
    QCOMPARE(ayse->conflicts.size(), 1);
    const SeenConflict seen = ayse->conflicts.first();
    QCOMPARE(seen.orderId, contested);
    QCOMPARE(lineIds(seen.decision.proposed()), sorted({theirs.lineId, mine}));
    QCOMPARE(seen.events.first().author, u"elif"_s);
    QCOMPARE(serverOrder(contested).items.size(), 1); // never resent on its own
    QCOMPARE(serverOrder(quiet).items.size(), 1);
    QCOMPARE(ayse->engine->lineState(contested, mine), LineSyncState::Local);

    ayse->engine->confirmRebase(contested, seen.decision);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->sent.size(), 2, waitMs);
    QCOMPARE(serverOrder(contested).items.size(), 2);
}

void tst_SyncEngine::lineStateTransitions()
{
    auto ayse = tablet(u"ayse"_s, 60000);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"2"_s);
    QVERIFY(open(*ayse, orderId));
    SyncEngine& engine = *ayse->engine;

    // Course 2 while course 1 is not fired: Send stores these lines and fires nothing, so
    // they stay changeable (a fired line needs a void, not an edit).
    const QString kept = engine.addLine(orderId, menuId(0), 1, 1, {}, 2);
    const QString dropped = engine.addLine(orderId, menuId(1), 1, 1, {}, 2);
    QCOMPARE(engine.lineState(orderId, kept), LineSyncState::Local);
    engine.send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->sent.size(), 1, waitMs);
    QVERIFY(ayse->fired.isEmpty());
    QCOMPARE(engine.lineState(orderId, kept), LineSyncState::Confirmed);
    QCOMPARE(engine.lineState(orderId, dropped), LineSyncState::Confirmed);

    // A change and a removal are local until sent.
    engine.setQty(orderId, kept, 3);
    engine.removeLine(orderId, dropped);
    QCOMPARE(engine.lineState(orderId, kept), LineSyncState::Local);
    QCOMPARE(engine.lineState(orderId, dropped), LineSyncState::Local);
    QCOMPARE(engine.pendingChanges(orderId).size(), 2);

    takeDown();
    engine.send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->queued.size(), 1, waitMs);
    QCOMPARE(engine.lineState(orderId, kept), LineSyncState::Queued);
    QCOMPARE(engine.lineState(orderId, dropped), LineSyncState::Queued);
    // An edit after the send was queued is local again until sent.
    engine.setQty(orderId, kept, 4);
    QCOMPARE(engine.lineState(orderId, kept), LineSyncState::Local);
    const QString later = engine.addLine(orderId, menuId(2), 2, 1, {}, 2);
    QCOMPARE(engine.lineState(orderId, later), LineSyncState::Local);
    engine.send(orderId); // replaces the waiting send of this order
    QCOMPARE(engine.outboxCount(), 1);
    QCOMPARE(engine.lineState(orderId, kept), LineSyncState::Queued);
    QCOMPARE(engine.lineState(orderId, later), LineSyncState::Queued);

    QVERIFY(bringUp());
    engine.replayOutbox();
    QTRY_COMPARE_WITH_TIMEOUT(ayse->sent.size(), 2, waitMs);
    for (const QString& id : {kept, dropped, later})
        QCOMPARE(engine.lineState(orderId, id), LineSyncState::Confirmed);
    const Order stored = serverOrder(orderId);
    QCOMPARE(stored.findLine(kept)->qty, 4);
    QVERIFY(!stored.findLine(dropped));
    QVERIFY(stored.findLine(later));
    QVERIFY(ayse->fired.isEmpty());
    QVERIFY(!stored.findLine(kept)->fired());
}

void tst_SyncEngine::refusedSends_data()
{
    QTest::addColumn<QString>("cause");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("bad qty") << u"qty"_s << ErrorCode::InvalidRequest << u"items[0].qty"_s;
    QTest::newRow("bad seat") << u"seat"_s << ErrorCode::InvalidRequest << u"items[0].seat"_s;
    QTest::newRow("closed order") << u"closed"_s << ErrorCode::OrderClosed << QString();
    QTest::newRow("expired login") << u"expired"_s << ErrorCode::Unauthorized << QString();
    // The field names the sold-out items: the first menu item, known once the venue runs.
    QTest::newRow("sold out meanwhile") << u"soldout"_s << ErrorCode::ItemUnavailable << QString();
}

void tst_SyncEngine::refusedSends()
{
    QFETCH(QString, cause);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    auto ayse = tablet(u"ayse"_s);
    QVERIFY(ayse);
    QVERIFY(login(*ayse, u"ayse"_s));
    const qint64 orderId = orderOfTable(u"9"_s);
    QVERIFY(open(*ayse, orderId));
    const QString line = ayse->engine->addLine(orderId, menuId(0), 1);
    if (cause == "qty"_L1)
        ayse->engine->setQty(orderId, line, 0);
    else if (cause == "seat"_L1)
        ayse->engine->setSeat(orderId, line, 99);
    else if (cause == "closed"_L1)
        QCOMPARE(m_fixture->close(orderId, 1, m_token).status, 200);
    else if (cause == "expired"_L1)
        m_fixture->clock().advance(13LL * 3600 * 1000);
    if (cause == "soldout"_L1) {
        // The rest of the draft is kept with it: a second, available dish.
        ayse->engine->addLine(orderId, menuId(1), 2);
        const HttpReply soldOut =
            m_fixture->http().sendJson("PUT", u"/api/v1/menu/%1/availability"_s.arg(menuId(0)),
                                       QJsonObject{{u"available"_s, false}}, m_token);
        QCOMPARE(soldOut.status, 200);
        field = menuId(0);
    }
    const Lines draft = ayse->engine->draft(orderId);

    QSignalSpy loggedOut(ayse->engine.get(), &SyncEngine::loggedOut);
    ayse->engine->send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(ayse->failures.size(), 1, waitMs);
    const ApiError error = ayse->failures.first().second;
    QCOMPARE(error.code, code);
    QCOMPARE(error.field, field);
    QVERIFY(ayse->sent.isEmpty());
    QVERIFY(ayse->conflicts.isEmpty());
    QCOMPARE(ayse->engine->outboxCount(), 0);
    QCOMPARE(ayse->engine->draft(orderId), draft); // kept
    QCOMPARE(ayse->engine->lineState(orderId, line), LineSyncState::Local);
    QCOMPARE(loggedOut.count(), cause == "expired"_L1 ? 1 : 0);
    if (cause == "soldout"_L1)
        QCOMPARE(serverOrder(orderId).version, 1); // nothing written
}

void tst_SyncEngine::killedProcessLosesNothing()
{
    const qint64 orderId = orderOfTable(u"60"_s);
    QTcpServer probe; // a port nobody listens on once it is closed again
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    QUrl dead = m_fixture->baseUrl();
    dead.setPort(probe.serverPort());
    probe.close();
    const QString file = m_dir.filePath(u"killed.sqlite"_s);

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--edit-then-wait"_s, file, m_fixture->baseUrl().toString(), dead.toString(),
                 QString::number(orderId), menuId(0)});
    QVERIFY(child.waitForStarted(waitMs));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("queued\n"),
                             waitMs);
    child.kill(); // no shutdown step at all
    QVERIFY(child.waitForFinished(waitMs));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QStringList saved;
    for (const QByteArray& row : output.split('\n')) {
        if (row.startsWith("saved "))
            saved.append(QString::fromLatin1(row.mid(6)));
    }
    QCOMPARE(saved.size(), 3);
    Tablet ayse(file, m_fixture->baseUrl(), m_tabletClock);
    QVERIFY_OK(ayse.engine->open());
    QCOMPARE(ayse.engine->outboxCount(), 1);
    QCOMPARE(ayse.engine->othersUnsentWork(), (QList<WaiterWork>{{u"ayse"_s, 1, 3}}));
    QVERIFY(login(ayse, u"ayse"_s));
    QTRY_COMPARE_WITH_TIMEOUT(ayse.sent.size(), 1, waitMs);
    QCOMPARE(lineIds(serverOrder(orderId).items), sorted(saved));
    QCOMPARE(lineIds(ayse.engine->draft(orderId)), sorted(saved));
}

void tst_SyncEngine::twoWaitersOnOneTabletOnline()
{
    auto shared = tablet(u"shared"_s);
    QVERIFY(shared);
    SyncEngine& engine = *shared->engine;
    const qint64 orderId = orderOfTable(u"12"_s);
    QVERIFY(login(*shared, u"ayse"_s));
    QVERIFY(open(*shared, orderId));
    const QString soup = engine.addLine(orderId, menuId(0), 1);
    const QString tea = engine.addLine(orderId, menuId(1), 2);
    QVERIFY(!soup.isEmpty() && !tea.isEmpty());
    engine.logout(); // Ayşe hands the tablet on without sending

    QSignalSpy work(&engine, &SyncEngine::unsentWorkChanged);
    QVERIFY(login(*shared, u"mehmet"_s));
    QVERIFY(!work.isEmpty());
    // Mehmet learns that Ayşe's two changes are here, not what they are.
    QCOMPARE(engine.othersUnsentWork(), (QList<WaiterWork>{{u"ayse"_s, 1, 2}}));
    QVERIFY(!engine.base(orderId));
    QVERIFY(engine.draft(orderId).isEmpty());
    QVERIFY(open(*shared, orderId));
    QVERIFY(engine.pendingChanges(orderId).isEmpty());
    const QString water = engine.addLine(orderId, menuId(2), 3);
    engine.send(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(shared->sent.size(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(shared->fired.size(), 1, waitMs); // his send's course 1 fired
    Order stored = serverOrder(orderId);
    QCOMPARE(lineIds(stored.items), QStringList{water});
    QCOMPARE(stored.findLine(water)->addedBy, u"mehmet"_s);
    engine.logout();

    QVERIFY(login(*shared, u"ayse"_s));
    QVERIFY(engine.othersUnsentWork().isEmpty()); // Mehmet's send left nothing behind
    QCOMPARE(engine.pendingChanges(orderId).size(), 2);
    engine.send(orderId); // her base is v1, the server's v3: she must confirm Mehmet's line
    QTRY_COMPARE_WITH_TIMEOUT(shared->conflicts.size(), 1, waitMs);
    QCOMPARE(shared->sent.size(), 1);
    const SeenConflict seen = shared->conflicts.first();
    QCOMPARE(seen.orderId, orderId);
    QVERIFY(seen.decision.conflicts().isEmpty());
    QCOMPARE(seen.decision.theirChanges().size(), 1);
    QCOMPARE(seen.decision.myChanges().size(), 2);
    engine.confirmRebase(orderId, seen.decision);
    QTRY_COMPARE_WITH_TIMEOUT(shared->sent.size(), 2, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(shared->fired.size(), 2, waitMs); // her send's course 1 fired
    QCOMPARE(shared->conflicts.size(), 1);
    stored = serverOrder(orderId);
    QCOMPARE(stored.version, 5); // each waiter's send stored, then fired its course
    QCOMPARE(lineIds(stored.items), sorted({soup, tea, water}));
    QCOMPARE(stored.findLine(soup)->addedBy, u"ayse"_s);
    QCOMPARE(stored.findLine(tea)->addedBy, u"ayse"_s);
    QCOMPARE(stored.findLine(water)->addedBy, u"mehmet"_s);
}

void tst_SyncEngine::twoWaitersOnOneTabletOfflineAcrossRestart()
{
    auto shared = tablet(u"shared"_s);
    QVERIFY(shared);
    const qint64 hers = orderOfTable(u"14"_s);
    const qint64 his = orderOfTable(u"15"_s);
    QVERIFY(login(*shared, u"ayse"_s));
    QVERIFY(open(*shared, hers));
    takeDown();
    const QString soup = shared->engine->addLine(hers, menuId(0), 1);
    const QString tea = shared->engine->addLine(hers, menuId(1), 1);
    shared->engine->send(hers);
    QTRY_COMPARE_WITH_TIMEOUT(shared->queued, QList<qint64>{hers}, waitMs);

    // The app is killed and started again; Mehmet signs in once the server is back.
    shared->kill();
    QVERIFY(bringUp());
    QList<QPair<QString, QString>> writes; // (path, staff) of every PATCH the server took
    QObject::connect(m_revived.get(), &VenueServer::requestServed, m_revived.get(),
                     [&writes](const QByteArray& method, const QString& path, int, qint64,
                               const QString& staffId) {
                         if (method == "PATCH")
                             writes.append({path, staffId});
                     });
    shared->start();
    QVERIFY_OK(shared->engine->open());
    QVERIFY(login(*shared, u"mehmet"_s));
    SyncEngine& engine = *shared->engine;
    QCOMPARE(engine.othersUnsentWork(), (QList<WaiterWork>{{u"ayse"_s, 1, 2}}));
    QVERIFY(engine.draft(hers).isEmpty());
    engine.replayOutbox(); // asked outright: still not his to send
    QVERIFY(open(*shared, his));
    const QString water = engine.addLine(his, menuId(2), 2);
    engine.send(his);
    QTRY_COMPARE_WITH_TIMEOUT(shared->sent.size(), 1, waitMs);
    // His send landed after every replay chance; Ayşe's waits, untouched.
    QCOMPARE(writes,
             (QList<QPair<QString, QString>>{{ServerFixture::orderPath(his), u"mehmet"_s}}));
    QCOMPARE(engine.outboxCount(), 1);
    QVERIFY(serverOrder(hers).items.isEmpty());
    QCOMPARE(serverOrder(his).findLine(water)->addedBy, u"mehmet"_s);
    engine.logout();

    // Another restart; her sign-in replays her send under her own login.
    shared->kill();
    shared->start();
    QVERIFY_OK(shared->engine->open());
    QVERIFY(login(*shared, u"ayse"_s));
    QTRY_COMPARE_WITH_TIMEOUT(shared->engine->outboxCount(), 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(shared->sent.size(), 2, waitMs); // his, then hers
    QCOMPARE(shared->sent.last().first, hers);
    QCOMPARE(writes.last(), (QPair<QString, QString>{ServerFixture::orderPath(hers), u"ayse"_s}));
    const Order stored = serverOrder(hers);
    QCOMPARE(lineIds(stored.items), sorted({soup, tea}));
    for (const Line& line : stored.items)
        QCOMPARE(line.addedBy, u"ayse"_s);
    QVERIFY(shared->engine->othersUnsentWork().isEmpty());
}

void tst_SyncEngine::managerDiscardsAnothersWork()
{
    auto shared = tablet(u"shared"_s);
    QVERIFY(shared);
    SyncEngine& engine = *shared->engine;
    const qint64 orderId = orderOfTable(u"16"_s);
    QVERIFY(login(*shared, u"ayse"_s));
    QVERIFY(open(*shared, orderId));
    engine.addLine(orderId, menuId(0), 1);
    engine.addLine(orderId, menuId(1), 1);
    engine.addLine(orderId, menuId(2), 1);
    engine.logout();

    // A waiter may not discard it.
    QVERIFY(login(*shared, u"mehmet"_s));
    Result<WorkDiscard> refused = engine.discardUnsentWork(u"ayse"_s, u"left"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    engine.logout();

    QVERIFY(login(*shared, u"selin"_s));
    QCOMPARE(engine.othersUnsentWork(), (QList<WaiterWork>{{u"ayse"_s, 1, 3}}));
    refused = engine.discardUnsentWork(u"ayse"_s, u"   "_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidRequest);
    QCOMPARE(refused.error().field, u"reason"_s);
    refused = engine.discardUnsentWork(u"nobody"_s, u"test"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QCOMPARE(engine.othersUnsentWork().size(), 1); // refusals changed nothing

    m_tabletClock.set(1'790'000'000'000);
    QSignalSpy work(&engine, &SyncEngine::unsentWorkChanged);
    const Result<WorkDiscard> discarded =
        engine.discardUnsentWork(u"ayse"_s, u"Guests left before it was sent"_s);
    QVERIFY_OK(discarded);
    QCOMPARE(work.count(), 1);
    const WorkDiscard expected{
        discarded->id,    u"ayse"_s, u"selin"_s, u"Guests left before it was sent"_s, 1, 3,
        1'790'000'000'000};
    QCOMPARE(discarded.value(), expected);
    QVERIFY(engine.othersUnsentWork().isEmpty());
    engine.logout();

    // The log survives a restart; Ayşe finds the server's order, none of the discarded lines.
    shared->kill();
    shared->start();
    QVERIFY_OK(shared->engine->open());
    const Result<QList<WorkDiscard>> log = shared->engine->discardLog();
    QVERIFY_OK(log);
    QCOMPARE(log.value(), QList<WorkDiscard>{expected});
    QVERIFY(login(*shared, u"ayse"_s));
    QVERIFY(open(*shared, orderId));
    QVERIFY(shared->engine->pendingChanges(orderId).isEmpty());
    QVERIFY(serverOrder(orderId).items.isEmpty());
}

void tst_SyncEngine::resyncOfSixtyOrdersStaysUnderTheRateLimit()
{
    // The server's default per-login limit (20 a second, bursts of 60) on its real clock.
    ServerOptions options;
    options.database = m_dir.filePath(u"rate-limited.sqlite"_s);
    QCOMPARE(options.tokenRequestsPerSecond, 20.0);
    VenueServer server(options);
    QVERIFY_OK(server.open());
    QVERIFY_OK(server.seedDemo());
    const Result<quint16> port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY_OK(port);
    int tooMany = 0;
    QObject::connect(&server, &VenueServer::requestServed, &server,
                     [&tooMany](const QByteArray&, const QString&, int status, qint64,
                                const QString&) { tooMany += status == 429 ? 1 : 0; });
    QUrl url = m_fixture->baseUrl();
    url.setPort(port.value());

    Tablet ayse(m_dir.filePath(u"sixty.sqlite"_s), url, m_tabletClock);
    QVERIFY_OK(ayse.engine->open());
    QList<ApiError> failures;
    QObject::connect(ayse.engine.get(), &SyncEngine::requestFailed, ayse.engine.get(),
                     [&failures](const ApiError& error) { failures.append(error); });
    QVERIFY(login(ayse, u"ayse"_s));
    QSignalSpy tables(ayse.engine.get(), &SyncEngine::tablesChanged);
    ayse.engine->refreshTables();
    QVERIFY(tables.wait(waitMs));
    const QList<Table> all = ayse.engine->tables();
    QCOMPARE(all.size(), 60);
    // The waiter opens every table in one go (60 reads at once).
    for (const Table& table : all)
        ayse.engine->openOrder(table.orderId);
    for (const Table& table : all)
        QTRY_VERIFY_WITH_TIMEOUT(ayse.engine->base(table.orderId).has_value(), waitMs);

    // A blip: the stream drops, every order moves meanwhile, the stream comes back.
    LiveUpdates* live = ayse.engine->liveUpdates();
    QTRY_VERIFY_WITH_TIMEOUT(live->isConnected(), waitMs);
    live->stop();
    HttpTestClient other(url);
    QList<QByteArray> tokens; // three other waiters, twenty orders each: under their own limits
    for (const QString& staffId : {u"mehmet"_s, u"elif"_s, u"can"_s}) {
        const Result<QByteArray> token = ServerFixture::token(other, staffId);
        QVERIFY_OK(token);
        tokens.append(token.value());
    }
    QHash<qint64, Line> added;
    for (const Table& table : all) {
        const Line line = ServerFixture::newLine(menuId(int(table.orderId)));
        const HttpReply reply = other.sendJson("PATCH", ServerFixture::orderPath(table.orderId),
                                               ServerFixture::patchBody(1, {line}),
                                               tokens.at(added.size() % tokens.size()));
        QCOMPARE(reply.status, 200);
        added.insert(table.orderId, line);
    }
    live->start();
    for (const Table& table : all) {
        QTRY_VERIFY_WITH_TIMEOUT(ayse.engine->base(table.orderId)->version == 2, waitMs);
        QVERIFY(ayse.engine->base(table.orderId)->findLine(added.value(table.orderId).lineId));
    }
    QCOMPARE(tooMany, 0);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).message));
}

namespace {

// The child of killedProcessLosesNothing: opens the order, saves three edits and queues a send
// to a dead server, reporting each step on stdout, then waits to be killed.
int editThenWait(const QStringList& arguments)
{
    const QString file = arguments.at(2);
    const QUrl live(arguments.at(3));
    const QUrl dead(arguments.at(4));
    const qint64 orderId = arguments.at(5).toLongLong();
    const QString menuItemId = arguments.at(6);
    auto* engine = new SyncEngine(file, Clock::system(), QCoreApplication::instance());
    if (!engine->open())
        return 2;
    engine->setServerUrl(live);
    auto say = [](const QByteArray& text) {
        fputs(text.constData(), stdout);
        fflush(stdout);
    };
    QObject::connect(engine, &SyncEngine::loggedIn, engine,
                     [engine, orderId]() { engine->openOrder(orderId); });
    QObject::connect(
        engine, &SyncEngine::orderChanged, engine, [engine, orderId, menuItemId, dead, say]() {
            if (!engine->draft(orderId).isEmpty())
                return;
            for (int i = 0; i < 3; ++i)
                say("saved " + engine->addLine(orderId, menuItemId, i + 1).toLatin1() + '\n');
            engine->setServerUrl(dead);
            engine->send(orderId);
        });
    QObject::connect(engine, &SyncEngine::queued, engine, [say]() { say("queued\n"); });
    engine->login(u"ayse"_s, ServerFixture::demoPin(u"ayse"_s));
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 7 && arguments.at(1) == "--edit-then-wait"_L1)
        return editThenWait(arguments);
    tst_SyncEngine test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_syncengine.moc"
