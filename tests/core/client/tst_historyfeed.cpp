#include "client/ApiClient.h"
#include "client/HistoryFeed.h"

#include "ResultCheck.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int waitMs = 10000;
}

// The history reads against a real in-process VenueServer: one order's log with its authors
// and conflicts, the venue-wide log paged with since/next and kept current, and the 403 that
// keeps waiters out of the venue-wide log.
class tst_HistoryFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void orderLogNamesAuthorsAndConflicts();
    void switchingOrdersDropsTheOldReply();
    void venueFeedPagesWithSinceAndNext_data();
    void venueFeedPagesWithSinceAndNext();
    void venueFeedPicksUpNewWritesOnRefresh();
    void venueFeedPicksUpNewWritesOnItsTimer();
    void venueFeedKeepsOnlyTheNewest();
    void venueFeedStartsNearTheNewestAndLoadsEarlier();
    void waiterIsRefusedTheVenueFeed();
    void waiterMayReadAnOrdersLog();

private:
    std::unique_ptr<ApiClient> client(const QString& staffId);
    qint64 orderOf(const QString& tableId);
    // ayse adds two lines, mehmet's write from the same base is refused (a conflict event),
    // then mehmet resends on the new version. Returns the order id.
    qint64 race(const QString& tableId);
    int venueEventCount();

    std::unique_ptr<ServerFixture> m_fixture;
    QByteArray m_manager;
    QStringList m_menuIds;
};

void tst_HistoryFeed::init()
{
    m_fixture = std::make_unique<ServerFixture>();
    const Result<ServerFixture::Venue> venue = m_fixture->startVenue();
    QVERIFY_OK(venue);
    m_manager = venue->managerToken;
    m_menuIds = venue->menuIds();
    QVERIFY(m_menuIds.size() >= 3);
}

void tst_HistoryFeed::cleanup()
{
    m_fixture.reset();
}

std::unique_ptr<ApiClient> tst_HistoryFeed::client(const QString& staffId)
{
    auto api = std::make_unique<ApiClient>();
    api->setServerUrl(m_fixture->baseUrl());
    const Result<QByteArray> token = m_fixture->token(staffId);
    if (token)
        api->setToken(QString::fromUtf8(token.value()));
    else
        qWarning("login of %s: %s", qPrintable(staffId), qPrintable(token.error().message));
    return api;
}

qint64 tst_HistoryFeed::orderOf(const QString& tableId)
{
    const Result<Table> table = m_fixture->table(tableId, m_manager);
    return table ? table->orderId : 0;
}

qint64 tst_HistoryFeed::race(const QString& tableId)
{
    const qint64 orderId = orderOf(tableId);
    const Result<QByteArray> ayse = m_fixture->token(u"ayse"_s);
    const Result<QByteArray> mehmet = m_fixture->token(u"mehmet"_s);
    if (orderId == 0 || !ayse || !mehmet)
        return 0;
    const Lines ayseLines{ServerFixture::newLine(m_menuIds.at(0), 2, 1),
                          ServerFixture::newLine(m_menuIds.at(1), 1, 2)};
    if (m_fixture->patchLines(orderId, 1, ayseLines, ayse.value()).status != 200)
        return 0;
    const Lines mehmetLine{ServerFixture::newLine(m_menuIds.at(2), 3, 3, u"no ice, please"_s)};
    if (m_fixture->patchLines(orderId, 1, mehmetLine, mehmet.value()).status != 409)
        return 0;
    if (m_fixture->patchLines(orderId, 2, ayseLines + mehmetLine, mehmet.value()).status != 200)
        return 0;
    return orderId;
}

int tst_HistoryFeed::venueEventCount()
{
    // The server's own answer with the largest page, as the expected total.
    const HttpReply reply =
        m_fixture->http().get(u"/api/v1/events?since=0&limit=1000"_s, m_manager);
    if (reply.status != 200)
        return -1;
    return int(reply.json().value(u"events"_s).toArray().size());
}

void tst_HistoryFeed::orderLogNamesAuthorsAndConflicts()
{
    const qint64 orderId = race(u"5"_s);
    QVERIFY(orderId > 0);
    auto api = client(u"selin"_s);
    HistoryFeed feed(*api);
    QSignalSpy changed(&feed, &HistoryFeed::orderEventsChanged);
    feed.setOrder(orderId);
    QTRY_VERIFY_WITH_TIMEOUT(feed.orderEvents().size() == 4, waitMs);

    const QList<Event>& events = feed.orderEvents();
    QList<Event::Kind> kinds;
    QStringList authors;
    for (const Event& event : events) {
        QCOMPARE(event.orderId, orderId);
        kinds.append(event.kind);
        authors.append(event.author);
    }
    QCOMPARE(kinds, (QList<Event::Kind>{Event::Kind::Add, Event::Kind::Add, Event::Kind::Conflict,
                                        Event::Kind::Add}));
    QCOMPARE(authors, (QStringList{u"ayse"_s, u"ayse"_s, u"mehmet"_s, u"mehmet"_s}));
    QCOMPARE(events.at(2).expectedVersion, std::optional<qint64>(1));
    QCOMPARE(events.at(3).note, std::optional<QString>(u"no ice, please"_s));
    // The last signal carries the whole log.
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toLongLong(), orderId);
    QCOMPARE(changed.last().at(1).value<QList<Event>>().size(), 4);

    // An unchanged log is not announced again. Reads never overlap, so once a read after a
    // real change is announced, the read before it has come back (announcing nothing).
    const qsizetype before = changed.size();
    feed.refresh();
    const Result<Order> order = m_fixture->order(orderId, m_manager);
    QVERIFY_OK(order);
    const Lines more = order->items + Lines{ServerFixture::newLine(m_menuIds.at(2))};
    QCOMPARE(m_fixture->patchLines(orderId, order->version, more, m_manager).status, 200);
    feed.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(feed.orderEvents().size(), 5, waitMs);
    QCOMPARE(changed.size(), before + 1);
}

void tst_HistoryFeed::switchingOrdersDropsTheOldReply()
{
    const qint64 first = race(u"8"_s);
    const qint64 second = orderOf(u"9"_s);
    QVERIFY(first > 0 && second > 0);
    auto api = client(u"selin"_s);
    HistoryFeed feed(*api);
    QSignalSpy changed(&feed, &HistoryFeed::orderEventsChanged);
    // Both replies coming back is what proves the first one was dropped.
    const auto* network = api->findChild<QNetworkAccessManager*>();
    QVERIFY(network);
    QSignalSpy replies(network, &QNetworkAccessManager::finished);
    feed.setOrder(first);
    feed.setOrder(second); // before the first reply arrives
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 2, waitMs);
    QVERIFY(changed.size() >= 2);
    for (const QList<QVariant>& signal : std::as_const(changed))
        QVERIFY(signal.at(0).toLongLong() != first || signal.at(1).value<QList<Event>>().isEmpty());
    QCOMPARE(feed.orderId(), second);
    QVERIFY(feed.orderEvents().isEmpty()); // the seeded table 9 has no history yet
}

void tst_HistoryFeed::venueFeedPagesWithSinceAndNext_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("pages of 1") << 1;
    QTest::newRow("pages of 3") << 3;
    QTest::newRow("one page") << 1000;
}

void tst_HistoryFeed::venueFeedPagesWithSinceAndNext()
{
    QFETCH(int, pageSize);
    QVERIFY(race(u"11"_s) > 0);
    QVERIFY(race(u"12"_s) > 0);
    const int total = venueEventCount();
    QVERIFY(total >= 8);

    auto api = client(u"selin"_s);
    HistoryFeed feed(*api);
    feed.setPageSize(pageSize);
    QSignalSpy appended(&feed, &HistoryFeed::venueEventsAppended);
    QSignalSpy failed(&feed, &HistoryFeed::readFailed);
    feed.setVenueFeedEnabled(true);
    QTRY_COMPARE_WITH_TIMEOUT(feed.venueEvents().size(), qsizetype(total), waitMs);
    QVERIFY(failed.isEmpty());

    // Every page came as its own signal, in order, with no event twice.
    QCOMPARE(appended.size(), (total + pageSize - 1) / pageSize);
    QSet<qint64> seen;
    qint64 last = 0;
    for (const Event& event : feed.venueEvents()) {
        QVERIFY(event.seq > last);
        QVERIFY(!seen.contains(event.seq));
        seen.insert(event.seq);
        last = event.seq;
    }
    QCOMPARE(feed.venueCursor(), last);
}

void tst_HistoryFeed::venueFeedPicksUpNewWritesOnRefresh()
{
    QVERIFY(race(u"14"_s) > 0);
    auto api = client(u"selin"_s);
    HistoryFeed feed(*api);
    feed.setPageSize(2);
    feed.setVenueFeedEnabled(true);
    const int total = venueEventCount();
    QTRY_COMPARE_WITH_TIMEOUT(feed.venueEvents().size(), qsizetype(total), waitMs);
    const qint64 cursor = feed.venueCursor();

    const qint64 orderId = orderOf(u"15"_s);
    const Result<QByteArray> elif = m_fixture->token(u"elif"_s);
    QVERIFY_OK(elif);
    QCOMPARE(
        m_fixture->patchLines(orderId, 1, {ServerFixture::newLine(m_menuIds.at(0))}, elif.value())
            .status,
        200);
    feed.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(feed.venueEvents().size(), qsizetype(total + 1), waitMs);
    const Event& fresh = feed.venueEvents().last();
    QVERIFY(fresh.seq > cursor);
    QCOMPARE(fresh.author, u"elif"_s);
    QCOMPARE(fresh.orderId, orderId);
    QCOMPARE(fresh.kind, Event::Kind::Add);
    QCOMPARE(feed.venueCursor(), fresh.seq);
}

void tst_HistoryFeed::venueFeedPicksUpNewWritesOnItsTimer()
{
    auto api = client(u"selin"_s);
    HistoryFeed feed(*api);
    feed.setRefreshInterval(100);
    QSignalSpy appended(&feed, &HistoryFeed::venueEventsAppended);
    feed.setVenueFeedEnabled(true);
    const int before = venueEventCount();
    QTRY_COMPARE_WITH_TIMEOUT(feed.venueEvents().size(), qsizetype(before), waitMs);

    QVERIFY(race(u"16"_s) > 0);
    // Nobody calls refresh(): the timer alone brings the four new events.
    QTRY_COMPARE_WITH_TIMEOUT(feed.venueEvents().size(), qsizetype(before + 4), waitMs);
    QVERIFY(!appended.isEmpty());
}

void tst_HistoryFeed::venueFeedKeepsOnlyTheNewest()
{
    QVERIFY(race(u"17"_s) > 0);
    QVERIFY(race(u"18"_s) > 0);
    auto api = client(u"selin"_s);
    HistoryFeed feed(*api);
    feed.setPageSize(3);
    feed.setVenueCapacity(5);
    QSignalSpy appended(&feed, &HistoryFeed::venueEventsAppended);
    feed.setVenueFeedEnabled(true);
    const int total = venueEventCount();
    QVERIFY(total > 5);
    QTRY_VERIFY_WITH_TIMEOUT(appended.size() == (total + 2) / 3, waitMs);
    QCOMPARE(feed.venueEvents().size(), 5);
    QCOMPARE(feed.venueEvents().last().seq, feed.venueCursor());
    int dropped = 0;
    for (const QList<QVariant>& signal : std::as_const(appended))
        dropped += signal.at(1).toInt();
    QCOMPARE(dropped, total - 5);
}

// GET /events/latest first: only the last `startWindow` events are read, the rest on demand,
// page by page, until the log is whole and in order.
void tst_HistoryFeed::venueFeedStartsNearTheNewestAndLoadsEarlier()
{
    QVERIFY(race(u"21"_s) > 0);
    QVERIFY(race(u"22"_s) > 0);
    const int total = venueEventCount();
    QVERIFY(total >= 8);
    auto api = client(u"selin"_s);
    HistoryFeed feed(*api);
    feed.setPageSize(2);
    feed.setStartWindow(3);
    QSignalSpy prepended(&feed, &HistoryFeed::venueEventsPrepended);
    feed.setVenueFeedEnabled(true);
    QTRY_COMPARE_WITH_TIMEOUT(feed.venueEvents().size(), 3, waitMs);
    QCOMPARE(feed.venueEvents().last().seq, qint64(total));
    QCOMPARE(feed.venueEvents().first().seq, qint64(total - 2));
    QVERIFY(feed.hasEarlier());

    feed.loadEarlier();
    feed.loadEarlier(); // asked again while reading: nothing twice
    QTRY_COMPARE_WITH_TIMEOUT(prepended.size(), 1, waitMs);
    QCOMPARE(prepended.first().at(0).value<QList<Event>>().size(), 2);
    QCOMPARE(feed.venueEvents().size(), 5);
    while (feed.hasEarlier()) {
        const qsizetype held = feed.venueEvents().size();
        feed.loadEarlier();
        QTRY_VERIFY_WITH_TIMEOUT(feed.venueEvents().size() > held, waitMs);
    }
    QCOMPARE(feed.venueEvents().size(), qsizetype(total));
    for (qsizetype i = 0; i < feed.venueEvents().size(); ++i)
        QCOMPARE(feed.venueEvents().at(i).seq, qint64(i + 1));

    // New writes still arrive at the end.
    QVERIFY(race(u"23"_s) > 0);
    feed.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(feed.venueEvents().size(), qsizetype(total + 4), waitMs);
}

void tst_HistoryFeed::waiterIsRefusedTheVenueFeed()
{
    QVERIFY(race(u"19"_s) > 0);
    auto api = client(u"ayse"_s);

    std::optional<Result<EventsPage>> direct;
    api->events(0, 10, [&direct](Result<EventsPage> page) { direct.emplace(std::move(page)); });
    QTRY_VERIFY_WITH_TIMEOUT(direct.has_value(), waitMs);
    QVERIFY(!direct->ok());
    QCOMPARE(direct->error().code, ErrorCode::Forbidden);

    constexpr int refreshMs = 50;
    HistoryFeed feed(*api);
    feed.setRefreshInterval(refreshMs);
    QSignalSpy failed(&feed, &HistoryFeed::readFailed);
    QSignalSpy appended(&feed, &HistoryFeed::venueEventsAppended);
    feed.setVenueFeedEnabled(true);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, waitMs);
    QCOMPARE(failed.first().at(0).value<ApiError>().code, ErrorCode::Forbidden);
    // Refused once, it does not keep asking on every tick: time must pass for several ticks,
    // and a second refusal ends the wait at once.
    QVERIFY(!failed.wait(6 * refreshMs));
    QCOMPARE(failed.size(), 1);
    QVERIFY(appended.isEmpty());
    QVERIFY(feed.venueEvents().isEmpty());
}

void tst_HistoryFeed::waiterMayReadAnOrdersLog()
{
    const qint64 orderId = race(u"20"_s);
    QVERIFY(orderId > 0);
    auto api = client(u"can"_s);
    HistoryFeed feed(*api);
    QSignalSpy failed(&feed, &HistoryFeed::readFailed);
    feed.setOrder(orderId);
    QTRY_COMPARE_WITH_TIMEOUT(feed.orderEvents().size(), 4, waitMs);
    QVERIFY(failed.isEmpty());
}

QTEST_GUILESS_MAIN(tst_HistoryFeed)
#include "tst_historyfeed.moc"
