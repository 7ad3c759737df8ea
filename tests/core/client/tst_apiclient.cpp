#include "client/ApiClient.h"

#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/DemoStaff.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

// Collects the one callback of a call so that the test can wait for it.
template <typename T> class Outcome
{
public:
    ApiClient::Callback<T> callback()
    {
        return [this](Result<T> result) {
            ++m_calls;
            m_result.emplace(std::move(result));
        };
    }
    bool arrived() const { return m_result.has_value(); }
    const Result<T>& result() const { return *m_result; }
    int calls() const { return m_calls; }

private:
    std::optional<Result<T>> m_result;
    int m_calls = 0;
};

constexpr int waitMs = 10000;

} // namespace

class tst_ApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY_OK(m_fixture->start());
        m_client = std::make_unique<ApiClient>();
        m_client->setServerUrl(m_fixture->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        m_fixture.reset();
    }

    void rateLimitedRequestGoesAgainAfterRetryAfter()
    {
        QVERIFY(startRateLimited(2));
        // The server's clock stands still: its bucket refills when the test moves it, which it
        // does as soon as the tablet is told to wait.
        QSignalSpy limited(m_client.get(), &ApiClient::rateLimited);
        connect(m_client.get(), &ApiClient::rateLimited, this,
                [this] { m_fixture->clock().advance(1000); });
        std::array<Outcome<QList<Table>>, 3> reads;
        for (auto& read : reads)
            m_client->tables(read.callback());
        for (auto& read : reads) {
            QTRY_VERIFY_WITH_TIMEOUT(read.arrived(), waitMs);
            QVERIFY_OK(read.result());
            QCOMPARE(read.calls(), 1);
        }
        QCOMPARE(limited.count(), 1);
        QCOMPARE(limited.first().first().toInt(), 1000);
    }

    void rateLimitedRequestGoesAgainOnlyOnce()
    {
        QVERIFY(startRateLimited(1));
        QSignalSpy limited(m_client.get(), &ApiClient::rateLimited);
        Outcome<QList<Table>> first;
        Outcome<QList<Table>> second;
        m_client->tables(first.callback());
        m_client->tables(second.callback());
        QTRY_VERIFY_WITH_TIMEOUT(second.arrived(), waitMs);
        QVERIFY_OK(first.result());
        QVERIFY(!second.result());
        QCOMPARE(second.result().error().code, ErrorCode::TooManyRequests);
        QCOMPARE(second.result().error().retryAfterSeconds, 1);
        QCOMPARE(second.calls(), 1);
        QCOMPARE(limited.count(), 1);
    }

    void loginLockoutIsNotRetried()
    {
        QSignalSpy limited(m_client.get(), &ApiClient::rateLimited);
        for (int attempt = 0; attempt < 5; ++attempt) {
            Outcome<LoginReply> refused;
            m_client->login({u"ayse"_s, u"0000"_s}, refused.callback());
            QTRY_VERIFY_WITH_TIMEOUT(refused.arrived(), waitMs);
            QCOMPARE(refused.result().error().code, ErrorCode::InvalidCredentials);
        }
        Outcome<LoginReply> locked;
        m_client->login({u"ayse"_s, u"1111"_s}, locked.callback());
        QTRY_VERIFY_WITH_TIMEOUT(locked.arrived(), waitMs);
        QCOMPARE(locked.result().error().code, ErrorCode::TooManyAttempts);
        QVERIFY(locked.result().error().retryAfterSeconds > 60);
        QCOMPARE(limited.count(), 0);
    }

    // A read queued under the previous waiter's token, refused after the next one signed in,
    // must not read as the new login's expiry (issue 16: it signed the next waiter out).
    void unauthorizedUnderReplacedTokenIsStale()
    {
        const Result<QByteArray> previous = m_fixture->token(u"ayse"_s);
        const Result<QByteArray> next = m_fixture->token(u"mehmet"_s);
        QVERIFY_OK(previous);
        QVERIFY_OK(next);
        m_client->setToken(QString::fromUtf8(previous.value()));
        Outcome<bool> signedOut;
        m_client->logout(signedOut.callback());
        QTRY_VERIFY_WITH_TIMEOUT(signedOut.arrived(), waitMs);
        QVERIFY_OK(signedOut.result());

        Outcome<QList<Table>> queued;
        m_client->tables(queued.callback());
        m_client->setToken(QString::fromUtf8(next.value()));
        QTRY_VERIFY_WITH_TIMEOUT(queued.arrived(), waitMs);
        QVERIFY(!queued.result());
        QCOMPARE(queued.result().error().code, ErrorCode::NotLoggedIn);
        QCOMPARE(queued.calls(), 1);

        // The same refusal under the token still in use is the session's end, as before.
        m_client->setToken(QString::fromUtf8(previous.value()));
        Outcome<QList<Table>> current;
        m_client->tables(current.callback());
        QTRY_VERIFY_WITH_TIMEOUT(current.arrived(), waitMs);
        QVERIFY(!current.result());
        QCOMPARE(current.result().error().code, ErrorCode::Unauthorized);

        m_client->setToken(QString::fromUtf8(next.value()));
        Outcome<QList<Table>> fresh;
        m_client->tables(fresh.callback());
        QTRY_VERIFY_WITH_TIMEOUT(fresh.arrived(), waitMs);
        QVERIFY_OK(fresh.result());
    }

    void health()
    {
        Outcome<Health> health;
        m_client->health(health.callback());
        QTRY_VERIFY_WITH_TIMEOUT(health.arrived(), waitMs);
        QVERIFY_OK(health.result());
        QCOMPARE(health.result()->status, u"ok"_s);
        QCOMPARE(health.result()->api, 1);
    }

    void loginAndReads()
    {
        Outcome<LoginReply> login;
        m_client->login({u"ayse"_s, u"1111"_s}, login.callback());
        QTRY_VERIFY_WITH_TIMEOUT(login.arrived(), waitMs);
        QVERIFY_OK(login.result());
        QCOMPARE(login.result()->staff.name, u"Ayşe"_s);
        m_client->setToken(login.result()->token);

        Outcome<QList<Table>> tables;
        m_client->tables(tables.callback());
        QTRY_VERIFY_WITH_TIMEOUT(tables.arrived(), waitMs);
        QVERIFY_OK(tables.result());
        QCOMPARE(tables.result()->size(), 60);

        Outcome<MenuReply> english;
        Outcome<MenuReply> turkish;
        m_client->venueMenu(u"en"_s, english.callback());
        m_client->venueMenu(u"tr"_s, turkish.callback());
        QTRY_VERIFY_WITH_TIMEOUT(english.arrived() && turkish.arrived(), waitMs);
        QVERIFY_OK(english.result());
        QVERIFY_OK(turkish.result());
        QVERIFY(!english.result()->items.isEmpty());
        QCOMPARE(turkish.result()->items.size(), english.result()->items.size());
        QVERIFY(turkish.result()->items != english.result()->items);

        const qint64 orderId = tables.result()->first().orderId;
        Outcome<Order> order;
        m_client->order(orderId, order.callback());
        QTRY_VERIFY_WITH_TIMEOUT(order.arrived(), waitMs);
        QVERIFY_OK(order.result());
        QCOMPARE(order.result()->id, orderId);
        QCOMPARE(order.result()->version, 1);
    }

    void staffList()
    {
        Outcome<QList<Staff>> unsigned_;
        m_client->staff(unsigned_.callback());
        QTRY_VERIFY_WITH_TIMEOUT(unsigned_.arrived(), waitMs);
        QVERIFY(!unsigned_.result());
        QCOMPARE(unsigned_.result().error().code, ErrorCode::Unauthorized);

        const Result<QByteArray> token = m_fixture->token(u"ayse"_s);
        QVERIFY_OK(token);
        m_client->setToken(QString::fromLatin1(token.value()));
        Outcome<QList<Staff>> staff;
        m_client->staff(staff.callback());
        QTRY_VERIFY_WITH_TIMEOUT(staff.arrived(), waitMs);
        QVERIFY_OK(staff.result());
        QList<Staff> expected;
        for (const DemoStaff::Member& member : DemoStaff::members())
            expected.append(member.staff);
        QList<Staff> read = staff.result().value();
        const auto byId = [](const Staff& a, const Staff& b) { return a.id < b.id; };
        std::sort(expected.begin(), expected.end(), byId);
        std::sort(read.begin(), read.end(), byId);
        QCOMPARE(read, expected);
    }

    // The newest seq moves with a write; a waiter is refused with the server's code.
    void latestEventSeq()
    {
        const Result<QByteArray> manager = m_fixture->token(u"selin"_s);
        QVERIFY_OK(manager);
        m_client->setToken(QString::fromLatin1(manager.value()));
        Outcome<qint64> empty;
        m_client->latestEventSeq(empty.callback());
        QTRY_VERIFY_WITH_TIMEOUT(empty.arrived(), waitMs);
        QVERIFY_OK(empty.result());
        QCOMPARE(empty.result().value(), 0);

        const Result<Table> table = m_fixture->table(u"5"_s, manager.value());
        QVERIFY_OK(table);
        const Result<QList<MenuItem>> menu = m_fixture->menu(manager.value());
        QVERIFY_OK(menu);
        const HttpReply write =
            m_fixture->patchLines(table->orderId, table->version,
                                  {ServerFixture::newLine(menu->first().id)}, manager.value());
        QVERIFY2(write.status == 200, write.describe().constData());
        Outcome<qint64> afterWrite;
        m_client->latestEventSeq(afterWrite.callback());
        QTRY_VERIFY_WITH_TIMEOUT(afterWrite.arrived(), waitMs);
        QVERIFY_OK(afterWrite.result());
        QCOMPARE(afterWrite.result().value(), 1);

        const Result<QByteArray> waiter = m_fixture->token(u"ayse"_s);
        QVERIFY_OK(waiter);
        m_client->setToken(QString::fromLatin1(waiter.value()));
        Outcome<qint64> refused;
        m_client->latestEventSeq(refused.callback());
        QTRY_VERIFY_WITH_TIMEOUT(refused.arrived(), waitMs);
        QVERIFY(!refused.result());
        QCOMPARE(refused.result().error().code, ErrorCode::Forbidden);
    }

    void serverRefusals_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<qint64>("orderId");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("wrong PIN")
            << u"0000"_s << false << qint64(0) << ErrorCode::InvalidCredentials;
        QTest::newRow("no token") << u"2222"_s << false << qint64(1) << ErrorCode::Unauthorized;
        QTest::newRow("unknown order")
            << u"2222"_s << true << qint64(999999) << ErrorCode::NotFound;
    }

    void serverRefusals()
    {
        QFETCH(QString, pin);
        QFETCH(bool, withToken);
        QFETCH(qint64, orderId);
        QFETCH(ErrorCode, code);
        Outcome<LoginReply> login;
        m_client->login({u"mehmet"_s, pin}, login.callback());
        QTRY_VERIFY_WITH_TIMEOUT(login.arrived(), waitMs);
        if (orderId == 0) {
            QVERIFY(!login.result());
            QCOMPARE(login.result().error().code, code);
            QVERIFY(!ApiClient::isUnreachable(login.result().error()));
            return;
        }
        QVERIFY_OK(login.result());
        if (withToken)
            m_client->setToken(login.result()->token);
        Outcome<Order> order;
        m_client->order(orderId, order.callback());
        QTRY_VERIFY_WITH_TIMEOUT(order.arrived(), waitMs);
        QVERIFY(!order.result());
        QCOMPARE(order.result().error().code, code);
    }

    void guardedWrite()
    {
        const Result<QByteArray> token = m_fixture->token(u"ayse"_s);
        QVERIFY_OK(token);
        m_client->setToken(QString::fromUtf8(token.value()));
        const Result<Table> table = m_fixture->table(u"5"_s, token.value());
        QVERIFY_OK(table);
        const Result<QList<MenuItem>> menu = m_fixture->menu(token.value());
        QVERIFY_OK(menu);
        const Lines lines{ServerFixture::newLine(menu->at(0).id, 2, 3, u"no onions"_s)};

        Outcome<PatchReply> written;
        m_client->patchOrder(table->orderId, 1, lines, written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.arrived(), waitMs);
        QVERIFY_OK(written.result());
        QVERIFY(written.result()->applied());
        QCOMPARE(written.result()->order.version, 2);
        QCOMPARE(written.result()->order.items.size(), 1);
        QCOMPARE(written.result()->order.items.first().addedBy, u"ayse"_s);

        // The same base again is stale: a 409 with the current order and what changed since.
        Outcome<PatchReply> stale;
        m_client->patchOrder(table->orderId, 1, {}, stale.callback());
        QTRY_VERIFY_WITH_TIMEOUT(stale.arrived(), waitMs);
        QVERIFY_OK(stale.result());
        QVERIFY(!stale.result()->applied());
        QCOMPARE(stale.result()->conflict->error, ErrorCode::VersionConflict);
        QCOMPARE(stale.result()->conflict->current.version, 2);
        QCOMPARE(stale.result()->conflict->events.size(), 1);
        QCOMPARE(stale.result()->conflict->events.first().kind, Event::Kind::Add);

        // A bad line is refused, naming it.
        Lines bad = lines;
        bad.first().qty = 0;
        Outcome<PatchReply> refused;
        m_client->patchOrder(table->orderId, 2, bad, refused.callback());
        QTRY_VERIFY_WITH_TIMEOUT(refused.arrived(), waitMs);
        QVERIFY(!refused.result());
        QCOMPARE(refused.result().error().code, ErrorCode::InvalidRequest);
        QCOMPARE(refused.result().error().field, u"items[0].qty"_s);

        // A closed order answers order_closed.
        QCOMPARE(m_fixture->close(table->orderId, 2, token.value()).status, 200);
        Outcome<PatchReply> closed;
        m_client->patchOrder(table->orderId, 3, lines, closed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(closed.arrived(), waitMs);
        QVERIFY_OK(closed.result());
        QCOMPARE(closed.result()->conflict->error, ErrorCode::OrderClosed);
    }

    void kitchenCalls()
    {
        const Result<QByteArray> waiter = m_fixture->token(u"ayse"_s);
        const Result<QByteArray> chef = m_fixture->token(u"chef"_s);
        const Result<QByteArray> manager = m_fixture->token(u"selin"_s);
        QVERIFY_OK(waiter);
        QVERIFY_OK(chef);
        QVERIFY_OK(manager);
        m_client->setToken(QString::fromUtf8(waiter.value()));
        const Result<Table> table = m_fixture->table(u"6"_s, waiter.value());
        QVERIFY_OK(table);
        Line starter = ServerFixture::newLine(u"soup-lentil"_s);
        Line main = ServerFixture::newLine(u"main-adana-kebab"_s);
        main.course = 2;
        Outcome<PatchReply> written;
        m_client->patchOrder(table->orderId, 1, {starter, main}, written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.arrived(), waitMs);
        QVERIFY_OK(written.result());
        QCOMPARE(written.result()->order.items.at(1).course, 2);

        Outcome<FireAnswer> fired;
        m_client->fireOrder(table->orderId, 2, {1}, {}, fired.callback());
        QTRY_VERIFY_WITH_TIMEOUT(fired.arrived(), waitMs);
        QVERIFY_OK(fired.result());
        QVERIFY(fired.result()->applied());
        QCOMPARE(fired.result()->fired.order.version, 3);
        QCOMPARE(fired.result()->fired.tickets.size(), 1);
        const qint64 ticketId = fired.result()->fired.tickets.first().id;

        // A replay meets the conflict as a reply.
        Outcome<FireAnswer> replayed;
        m_client->fireOrder(table->orderId, 2, {1}, {starter.lineId}, replayed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(replayed.arrived(), waitMs);
        QVERIFY_OK(replayed.result());
        QVERIFY(!replayed.result()->applied());
        QCOMPARE(replayed.result()->conflict->error, ErrorCode::VersionConflict);
        QCOMPARE(replayed.result()->conflict->current.version, 3);

        // Only a manager fires a banquet.
        Outcome<BanquetFireReply> refused;
        m_client->fireBanquet(2, {u"6"_s}, refused.callback());
        QTRY_VERIFY_WITH_TIMEOUT(refused.arrived(), waitMs);
        QVERIFY(!refused.result());
        QCOMPARE(refused.result().error().code, ErrorCode::Forbidden);
        m_client->setToken(QString::fromUtf8(manager.value()));
        Outcome<BanquetFireReply> banquet;
        m_client->fireBanquet(2, {u"6"_s}, banquet.callback());
        QTRY_VERIFY_WITH_TIMEOUT(banquet.arrived(), waitMs);
        QVERIFY_OK(banquet.result());
        QCOMPARE(banquet.result()->orders, (QList<OrderVersion>{{table->orderId, 4}}));
        QCOMPARE(banquet.result()->tickets.size(), 1);

        m_client->setToken(QString::fromUtf8(chef.value()));
        Outcome<TicketsPage> page;
        m_client->kitchenTickets(0, 10, u"hot"_s, true, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.arrived(), waitMs);
        QVERIFY_OK(page.result());
        QCOMPARE(page.result()->tickets.size(), 2);
        QCOMPARE(page.result()->tickets.first().id, ticketId);
        QCOMPARE(page.result()->next, page.result()->tickets.last().id);

        Outcome<Ticket> bumped;
        m_client->bumpTicket(ticketId, bumped.callback());
        QTRY_VERIFY_WITH_TIMEOUT(bumped.arrived(), waitMs);
        QVERIFY_OK(bumped.result());
        QCOMPARE(bumped.result()->bumpedBy, u"chef"_s);
        Outcome<TicketsPage> open;
        m_client->kitchenTickets(0, 10, {}, true, open.callback());
        QTRY_VERIFY_WITH_TIMEOUT(open.arrived(), waitMs);
        QVERIFY_OK(open.result());
        QCOMPARE(open.result()->tickets.size(), 1);

        Outcome<MenuItem> soldOut;
        m_client->setAvailability(u"soup-lentil"_s, false, soldOut.callback());
        QTRY_VERIFY_WITH_TIMEOUT(soldOut.arrived(), waitMs);
        QVERIFY_OK(soldOut.result());
        QCOMPARE(soldOut.result()->available, false);
        Outcome<MenuReply> menu;
        m_client->venueMenu(u"de"_s, menu.callback());
        QTRY_VERIFY_WITH_TIMEOUT(menu.arrived(), waitMs);
        QVERIFY_OK(menu.result());
        QCOMPARE(menu.result()->currency, u"EUR"_s);
        for (const MenuItem& item : menu.result()->items)
            QCOMPARE(item.available, item.id != "soup-lentil"_L1);

        // A sold-out item is a 409 reply naming it.
        m_client->setToken(QString::fromUtf8(waiter.value()));
        Outcome<PatchReply> unavailable;
        const Lines more{starter, main, ServerFixture::newLine(u"soup-lentil"_s)};
        m_client->patchOrder(table->orderId, 4, more, unavailable.callback());
        QTRY_VERIFY_WITH_TIMEOUT(unavailable.arrived(), waitMs);
        QVERIFY_OK(unavailable.result());
        QCOMPARE(unavailable.result()->conflict->error, ErrorCode::ItemUnavailable);
        QCOMPARE(unavailable.result()->conflict->items, QStringList{u"soup-lentil"_s});
    }

    void refusedConnectionIsUnreachable()
    {
        const quint16 port = m_fixture->port();
        m_fixture->stop();
        QUrl url = m_fixture->baseUrl();
        url.setPort(port);
        m_client->setServerUrl(url);
        Outcome<Health> health;
        m_client->health(health.callback());
        QTRY_VERIFY_WITH_TIMEOUT(health.arrived(), waitMs);
        QVERIFY(!health.result());
        QVERIFY(ApiClient::isUnreachable(health.result().error()));
        QVERIFY2(health.result().error().message.contains(u"Cannot reach the server"_s),
                 qPrintable(health.result().error().message));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(silent.serverPort());
        m_client->setServerUrl(url);
        m_client->setTimeout(300);
        Outcome<PatchReply> written;
        m_client->patchOrder(1, 1, {}, written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.arrived(), waitMs);
        QVERIFY(!written.result());
        QVERIFY(ApiClient::isUnreachable(written.result().error()));
        QVERIFY2(written.result().error().message.contains(u"did not answer"_s),
                 qPrintable(written.result().error().message));
        QCOMPARE(written.calls(), 1);
    }

    void noCallbackAfterDestruction()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(silent.serverPort());
        bool called = false;
        {
            ApiClient client;
            client.setServerUrl(url);
            client.health([&called](Result<Health>) { called = true; });
            QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), waitMs);
        }
        // Anything the abort queued runs now; none of it may call back into the dead client.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

private:
    // The server again with a per-login limit of one request a second in bursts of `burst`,
    // and the client signed in as Ayşe.
    bool startRateLimited(int burst)
    {
        m_fixture->options().tokenRequestsPerSecond = 1.0;
        m_fixture->options().tokenBurst = burst;
        if (!m_fixture->restart())
            return false;
        m_client->setServerUrl(m_fixture->baseUrl());
        const Result<QByteArray> token = m_fixture->token(u"ayse"_s);
        if (!token)
            return false;
        m_client->setToken(QString::fromUtf8(token.value()));
        return true;
    }

    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
