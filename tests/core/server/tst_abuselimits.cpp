#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/JsonCodec.h"

#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

// The limits that keep a guest's flood or slow client from stopping the waiters' tablets
// (issue 8): each is provoked and answered with its status while another client is served.
class TestAbuseLimits : public QObject
{
    Q_OBJECT

private slots:
    void headerTooLarge_data();
    void headerTooLarge();
    void tricklingRequestIsCutOff();
    void openStreamOutlivesTheRequestTimeout();
    void connectionsPerAddress();
    void requestsPerToken();
    void banquetLoadIsNotThrottled();
    void slowloris();
};

namespace {

// A second loopback address, so that "another client" comes from somewhere else.
const QHostAddress otherClient(u"127.0.0.2"_s);

// A raw connection from `from` to the fixture's server.
std::unique_ptr<QTcpSocket> connectFrom(const QHostAddress& from, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!socket->bind(from))
        return nullptr;
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

// One GET /health on a fresh connection from `from`; the status, or 0.
int healthFrom(const QHostAddress& from, quint16 port)
{
    std::unique_ptr<QTcpSocket> socket = connectFrom(from, port);
    if (!socket)
        return 0;
    socket->write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    // The server runs on this thread: wait with its events flowing.
    QByteArray received;
    (void)QTest::qWaitFor(
        [&] {
            received += socket->readAll();
            return received.contains("\r\n\r\n") ||
                   socket->state() != QAbstractSocket::ConnectedState;
        },
        5000);
    received += socket->readAll();
    return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : 0;
}

} // namespace

void TestAbuseLimits::headerTooLarge_data()
{
    QTest::addColumn<bool>("finished");
    QTest::newRow("whole head") << true;
    QTest::newRow("head still coming") << false;
}

// Refused by its size alone, before the head ends: the server does not wait to buffer it.
void TestAbuseLimits::headerTooLarge()
{
    QFETCH(bool, finished);
    ServerFixture fixture;
    fixture.options().maxHeaderBytes = 4096;
    QVERIFY_OK(fixture.start(false));

    QByteArray request =
        "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + QByteArray(8192, 'a') +
        "\r\n";
    if (finished)
        request += "\r\n";
    const HttpReply refused =
        HttpTestClient::sendRaw(QHostAddress::LocalHost, fixture.port(), request, 5000);
    QVERIFY2(refused.status == 431, refused.describe().constData());
    // Clients written against api-v1.md compare the code's spelling, not our enum.
    QCOMPARE(refused.json().value(u"error"_s).toString(), u"headers_too_large"_s);

    const HttpReply small = HttpTestClient::sendRaw(
        QHostAddress::LocalHost, fixture.port(),
        "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + QByteArray(3000, 'a') +
            "\r\nConnection: close\r\n\r\n");
    QVERIFY2(small.status == 200, small.describe().constData());
    const HttpReply other = fixture.http().get(u"/api/v1/health"_s);
    QVERIFY2(other.status == 200, other.describe().constData());
}

// Each byte restarts the idle timer; the request timer runs from the first byte all the same.
void TestAbuseLimits::tricklingRequestIsCutOff()
{
    constexpr int requestTimeoutMs = 800;
    ServerFixture fixture;
    fixture.options().idleTimeoutMs = 300;
    fixture.options().requestTimeoutMs = requestTimeoutMs;
    QVERIFY_OK(fixture.start(false));

    QTcpSocket slow;
    QByteArray received;
    connect(&slow, &QTcpSocket::readyRead, this, [&] { received += slow.readAll(); });
    slow.connectToHost(QHostAddress::LocalHost, fixture.port());
    QVERIFY(slow.waitForConnected(5000));
    const QByteArray request =
        "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(200, 'a');
    qsizetype sent = 0;
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, this, [&] {
        if (sent < request.size() && slow.state() == QAbstractSocket::ConnectedState)
            slow.write(request.mid(sent++, 1));
    });
    trickle.start(50);
    QSignalSpy trickled(&trickle, &QTimer::timeout);
    QElapsedTimer timer;
    timer.start();

    // One other request per byte trickled, until the server cuts the slow one off.
    int othersServed = 0;
    while (slow.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < 10'000) {
        const HttpReply other = fixture.http().get(u"/api/v1/health"_s);
        QVERIFY2(other.status == 200, other.describe().constData());
        ++othersServed;
        (void)trickled.wait(1000);
    }
    QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(timer.elapsed() < 4 * requestTimeoutMs, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(sent < request.size());
    QVERIFY2(received.startsWith("HTTP/1.1 408"), received.constData());
    QVERIFY(received.contains(ErrorCodeNames::wireName(ErrorCode::RequestTimeout).toUtf8()));
    QVERIFY(othersServed > 0);
}

// A WebSocket is one long "request": the request timeout must not cut it.
void TestAbuseLimits::openStreamOutlivesTheRequestTimeout()
{
    constexpr int requestTimeoutMs = 300;
    ServerFixture fixture;
    fixture.options().requestTimeoutMs = requestTimeoutMs;
    QVERIFY_OK(fixture.start());
    const Result<QByteArray> token = fixture.token(u"ayse"_s);
    QVERIFY_OK(token);

    QWebSocket stream;
    QStringList messages;
    connect(&stream, &QWebSocket::textMessageReceived, this,
            [&](const QString& message) { messages.append(message); });
    QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_s.arg(fixture.port())));
    request.setRawHeader("Authorization", "Bearer " + token.value());
    stream.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), QAbstractSocket::ConnectedState, 5000);
    // Time must pass here: the check is that the request timer does NOT fire for several of
    // its intervals; a cut would end the wait at once.
    QSignalSpy cut(&stream, &QWebSocket::disconnected);
    QVERIFY(!cut.wait(4 * requestTimeoutMs));
    QCOMPARE(stream.state(), QAbstractSocket::ConnectedState);

    const Result<Table> table = fixture.table(u"1"_s, token.value());
    QVERIFY_OK(table);
    const Result<QList<MenuItem>> menu = fixture.menu(token.value());
    QVERIFY_OK(menu);
    const HttpReply write = fixture.patchLines(
        table->orderId, table->version, {ServerFixture::newLine(menu->first().id)}, token.value());
    QVERIFY2(write.status == 200, write.describe().constData());
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 5000);
}

void TestAbuseLimits::connectionsPerAddress()
{
    constexpr int perAddress = 4;
    ServerFixture fixture;
    fixture.options().maxConnectionsPerAddress = perAddress;
    QVERIFY_OK(fixture.start(false));

    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < perAddress; ++i) {
        std::unique_ptr<QTcpSocket> socket = connectFrom(QHostAddress::LocalHost, fixture.port());
        QVERIFY(socket);
        socket->write("GET /api/v1/health HTTP/1.1\r\nHo");
        held.push_back(std::move(socket));
    }
    // The server counts a connection once it has accepted it; a reply proves that.
    QTRY_COMPARE_WITH_TIMEOUT(healthFrom(QHostAddress::LocalHost, fixture.port()), 503, 5000);
    const HttpReply refused =
        HttpTestClient::sendRaw(QHostAddress::LocalHost, fixture.port(),
                                "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 5000);
    QVERIFY2(refused.status == 503, refused.describe().constData());
    QCOMPARE(refused.errorCode(), ErrorCode::ServiceUnavailable);

    QCOMPARE(healthFrom(otherClient, fixture.port()), 200);

    held.front()->abort();
    // Each try opens a connection, which the server frees a moment after its answer (on its
    // HTTP thread): once one got through, the check must not open another.
    int status = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        status == 200 || (status = healthFrom(QHostAddress::LocalHost, fixture.port())) == 200,
        5000);
}

// The default bucket: 60 at once, 20 a second after that, per token; others are unaffected.
void TestAbuseLimits::requestsPerToken()
{
    ServerFixture fixture;
    const ServerOptions defaults;
    fixture.options().tokenRequestsPerSecond = defaults.tokenRequestsPerSecond;
    fixture.options().tokenBurst = defaults.tokenBurst;
    QVERIFY_OK(fixture.start());
    const int burst = defaults.tokenBurst;
    const int perSecond = int(defaults.tokenRequestsPerSecond);
    const Result<QByteArray> flooding = fixture.token(u"ayse"_s);
    QVERIFY_OK(flooding);
    const Result<QByteArray> other = fixture.token(u"mehmet"_s);
    QVERIFY_OK(other);

    for (int i = 0; i < burst; ++i) {
        const HttpReply reply = fixture.http().get(u"/api/v1/menu"_s, flooding.value());
        QVERIFY2(reply.status == 200, reply.describe().constData());
    }
    const HttpReply limited = fixture.http().get(u"/api/v1/menu"_s, flooding.value());
    QVERIFY2(limited.status == 429, limited.describe().constData());
    QCOMPARE(limited.errorCode(), ErrorCode::TooManyRequests);
    QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
    const HttpReply served = fixture.http().get(u"/api/v1/menu"_s, other.value());
    QVERIFY2(served.status == 200, served.describe().constData());

    fixture.clock().advance(1000);
    for (int i = 0; i < perSecond; ++i)
        QCOMPARE(fixture.http().get(u"/api/v1/menu"_s, flooding.value()).status, 200);
    QCOMPARE(fixture.http().get(u"/api/v1/menu"_s, flooding.value()).status, 429);
}

// 50 tablets, 100 writes a second venue-wide for three seconds, plus each tablet reloading
// the tables and its order now and then: the default limits never answer 429.
void TestAbuseLimits::banquetLoadIsNotThrottled()
{
    constexpr int tablets = 50;
    constexpr int seconds = 3;
    constexpr int writesPerSecond = 100;
    ServerFixture fixture;
    const ServerOptions defaults;
    fixture.options().tokenRequestsPerSecond = defaults.tokenRequestsPerSecond;
    fixture.options().tokenBurst = defaults.tokenBurst;
    QVERIFY_OK(fixture.start());
    QList<QByteArray> tokens;
    for (int i = 0; i < tablets; ++i) {
        const QString staff = ServerFixture::demoWaiters().at(i % 4);
        const Result<QByteArray> token = fixture.token(staff);
        QVERIFY_OK(token);
        tokens.append(token.value());
    }
    const Result<QList<Table>> tables = fixture.tables(tokens.first());
    QVERIFY_OK(tables);
    const Result<QList<MenuItem>> menu = fixture.menu(tokens.first());
    QVERIFY_OK(menu);
    QHash<qint64, Lines> lines;
    QHash<qint64, qint64> versions;
    for (const Table& table : tables.value())
        versions.insert(table.orderId, table.version);

    QRandomGenerator random(8);
    int throttled = 0;
    for (int second = 0; second < seconds; ++second) {
        for (int i = 0; i < writesPerSecond; ++i) {
            fixture.clock().advance(1000 / writesPerSecond);
            const int tablet = int(random.bounded(tablets));
            const Table& table = tables->at(tablet);
            if (random.bounded(10) == 0) {
                throttled +=
                    fixture.http().get(u"/api/v1/tables"_s, tokens.at(tablet)).status == 429;
                throttled += fixture.http()
                                 .get(ServerFixture::orderPath(table.orderId), tokens.at(tablet))
                                 .status == 429;
            }
            Lines& list = lines[table.orderId];
            list.append(ServerFixture::newLine(menu->at(i % menu->size()).id));
            const HttpReply write = fixture.patchLines(table.orderId, versions.value(table.orderId),
                                                       list, tokens.at(tablet));
            throttled += write.status == 429;
            QVERIFY2(write.status == 200, write.describe().constData());
            versions[table.orderId] += 1;
        }
    }
    QCOMPARE(throttled, 0);
}

// Many connections from one guest, each trickling a never-ending head: the per-address cap
// leaves the tablets' connections free and the request timeout closes the guest's.
void TestAbuseLimits::slowloris()
{
    constexpr int attackers = 60;
    constexpr int requestTimeoutMs = 1500;
    ServerFixture fixture;
    fixture.options().maxConnectionsPerAddress = 16;
    fixture.options().maxConnections = 64;
    fixture.options().idleTimeoutMs = 500;
    fixture.options().requestTimeoutMs = requestTimeoutMs;
    QVERIFY_OK(fixture.start(false));

    std::vector<std::unique_ptr<QTcpSocket>> guests;
    for (int i = 0; i < attackers; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QVERIFY(socket->bind(otherClient));
        socket->connectToHost(QHostAddress::LocalHost, fixture.port());
        guests.push_back(std::move(socket));
    }
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, this, [&] {
        for (const auto& guest : guests) {
            if (guest->state() != QAbstractSocket::ConnectedState)
                continue;
            if (guest->property("started").toBool())
                guest->write("a");
            else
                guest->write("GET /api/v1/health HTTP/1.1\r\nX-Slow: ");
            guest->setProperty("started", true);
        }
    });
    trickle.start(100);
    QSignalSpy trickled(&trickle, &QTimer::timeout);
    QElapsedTimer timer;
    timer.start();

    // While the guest holds what it can, a tablet is served, after every step of it: its answer
    // comes while guest connections are still open, not once the server has cut them off.
    const auto guestsHeld = [&guests] {
        return std::any_of(guests.begin(), guests.end(), [](const auto& guest) {
            return guest->state() == QAbstractSocket::ConnectedState;
        });
    };
    while (timer.elapsed() < requestTimeoutMs) {
        const bool heldBefore = guestsHeld();
        QElapsedTimer request;
        request.start();
        const HttpReply health = fixture.http().get(u"/api/v1/health"_s);
        QVERIFY2(health.status == 200, health.describe().constData());
        QVERIFY2(!heldBefore || guestsHeld() || request.elapsed() < 1000,
                 qPrintable(QString::number(request.elapsed())));
        (void)trickled.wait(1000);
    }
    // Bounded: every guest connection is refused or cut off, trickling or not.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(guests.begin(), guests.end(),
                                         [](const auto& guest) {
                                             return guest->state() ==
                                                    QAbstractSocket::UnconnectedState;
                                         }),
                             4 * requestTimeoutMs);
    trickle.stop();
    QCOMPARE(fixture.http().get(u"/api/v1/health"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestAbuseLimits)
#include "tst_abuselimits.moc"
