#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/ErrorCodeNames.h"
#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "server/VenueServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int connectMs = 5000;
// api-v1.md: every connected client hears of a committed change within 1 second.
constexpr int announceMs = 1000;

// One stream client as a tablet would open it, keeping every message it was sent.
class StreamClient
{
public:
    enum class TokenIn { Header, Query };

    StreamClient(quint16 port, const QByteArray& token, TokenIn where = TokenIn::Header,
                 const QString& path = u"/api/v1/stream"_s)
    {
        QUrl url(u"ws://127.0.0.1:%1%2"_s.arg(port).arg(path));
        if (where == TokenIn::Query && !token.isEmpty())
            url.setQuery(u"token="_s + QString::fromLatin1(token));
        QNetworkRequest request(url);
        if (where == TokenIn::Header && !token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        socket.setProxy(QNetworkProxy::NoProxy);
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString& text) { received.append(text); });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
        socket.open(request);
    }

    bool waitConnected()
    {
        (void)QTest::qWaitFor(
            [this] { return socket.state() == QAbstractSocket::ConnectedState || closed; },
            connectMs);
        return socket.state() == QAbstractSocket::ConnectedState;
    }

    QList<StreamMessage> messages() const
    {
        QList<StreamMessage> decoded;
        for (const QString& text : received) {
            const Result<QJsonObject> object = JsonDecoder::parseObject(text.toUtf8());
            const Result<StreamMessage> message =
                object ? JsonDecoder::streamMessageFromJson(object.value())
                       : Result<StreamMessage>(object.error());
            if (message)
                decoded.append(message.value());
            else
                qWarning("undecodable stream message: %s", qPrintable(text));
        }
        return decoded;
    }

    QWebSocket socket;
    QStringList received;
    bool closed = false;
};

StreamMessage moved(qint64 orderId, const QString& tableId, qint64 version)
{
    StreamMessage message;
    message.orderId = orderId;
    message.tableId = tableId;
    message.version = version;
    return message;
}

} // namespace

// GET /api/v1/stream (api-v1.md "Live updates"): who may connect, what is announced and when,
// and that an open stream outlives the HTTP idle timeout without leaking connection slots.
// A bad upgrade is refused before it happens (401/404 with the JSON error); a token revoked
// while its stream is open ends the stream with 1008 (policy violation), reason "unauthorized".
class TestStreamRoutes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void patchByAnotherWaiterIsAnnouncedWithinOneSecond();
    void tokenInQueryIsAccepted();
    void ticketsAndSellOutsAreAnnounced();
    void refusedConnections_data();
    void refusedConnections();
    void plainRequestWithoutUpgrade_data();
    void plainRequestWithoutUpgrade();
    void writeThatChangesNothingIsNotAnnounced();
    void refusedWriteIsNotAnnounced();
    void closeAnnouncesBothOrders();
    void everyClientReceives();
    void streamOutlivesIdleTimeout();
    void closedStreamsFreeTheirConnectionSlots();
    void tokenRevokedWhileConnectedClosesStream();
    void serverStopClosesStreams();

private:
    // Starts the fixture with the options set so far.
    bool start();
    qint64 orderOfTable(const QString& tableId);
    Order serverOrder(qint64 orderId);
    QString menuId(int index) const { return m_menu.at(index % m_menu.size()).id; }
    HttpReply addLine(qint64 orderId, const QByteArray& token, int menuIndex = 0);

    std::unique_ptr<ServerFixture> m_fixture;
    QByteArray m_manager;
    QList<MenuItem> m_menu;
};

void TestStreamRoutes::init()
{
    m_fixture = std::make_unique<ServerFixture>();
}

void TestStreamRoutes::cleanup()
{
    m_fixture.reset();
}

bool TestStreamRoutes::start()
{
    if (!m_fixture->start())
        return false;
    Result<QByteArray> token = m_fixture->token(u"selin"_s);
    if (!token)
        return false;
    m_manager = token.value();
    Result<QList<MenuItem>> menu = m_fixture->menu(m_manager);
    if (!menu || menu->isEmpty())
        return false;
    m_menu = menu.value();
    return true;
}

qint64 TestStreamRoutes::orderOfTable(const QString& tableId)
{
    const Result<Table> table = m_fixture->table(tableId, m_manager);
    return table ? table->orderId : 0;
}

Order TestStreamRoutes::serverOrder(qint64 orderId)
{
    const Result<Order> order = m_fixture->order(orderId, m_manager);
    return order ? order.value() : Order{};
}

HttpReply TestStreamRoutes::addLine(qint64 orderId, const QByteArray& token, int menuIndex)
{
    const Order current = serverOrder(orderId);
    Lines lines = current.items;
    lines.append(ServerFixture::newLine(menuId(menuIndex)));
    return m_fixture->patchLines(orderId, current.version, lines, token);
}

void TestStreamRoutes::patchByAnotherWaiterIsAnnouncedWithinOneSecond()
{
    QVERIFY(start());
    const Result<QByteArray> ayse = m_fixture->token(u"ayse"_s);
    const Result<QByteArray> mehmet = m_fixture->token(u"mehmet"_s);
    QVERIFY_OK(ayse);
    QVERIFY_OK(mehmet);
    StreamClient stream(m_fixture->port(), ayse.value());
    QVERIFY(stream.waitConnected());

    const qint64 orderId = orderOfTable(u"12"_s);
    QElapsedTimer sinceWrite;
    sinceWrite.start();
    const HttpReply reply = addLine(orderId, mehmet.value());
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QTRY_VERIFY_WITH_TIMEOUT(!stream.received.isEmpty(), announceMs);
    QVERIFY(sinceWrite.elapsed() <= announceMs);
    QCOMPARE(stream.messages(), QList<StreamMessage>{moved(orderId, u"12"_s, 2)});
    const QJsonObject raw = QJsonDocument::fromJson(stream.received.first().toUtf8()).object();
    QCOMPARE(raw.value(u"type"_s).toString(), u"order"_s);
    QCOMPARE(raw.value(u"table_id"_s).toString(), u"12"_s);
}

void TestStreamRoutes::tokenInQueryIsAccepted()
{
    QVERIFY(start());
    const Result<QByteArray> ayse = m_fixture->token(u"ayse"_s);
    QVERIFY_OK(ayse);
    StreamClient stream(m_fixture->port(), ayse.value(), StreamClient::TokenIn::Query);
    QVERIFY(stream.waitConnected());
    const qint64 orderId = orderOfTable(u"3"_s);
    QCOMPARE(addLine(orderId, m_manager).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(stream.messages(), QList<StreamMessage>{moved(orderId, u"3"_s, 2)},
                              announceMs);
}

void TestStreamRoutes::ticketsAndSellOutsAreAnnounced()
{
    QVERIFY(start());
    const Result<QByteArray> chef = m_fixture->token(u"chef"_s);
    QVERIFY_OK(chef);
    StreamClient stream(m_fixture->port(), chef.value());
    QVERIFY(stream.waitConnected());
    const qint64 orderId = orderOfTable(u"4"_s);
    QCOMPARE(addLine(orderId, m_manager).status, 200);
    const HttpReply fired =
        m_fixture->http().sendJson("POST", ServerFixture::orderPath(orderId) + u"/fire"_s,
                                   QJsonObject{{u"expected_version"_s, 2}}, m_manager);
    QVERIFY2(fired.status == 200, fired.describe().constData());
    const QJsonObject ticket = fired.json().value(u"tickets"_s).toArray().at(0).toObject();
    const QJsonObject expected{{u"type"_s, u"ticket"_s},
                               {u"ticket_id"_s, ticket.value(u"id"_s)},
                               {u"station"_s, ticket.value(u"station"_s)},
                               {u"order_id"_s, orderId},
                               {u"kind"_s, u"fire"_s}};
    QTRY_COMPARE_WITH_TIMEOUT(stream.received.size(), 3, announceMs);
    QCOMPARE(stream.messages(),
             (QList<StreamMessage>{moved(orderId, u"4"_s, 2), moved(orderId, u"4"_s, 3)}));
    QCOMPARE(QJsonDocument::fromJson(stream.received.at(2).toUtf8()).object(), expected);

    const HttpReply soldOut =
        m_fixture->http().sendJson("PUT", u"/api/v1/menu/%1/availability"_s.arg(menuId(0)),
                                   QJsonObject{{u"available"_s, false}}, chef.value());
    QVERIFY2(soldOut.status == 200, soldOut.describe().constData());
    QTRY_COMPARE_WITH_TIMEOUT(stream.received.size(), 4, announceMs);
    QCOMPARE(QJsonDocument::fromJson(stream.received.at(3).toUtf8()).object(),
             (QJsonObject{
                 {u"type"_s, u"menu"_s}, {u"menu_item_id"_s, menuId(0)}, {u"available"_s, false}}));
}

void TestStreamRoutes::refusedConnections_data()
{
    QTest::addColumn<QString>("token"); // "valid", "revoked", or the token itself
    QTest::addColumn<int>("where");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorCode>("error");

    const int header = int(StreamClient::TokenIn::Header);
    const int query = int(StreamClient::TokenIn::Query);
    const QString stream = u"/api/v1/stream"_s;
    QTest::newRow("no token") << QString() << header << stream << 401 << ErrorCode::Unauthorized;
    QTest::newRow("unknown token in header")
        << u"bm90LWEtdG9rZW4"_s << header << stream << 401 << ErrorCode::Unauthorized;
    QTest::newRow("unknown token in query")
        << u"bm90LWEtdG9rZW4"_s << query << stream << 401 << ErrorCode::Unauthorized;
    QTest::newRow("revoked token in header")
        << u"revoked"_s << header << stream << 401 << ErrorCode::Unauthorized;
    QTest::newRow("revoked token in query")
        << u"revoked"_s << query << stream << 401 << ErrorCode::Unauthorized;
    QTest::newRow("valid token, another path")
        << u"valid"_s << header << u"/api/v1/tables"_s << 404 << ErrorCode::NotFound;
}

// Refused before the upgrade, with the contract's error reply; the client never connects.
void TestStreamRoutes::refusedConnections()
{
    QFETCH(QString, token);
    QFETCH(int, where);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(ErrorCode, error);
    QVERIFY(start());

    QByteArray sent = token.toLatin1();
    if (token == "valid"_L1 || token == "revoked"_L1) {
        const Result<QByteArray> ayse = m_fixture->token(u"ayse"_s);
        QVERIFY_OK(ayse);
        sent = ayse.value();
    }
    if (token == "revoked"_L1) {
        const HttpReply logout =
            m_fixture->http().send("POST", u"/api/v1/logout"_s, {}, {HttpTestClient::bearer(sent)});
        QCOMPARE(logout.status, 204);
    }

    QByteArray target = path.toLatin1();
    QByteArray authorization;
    if (!sent.isEmpty() && where == int(StreamClient::TokenIn::Query))
        target += "?token=" + sent;
    else if (!sent.isEmpty())
        authorization = "Authorization: Bearer " + sent + "\r\n";
    const HttpReply raw = HttpTestClient::sendRaw(
        QHostAddress::LocalHost, m_fixture->port(),
        "GET " + target +
            " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" +
            authorization + "\r\n");
    QVERIFY2(raw.status == status, raw.describe().constData());
    QVERIFY(raw.isJsonReply());
    QCOMPARE(raw.errorCode(), error);

    StreamClient refused(m_fixture->port(), sent, StreamClient::TokenIn(where), path);
    QTRY_VERIFY_WITH_TIMEOUT(refused.closed, connectMs);
    QVERIFY(refused.socket.error() != QAbstractSocket::UnknownSocketError);

    // A refused client hears nothing of later writes; an accepted one does.
    const Result<QByteArray> elif = m_fixture->token(u"elif"_s);
    QVERIFY_OK(elif);
    StreamClient accepted(m_fixture->port(), elif.value());
    QVERIFY(accepted.waitConnected());
    QCOMPARE(addLine(orderOfTable(u"5"_s), m_manager).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.received.size(), 1, announceMs);
    QVERIFY(refused.received.isEmpty());
}

void TestStreamRoutes::plainRequestWithoutUpgrade_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorCode>("error");

    QTest::newRow("GET without token")
        << QByteArray("GET") << false << 401 << ErrorCode::Unauthorized;
    QTest::newRow("GET with token")
        << QByteArray("GET") << true << 426 << ErrorCode::UpgradeRequired;
    QTest::newRow("POST") << QByteArray("POST") << true << 405 << ErrorCode::MethodNotAllowed;
}

void TestStreamRoutes::plainRequestWithoutUpgrade()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, withToken);
    QFETCH(int, status);
    QFETCH(ErrorCode, error);
    QVERIFY(start());

    HttpTestClient::Headers headers;
    if (withToken)
        headers.append(HttpTestClient::bearer(m_manager));
    const HttpReply reply = m_fixture->http().send(method, u"/api/v1/stream"_s, {}, headers);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.errorCode(), error);
    if (status == 426)
        QCOMPARE(reply.header("Upgrade").toLower(), QByteArray("websocket"));
}

void TestStreamRoutes::writeThatChangesNothingIsNotAnnounced()
{
    QVERIFY(start());
    const qint64 orderId = orderOfTable(u"7"_s);
    QCOMPARE(addLine(orderId, m_manager).status, 200);
    StreamClient stream(m_fixture->port(), m_manager);
    QVERIFY(stream.waitConnected());

    // The same list again, by body and by If-Match: 200, same version, nothing moved.
    const Order current = serverOrder(orderId);
    QCOMPARE(m_fixture->patchLines(orderId, current.version, current.items, m_manager).status, 200);
    const HttpReply byHeader = m_fixture->patch(
        orderId, QJsonObject{{u"items"_s, JsonCodec::toJson(current.items)}}, m_manager,
        {{"If-Match", '"' + QByteArray::number(current.version) + '"'}});
    QCOMPARE(byHeader.status, 200);
    // A real change afterwards is the first and only message.
    QCOMPARE(addLine(orderId, m_manager).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!stream.received.isEmpty(), announceMs);
    QCOMPARE(stream.messages(), QList<StreamMessage>{moved(orderId, u"7"_s, current.version + 1)});
}

void TestStreamRoutes::refusedWriteIsNotAnnounced()
{
    QVERIFY(start());
    const qint64 orderId = orderOfTable(u"8"_s);
    StreamClient stream(m_fixture->port(), m_manager);
    QVERIFY(stream.waitConnected());
    QCOMPARE(addLine(orderId, m_manager).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(stream.received.size(), 1, announceMs);

    Lines stale{ServerFixture::newLine(menuId(1))};
    QCOMPARE(m_fixture->patchLines(orderId, 1, stale, m_manager).status, 409);
    QCOMPARE(m_fixture->patchLines(orderId, std::nullopt, stale, m_manager).status, 428);
    QCOMPARE(addLine(orderId, m_manager, 2).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(stream.received.size(), 2, announceMs);
    QCOMPARE(stream.messages().last(), moved(orderId, u"8"_s, 3));
}

void TestStreamRoutes::closeAnnouncesBothOrders()
{
    QVERIFY(start());
    const Result<QByteArray> can = m_fixture->token(u"can"_s);
    QVERIFY_OK(can);
    StreamClient stream(m_fixture->port(), can.value());
    QVERIFY(stream.waitConnected());
    const qint64 orderId = orderOfTable(u"20"_s);

    const HttpReply closed = m_fixture->close(orderId, 1, m_manager);
    QVERIFY2(closed.status == 200, closed.describe().constData());
    const qint64 next = closed.json().value(u"next_order_id"_s).toInteger();
    QVERIFY(next > orderId);
    QTRY_COMPARE_WITH_TIMEOUT(stream.received.size(), 2, announceMs);
    QCOMPARE(stream.messages(),
             (QList<StreamMessage>{moved(orderId, u"20"_s, 2), moved(next, u"20"_s, 1)}));
}

void TestStreamRoutes::everyClientReceives()
{
    QVERIFY(start());
    constexpr int clientCount = 24;
    QList<QByteArray> tokens;
    for (const QString& waiter : ServerFixture::demoWaiters()) {
        const Result<QByteArray> token = m_fixture->token(waiter);
        QVERIFY_OK(token);
        tokens.append(token.value());
    }
    std::vector<std::unique_ptr<StreamClient>> clients;
    for (int i = 0; i < clientCount; ++i) {
        clients.push_back(std::make_unique<StreamClient>(
            m_fixture->port(), tokens.at(i % tokens.size()),
            i % 2 ? StreamClient::TokenIn::Query : StreamClient::TokenIn::Header));
    }
    for (const auto& client : clients)
        QVERIFY(client->waitConnected());

    const qint64 first = orderOfTable(u"30"_s);
    const qint64 second = orderOfTable(u"31"_s);
    QCOMPARE(addLine(first, tokens.at(0)).status, 200);
    QCOMPARE(addLine(second, tokens.at(1)).status, 200);
    const QList<StreamMessage> expected{moved(first, u"30"_s, 2), moved(second, u"31"_s, 2)};
    for (const auto& client : clients)
        QTRY_COMPARE_WITH_TIMEOUT(client->messages(), expected, announceMs);
}

void TestStreamRoutes::streamOutlivesIdleTimeout()
{
    m_fixture->options().idleTimeoutMs = 300;
    QVERIFY(start());
    StreamClient stream(m_fixture->port(), m_manager);
    QVERIFY(stream.waitConnected());

    // Time must pass here: the stream has to stay quiet for several idle timeouts (a close
    // would end the wait at once).
    QSignalSpy closed(&stream.socket, &QWebSocket::disconnected);
    QVERIFY(!closed.wait(5 * m_fixture->options().idleTimeoutMs));
    QVERIFY(!stream.closed);
    QCOMPARE(stream.socket.state(), QAbstractSocket::ConnectedState);
    const qint64 orderId = orderOfTable(u"40"_s);
    QCOMPARE(addLine(orderId, m_manager).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(stream.messages(), QList<StreamMessage>{moved(orderId, u"40"_s, 2)},
                              announceMs);
}

void TestStreamRoutes::closedStreamsFreeTheirConnectionSlots()
{
    constexpr int slotCount = 3;
    m_fixture->options().maxConnections = slotCount;
    QVERIFY(start());
    // The fixture's HTTP client keeps its connections alive; let them go first.
    m_fixture->http().network().clearConnectionCache();
    const QByteArray health = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Connection: close\r\n\r\n";
    QTRY_COMPARE_WITH_TIMEOUT(
        HttpTestClient::sendRaw(QHostAddress::LocalHost, m_fixture->port(), health).status, 200,
        connectMs);

    // Open streams hold their slots ...
    std::vector<std::unique_ptr<StreamClient>> open;
    for (int i = 0; i < slotCount; ++i) {
        open.push_back(std::make_unique<StreamClient>(m_fixture->port(), m_manager));
        QVERIFY(open.back()->waitConnected());
    }
    QCOMPARE(HttpTestClient::sendRaw(QHostAddress::LocalHost, m_fixture->port(), health).status,
             503);
    // ... and give them back when they close, however many come and go.
    open.clear();
    for (int round = 0; round < 2 * slotCount; ++round) {
        QTRY_COMPARE_WITH_TIMEOUT(
            HttpTestClient::sendRaw(QHostAddress::LocalHost, m_fixture->port(), health).status, 200,
            connectMs);
        StreamClient passing(m_fixture->port(), m_manager);
        QVERIFY(passing.waitConnected());
        passing.socket.close();
        QTRY_VERIFY_WITH_TIMEOUT(passing.closed, connectMs);
    }
}

void TestStreamRoutes::tokenRevokedWhileConnectedClosesStream()
{
    m_fixture->options().streamHeartbeatMs = 100;
    QVERIFY(start());
    const Result<QByteArray> ayse = m_fixture->token(u"ayse"_s);
    QVERIFY_OK(ayse);
    StreamClient leaving(m_fixture->port(), ayse.value());
    StreamClient staying(m_fixture->port(), m_manager);
    QVERIFY(leaving.waitConnected());
    QVERIFY(staying.waitConnected());

    const HttpReply logout = m_fixture->http().send("POST", u"/api/v1/logout"_s, {},
                                                    {HttpTestClient::bearer(ayse.value())});
    QCOMPARE(logout.status, 204);
    QTRY_VERIFY_WITH_TIMEOUT(leaving.closed, connectMs);
    QCOMPARE(leaving.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(leaving.socket.closeReason(), ErrorCodeNames::wireName(ErrorCode::Unauthorized));
    // Heartbeats keep the other client, which answers its pings: time must pass for several
    // (a close would end the wait at once).
    QSignalSpy closed(&staying.socket, &QWebSocket::disconnected);
    QVERIFY(!closed.wait(5 * m_fixture->options().streamHeartbeatMs));
    QVERIFY(!staying.closed);
    const qint64 orderId = orderOfTable(u"9"_s);
    QCOMPARE(addLine(orderId, m_manager).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(staying.messages(), QList<StreamMessage>{moved(orderId, u"9"_s, 2)},
                              announceMs);
}

void TestStreamRoutes::serverStopClosesStreams()
{
    QVERIFY(start());
    StreamClient stream(m_fixture->port(), m_manager);
    QVERIFY(stream.waitConnected());
    m_fixture->stop();
    QTRY_VERIFY_WITH_TIMEOUT(stream.closed, connectMs);
}

QTEST_GUILESS_MAIN(TestStreamRoutes)
#include "tst_streamroutes.moc"
