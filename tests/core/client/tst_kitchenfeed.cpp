#include "client/ApiClient.h"
#include "client/KitchenFeed.h"
#include "client/LiveUpdates.h"

#include "KitchenFire.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int waitMs = 10000;

QList<qint64> idsOf(const QList<Ticket>& tickets)
{
    QList<qint64> ids;
    for (const Ticket& ticket : tickets)
        ids.append(ticket.id);
    return ids;
}

// Every ticket id the feed announced with ticketsArrived, in order.
QList<qint64> arrivedIds(const QSignalSpy& spy)
{
    QList<qint64> ids;
    for (const QList<QVariant>& arguments : spy)
        ids += idsOf(arguments.at(0).value<QList<Ticket>>());
    return ids;
}
} // namespace

// A kitchen display's feed against a real in-process VenueServer: the open tickets on start,
// new ones once each (paged, live over the stream, and after the server was away), bumps here
// and elsewhere, recall, and sold out.
class tst_KitchenFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsTheOpenTicketsOnStart_data();
    void readsTheOpenTicketsOnStart();
    void takesEachNewTicketOnce();
    void catchesUpAfterTheServerWasAway();
    void followsTheStream();
    void bumpsAndRecalls();
    void noticesABumpMadeElsewhere();
    void setsAnItemSoldOut();

private:
    std::unique_ptr<ApiClient> client(const QString& staffId);
    // A waiter adds one line of a hot-station item to the table's order and fires it; returns
    // the new ticket ids (0 entries on failure, said by a warning).
    QList<qint64> fire(const QString& tableId);
    // Fires at each table in turn (operands of + run in no set order, so their ids would not).
    QList<qint64> fireAt(const QStringList& tableIds);
    QString itemOf(const QString& station) const;

    std::unique_ptr<ServerFixture> m_fixture;
    QByteArray m_manager;
    QList<MenuItem> m_menu;
};

void tst_KitchenFeed::init()
{
    m_fixture = std::make_unique<ServerFixture>();
    const Result<ServerFixture::Venue> venue = m_fixture->startVenue();
    QVERIFY_OK(venue);
    m_manager = venue->managerToken;
    m_menu = venue->menu;
    QVERIFY(!itemOf(u"hot"_s).isEmpty());
}

void tst_KitchenFeed::cleanup()
{
    m_fixture.reset();
}

std::unique_ptr<ApiClient> tst_KitchenFeed::client(const QString& staffId)
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

QString tst_KitchenFeed::itemOf(const QString& station) const
{
    return KitchenFire::itemOf(m_menu, station);
}

QList<qint64> tst_KitchenFeed::fire(const QString& tableId)
{
    const Result<QList<qint64>> fired =
        KitchenFire::fireLine(*m_fixture, tableId, itemOf(u"hot"_s), u"no onions"_s);
    if (!fired) {
        qWarning("fire at table %s: %s", qPrintable(tableId), qPrintable(fired.error().message));
        return {};
    }
    return fired.value();
}

QList<qint64> tst_KitchenFeed::fireAt(const QStringList& tableIds)
{
    QList<qint64> ids;
    for (const QString& tableId : tableIds)
        ids += fire(tableId);
    return ids;
}

void tst_KitchenFeed::readsTheOpenTicketsOnStart_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("one page") << 100;
    QTest::newRow("a page per ticket") << 1;
}

void tst_KitchenFeed::readsTheOpenTicketsOnStart()
{
    QFETCH(int, pageSize);
    const QList<qint64> fired = fireAt({u"1"_s, u"2"_s, u"3"_s});
    QCOMPARE(fired.size(), 3);
    auto api = client(u"chef"_s);
    KitchenFeed feed(*api);
    feed.setPageSize(pageSize);
    QSignalSpy arrived(&feed, &KitchenFeed::ticketsArrived);
    QSignalSpy failed(&feed, &KitchenFeed::readFailed);
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(arrivedIds(arrived), fired, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(feed.lastTicketId(), fired.last(), waitMs);
    QCOMPARE(idsOf(feed.openTickets()), fired);
    const Ticket& first = feed.openTickets().first();
    QCOMPARE(first.station, u"hot"_s);
    QCOMPARE(first.tableId, u"1"_s);
    QCOMPARE(first.createdBy, u"ayse"_s);
    QCOMPARE(first.lines.size(), 1);
    QCOMPARE(first.lines.first().qty, 2);
    QCOMPARE(first.lines.first().note, u"no onions"_s);
    QCOMPARE(failed.size(), 0);
}

void tst_KitchenFeed::takesEachNewTicketOnce()
{
    auto api = client(u"chef"_s);
    KitchenFeed feed(*api);
    QSignalSpy arrived(&feed, &KitchenFeed::ticketsArrived);
    QSignalSpy caughtUp(&feed, &KitchenFeed::caughtUp);
    feed.start();
    QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty(), waitMs); // the first read is done
    const QList<qint64> first = fire(u"4"_s);
    QCOMPARE(first.size(), 1);
    feed.catchUp();
    feed.catchUp(); // asked twice while reading: read once more, never doubled
    QTRY_COMPARE_WITH_TIMEOUT(arrivedIds(arrived), first, waitMs);
    feed.resync();
    const QList<qint64> second = fire(u"5"_s);
    feed.catchUp();
    // The later ticket arriving proves the earlier one was not announced again meanwhile.
    QTRY_COMPARE_WITH_TIMEOUT(arrivedIds(arrived), first + second, waitMs);
    QCOMPARE(idsOf(feed.openTickets()), first + second);
}

void tst_KitchenFeed::catchesUpAfterTheServerWasAway()
{
    auto api = client(u"chef"_s);
    KitchenFeed feed(*api);
    QSignalSpy arrived(&feed, &KitchenFeed::ticketsArrived);
    QSignalSpy failed(&feed, &KitchenFeed::readFailed);
    const QList<qint64> before = fire(u"6"_s);
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(arrivedIds(arrived), before, waitMs);

    QSignalSpy caughtUp(&feed, &KitchenFeed::caughtUp);
    m_fixture->stop();
    feed.catchUp();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), waitMs);
    const qsizetype caughtBefore = caughtUp.size();
    QVERIFY(ApiClient::isUnreachable(failed.last().at(0).value<ApiError>()));

    QVERIFY_OK(m_fixture->restart());
    api->setServerUrl(m_fixture->baseUrl());
    if (const Result<QByteArray> token = m_fixture->token(u"chef"_s))
        api->setToken(QString::fromUtf8(token.value()));
    const QList<qint64> missed = fireAt({u"7"_s, u"8"_s});
    QCOMPARE(missed.size(), 2);
    feed.catchUp();
    QTRY_COMPARE_WITH_TIMEOUT(arrivedIds(arrived), before + missed, waitMs);
    QCOMPARE(feed.lastTicketId(), missed.last());
    QCOMPARE(idsOf(feed.openTickets()), before + missed);
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp.size() > caughtBefore, waitMs);
}

void tst_KitchenFeed::followsTheStream()
{
    auto api = client(u"chef"_s);
    KitchenFeed feed(*api);
    LiveUpdates live(*api);
    connect(&live, &LiveUpdates::ticketMade, &feed, &KitchenFeed::catchUp);
    QSignalSpy made(&live, &LiveUpdates::ticketMade);
    QSignalSpy arrived(&feed, &KitchenFeed::ticketsArrived);
    QSignalSpy connected(&live, &LiveUpdates::connectedChanged);
    feed.start();
    live.start();
    QTRY_VERIFY_WITH_TIMEOUT(live.isConnected(), waitMs);
    const QList<qint64> fired = fire(u"9"_s);
    QCOMPARE(fired.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(made.size(), 1, waitMs);
    QCOMPARE(made.first().at(0).toLongLong(), fired.first());
    QCOMPARE(made.first().at(1).toString(), u"hot"_s);
    QTRY_COMPARE_WITH_TIMEOUT(arrivedIds(arrived), fired, waitMs);
    live.stop();
}

void tst_KitchenFeed::bumpsAndRecalls()
{
    const QList<qint64> fired = fireAt({u"10"_s, u"11"_s});
    QCOMPARE(fired.size(), 2);
    auto api = client(u"chef"_s);
    KitchenFeed feed(*api);
    QSignalSpy changed(&feed, &KitchenFeed::ticketsChanged);
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(feed.openTickets()), fired, waitMs);

    feed.bump(fired.first());
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(feed.openTickets()), QList<qint64>{fired.last()}, waitMs);
    QCOMPARE(idsOf(feed.bumpedTickets()), QList<qint64>{fired.first()});
    QVERIFY(feed.bumpedTickets().first().bumped());
    QCOMPARE(feed.bumpedTickets().first().bumpedBy, u"chef"_s);
    const HttpReply open = m_fixture->http().get(u"/api/v1/kitchen/tickets?open=1"_s, m_manager);
    QCOMPARE(open.status, 200);
    QCOMPARE(open.json().value(u"tickets"_s).toArray().size(), 1);

    feed.recall(fired.first());
    QCOMPARE(idsOf(feed.openTickets()), fired);
    QVERIFY(feed.bumpedTickets().isEmpty());
    // A full read of the open tickets keeps a recalled one on the display.
    const int reads = int(changed.size());
    feed.resync();
    const QList<qint64> later = fire(u"12"_s);
    feed.catchUp();
    QTRY_VERIFY_WITH_TIMEOUT(feed.openTickets().size() == 3, waitMs);
    QCOMPARE(idsOf(feed.openTickets()), fired + later);
    QVERIFY(changed.size() > reads);

    // Bumped again: the server answers the same bump.
    feed.bump(fired.first());
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(feed.bumpedTickets()), QList<qint64>{fired.first()}, waitMs);
}

void tst_KitchenFeed::noticesABumpMadeElsewhere()
{
    const QList<qint64> fired = fireAt({u"13"_s, u"14"_s});
    auto api = client(u"chef"_s);
    KitchenFeed feed(*api);
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(feed.openTickets()), fired, waitMs);
    const HttpReply bumped = m_fixture->http().sendJson(
        "POST", u"/api/v1/kitchen/tickets/%1/bump"_s.arg(fired.first()), QJsonObject{}, m_manager);
    QCOMPARE(bumped.status, 200);
    feed.resync();
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(feed.openTickets()), QList<qint64>{fired.last()}, waitMs);
    QCOMPARE(idsOf(feed.bumpedTickets()), QList<qint64>{fired.first()});
}

void tst_KitchenFeed::setsAnItemSoldOut()
{
    auto api = client(u"chef"_s);
    KitchenFeed feed(*api);
    QSignalSpy changed(&feed, &KitchenFeed::availabilityChanged);
    QSignalSpy failed(&feed, &KitchenFeed::availabilityFailed);
    const QString item = itemOf(u"hot"_s);
    feed.setAvailability(item, false);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, waitMs);
    QCOMPARE(changed.first().at(0).toString(), item);
    QCOMPARE(changed.first().at(1).toBool(), false);
    const Result<QList<MenuItem>> menu = m_fixture->menu(m_manager);
    QVERIFY_OK(menu);
    for (const MenuItem& entry : menu.value()) {
        if (entry.id == item)
            QCOMPARE(entry.available, false);
    }
    feed.setAvailability(u"no-such-item"_s, false);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, waitMs);
    QCOMPARE(failed.first().at(0).toString(), u"no-such-item"_s);
    QCOMPARE(failed.first().at(1).value<ApiError>().code, ErrorCode::NotFound);
}

QTEST_MAIN(tst_KitchenFeed)
#include "tst_kitchenfeed.moc"
