#include "http/HttpRelay.h"

#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>

using namespace Qt::Literals::StringLiterals;

// HttpRelay: what crosses between the HTTP thread and the handler's, in order, and who is woken.
class TestHttpRelay : public QObject
{
    Q_OBJECT
private slots:
    void answersAndOpeningsKeepTheirOrder();
    void httpSideWakesOnlyForWhatItSendsNow_data();
    void httpSideWakesOnlyForWhatItSendsNow();
    void handlerSideWakesOncePerBatch();
    void closingRefusesUpgradeChecksAndKeepsLogRecords();
    void reopeningDropsWhatTheLastHttpSideLeft();
    void anUpgradeRefusedAfterClosingEndsOnTheHandlersThread();

private:
    int m_handlerWakes = 0;
    int m_httpWakes = 0;
    HttpRelay relay()
    {
        m_handlerWakes = 0;
        m_httpWakes = 0;
        return HttpRelay([this] { ++m_handlerWakes; }, [this] { ++m_httpWakes; });
    }
};

namespace {

HttpRelay::ToHttp answer(quint64 id, std::optional<quint64> ticket)
{
    return HttpRelay::Answer{id, HttpResponse::json(200, "{}"), ticket};
}

HttpRelay::Request request(quint64 id)
{
    HttpRequest plain;
    plain.method = "GET";
    plain.path = u"/api/v1/health"_s;
    return HttpRelay::Request{id, plain};
}

} // namespace

void TestHttpRelay::answersAndOpeningsKeepTheirOrder()
{
    HttpRelay relay = this->relay();
    relay.toHttp(answer(1, 7));
    relay.toHttp(answer(2, std::nullopt));
    relay.toHttp(HttpRelay::Opening{7, std::nullopt});
    relay.toHttp(answer(3, 8));
    const std::vector<HttpRelay::ToHttp> taken = relay.takeForHttp();
    QCOMPARE(taken.size(), 4u);
    QCOMPARE(std::get<HttpRelay::Answer>(taken[0]).id, 1u);
    QCOMPARE(std::get<HttpRelay::Answer>(taken[1]).id, 2u);
    QCOMPARE(std::get<HttpRelay::Opening>(taken[2]).ticket, 7u);
    QCOMPARE(std::get<HttpRelay::Answer>(taken[3]).id, 3u);
    QVERIFY(relay.takeForHttp().empty());
}

void TestHttpRelay::httpSideWakesOnlyForWhatItSendsNow_data()
{
    QTest::addColumn<bool>("held");
    QTest::addColumn<bool>("opening");
    QTest::addColumn<int>("wakes");
    QTest::newRow("an answer held for its group") << true << false << 0;
    QTest::newRow("an answer free to leave") << false << false << 1;
    QTest::newRow("a gate opening") << false << true << 1;
}

void TestHttpRelay::httpSideWakesOnlyForWhatItSendsNow()
{
    QFETCH(bool, held);
    QFETCH(bool, opening);
    QFETCH(int, wakes);
    HttpRelay relay = this->relay();
    relay.toHttp(opening ? HttpRelay::ToHttp(HttpRelay::Opening{3, std::nullopt})
                         : answer(1, held ? std::optional<quint64>(3) : std::nullopt));
    QCOMPARE(m_httpWakes, wakes);
    // A second message before the first wake was answered wakes nobody again.
    relay.toHttp(HttpRelay::Opening{4, std::nullopt});
    QCOMPARE(m_httpWakes, 1);
    QCOMPARE(relay.takeForHttp().size(), 2u);
    relay.toHttp(answer(2, std::nullopt));
    QCOMPARE(m_httpWakes, 2);
    QCOMPARE(m_handlerWakes, 0);
}

void TestHttpRelay::handlerSideWakesOncePerBatch()
{
    HttpRelay relay = this->relay();
    QVERIFY(relay.toHandler(request(1)));
    QVERIFY(relay.toHandler(HttpRelay::Served{"GET", u"/x"_s, 200, 1, u"-"_s}));
    QVERIFY(relay.toHandler(request(2)));
    QCOMPARE(m_handlerWakes, 1);
    std::vector<HttpRelay::ToHandler> taken = relay.takeForHandler();
    QCOMPARE(taken.size(), 3u);
    QCOMPARE(std::get<HttpRelay::Request>(taken[0]).id, 1u);
    QVERIFY(std::holds_alternative<HttpRelay::Served>(taken[1]));
    QCOMPARE(std::get<HttpRelay::Request>(taken[2]).id, 2u);
    QVERIFY(relay.toHandler(request(3)));
    QCOMPARE(m_handlerWakes, 2);
    QCOMPARE(m_httpWakes, 0);
}

void TestHttpRelay::closingRefusesUpgradeChecksAndKeepsLogRecords()
{
    HttpRelay relay = this->relay();
    HttpRelay::UpgradeCheck waiting{HttpRequest{}, {}};
    std::future<std::optional<HttpResponse>> verdict = waiting.verdict.get_future();
    QVERIFY(relay.toHandler(std::move(waiting)));
    QVERIFY(relay.toHandler(request(1)));
    QVERIFY(relay.toHandler(HttpRelay::Served{"GET", u"/x"_s, 200, 1, u"-"_s}));

    relay.close(HttpResponse::error(503, ErrorCode::ServiceUnavailable, u"closing"_s));
    // The HTTP thread waiting on the check is answered: it never waits for a handler gone.
    QCOMPARE(verdict.wait_for(std::chrono::seconds(0)), std::future_status::ready);
    const std::optional<HttpResponse> refused = verdict.get();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    const std::vector<HttpRelay::ToHandler> kept = relay.takeForHandler();
    QCOMPARE(kept.size(), 1u);
    QVERIFY(std::holds_alternative<HttpRelay::Served>(kept[0]));

    QVERIFY(!relay.toHandler(request(2)));
    HttpRelay::UpgradeCheck late{HttpRequest{}, {}};
    std::future<std::optional<HttpResponse>> lateVerdict = late.verdict.get_future();
    QVERIFY(!relay.toHandler(std::move(late)));
    QCOMPARE(lateVerdict.get()->status, 503);
    QVERIFY(relay.toHandler(HttpRelay::Served{"GET", u"/y"_s, 200, 1, u"-"_s}));
    QCOMPARE(relay.takeForHandler().size(), 1u);
}

void TestHttpRelay::reopeningDropsWhatTheLastHttpSideLeft()
{
    HttpRelay relay = this->relay();
    relay.toHttp(answer(1, std::nullopt));
    relay.close(HttpResponse::error(503, ErrorCode::ServiceUnavailable, u"closing"_s));
    // Answers already sent on stay for the stopping HTTP side to deliver.
    QCOMPARE(relay.takeForHttp().size(), 1u);
    relay.toHttp(answer(2, std::nullopt));
    relay.reopen();
    QVERIFY(relay.takeForHttp().empty());
    QVERIFY(relay.toHandler(request(3)));
    relay.toHttp(answer(3, std::nullopt));
    QCOMPARE(relay.takeForHttp().size(), 1u);
}

void TestHttpRelay::anUpgradeRefusedAfterClosingEndsOnTheHandlersThread()
{
    // Started only after the hand-over below: ThreadSanitizer sees that order, not Qt's queue.
    QThread handlerThread;
    auto socket = std::make_unique<QWebSocket>();
    std::atomic<QThread*> deletedOn = nullptr;
    connect(
        socket.get(), &QObject::destroyed, socket.get(),
        [&deletedOn] { deletedOn = QThread::currentThread(); }, Qt::DirectConnection);
    // As HttpFrontEnd hands an upgrade over: moved first, then relayed.
    socket->moveToThread(&handlerThread);
    HttpRelay relay = this->relay();
    relay.close(HttpResponse::error(503, ErrorCode::ServiceUnavailable, u"closing"_s));

    QVERIFY(!relay.toHandler(HttpRelay::Upgraded{std::move(socket)}));
    handlerThread.start();
    // Also when a check fails: returning with the thread running would abort the suite.
    const auto stop = qScopeGuard([&handlerThread] {
        handlerThread.quit();
        handlerThread.wait();
    });
    // Not deleted on the HTTP thread while the handler's thread may be handling its events.
    QTRY_COMPARE(deletedOn.load(), &handlerThread);
    handlerThread.quit();
    QVERIFY(handlerThread.wait(5000));
}

QTEST_GUILESS_MAIN(TestHttpRelay)
#include "tst_httprelay.moc"
