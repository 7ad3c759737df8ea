#include "JsonKeys.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Login, logout, tokens, lockout and roles (api-v1.md "Authentication and roles").
class TestAuthRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginReplies_data();
    void loginReplies();
    void wrongPinAndUnknownIdAnswerAlike();
    void lockout_data();
    void lockout();
    void failuresOutsideTheWindowDoNotLock();
    void successClearsTheCount();
    void logout();
    void logoutNeedsAToken();
    void badToken_data();
    void badToken();
    void noTokenNeeded_data();
    void noTokenNeeded();
    void waiterOnManagerRoute();
    void expiredToken();

private:
    HttpReply login(const QString& staffId, const QString& pin);

    ServerFixture m_fixture;
    qint64 m_orderId = 0;
    QByteArray m_manager;
};

void TestAuthRoutes::initTestCase()
{
    const Result<void> started = m_fixture.start();
    QVERIFY_OK(started);
    Result<QByteArray> token = m_fixture.token(u"selin"_s);
    QVERIFY_OK(token);
    m_manager = token.value();
    const Result<Table> table = m_fixture.table(u"5"_s, token.value());
    QVERIFY_OK(table);
    m_orderId = table->orderId;
}

HttpReply TestAuthRoutes::login(const QString& staffId, const QString& pin)
{
    return m_fixture.http().sendJson("POST", u"/api/v1/login"_s,
                                     QJsonObject{{u"staff"_s, staffId}, {u"pin"_s, pin}});
}

void TestAuthRoutes::loginReplies_data()
{
    QTest::addColumn<QString>("staffId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");

    QTest::newRow("ayse") << u"ayse"_s << u"Ayşe"_s << u"waiter"_s;
    QTest::newRow("can") << u"can"_s << u"Can"_s << u"waiter"_s;
    QTest::newRow("selin") << u"selin"_s << u"Selin"_s << u"manager"_s;
}

void TestAuthRoutes::loginReplies()
{
    QFETCH(QString, staffId);
    QFETCH(QString, name);
    QFETCH(QString, role);

    const HttpReply reply = login(staffId, ServerFixture::demoPin(staffId));
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    const QJsonObject body = reply.json();
    QCOMPARE(keysOf(body), (QSet<QString>{u"token"_s, u"staff"_s, u"expires_at"_s}));
    const Result<LoginReply> decoded = JsonDecoder::loginReplyFromJson(body);
    QVERIFY_OK(decoded);
    QVERIFY(decoded->token.size() >= 16);
    QCOMPARE(decoded->staff.id, staffId);
    QCOMPARE(decoded->staff.name, name);
    QCOMPARE(JsonCodec::roleName(decoded->staff.role), role);
    QCOMPARE(decoded->expiresAt, m_fixture.clock().nowMs() + m_fixture.options().tokenLifetimeMs);

    // Two logins give two different tokens.
    const HttpReply again = login(staffId, ServerFixture::demoPin(staffId));
    QCOMPARE(again.status, 200);
    QVERIFY(again.json().value(u"token"_s).toString() != decoded->token);
}

void TestAuthRoutes::wrongPinAndUnknownIdAnswerAlike()
{
    const HttpReply wrongPin = login(u"ayse"_s, u"0000"_s);
    const HttpReply unknownId = login(u"nobody"_s, u"1111"_s);
    QVERIFY2(wrongPin.status == 401, wrongPin.describe().constData());
    QVERIFY2(unknownId.status == 401, unknownId.describe().constData());
    QVERIFY(wrongPin.isJsonReply());
    QCOMPARE(wrongPin.errorCode(), ErrorCode::InvalidCredentials);
    QCOMPARE(unknownId.json(), wrongPin.json());
    const HttpReply injected = login(u"ayse' OR '1'='1"_s, u"' OR '1'='1"_s);
    QVERIFY2(injected.status == 401, injected.describe().constData());
    QVERIFY(login(u"ayse"_s, u"1111"_s).status == 200);
}

void TestAuthRoutes::lockout_data()
{
    QTest::addColumn<QString>("staffId");
    QTest::addColumn<QString>("rightPin");
    QTest::addColumn<int>("statusAfterUnlock");

    QTest::newRow("known id") << u"elif"_s << u"3333"_s << 200;
    QTest::newRow("unknown id counted the same") << u"ghost"_s << u"3333"_s << 401;
}

void TestAuthRoutes::lockout()
{
    QFETCH(QString, staffId);
    QFETCH(QString, rightPin);
    QFETCH(int, statusAfterUnlock);

    for (int attempt = 1; attempt <= 5; ++attempt) {
        m_fixture.clock().advance(1000);
        const HttpReply reply = login(staffId, u"000"_s + QString::number(attempt));
        QVERIFY2(reply.status == 401,
                 qPrintable(u"failure %1: "_s.arg(attempt) + QString::fromUtf8(reply.describe())));
        QCOMPARE(reply.errorCode(), ErrorCode::InvalidCredentials);
    }
    const qint64 fifthFailure = m_fixture.clock().nowMs();

    HttpReply locked = login(staffId, rightPin);
    QVERIFY2(locked.status == 429, locked.describe().constData());
    QVERIFY(locked.isJsonReply());
    QCOMPARE(locked.errorCode(), ErrorCode::TooManyAttempts);
    QCOMPARE(locked.header("Retry-After"), QByteArray("300"));

    m_fixture.clock().advance(60'500);
    locked = login(staffId, u"0009"_s);
    QVERIFY2(locked.status == 429, locked.describe().constData());
    QCOMPARE(locked.header("Retry-After"), QByteArray("240"));

    // Other ids are not locked.
    QCOMPARE(login(u"can"_s, u"4444"_s).status, 200);

    m_fixture.clock().set(fifthFailure + 5 * 60'000 - 1);
    locked = login(staffId, rightPin);
    QVERIFY2(locked.status == 429, locked.describe().constData());
    QCOMPARE(locked.header("Retry-After"), QByteArray("1"));

    m_fixture.clock().set(fifthFailure + 5 * 60'000 + 1);
    const HttpReply unlocked = login(staffId, rightPin);
    QVERIFY2(unlocked.status == statusAfterUnlock, unlocked.describe().constData());
}

void TestAuthRoutes::failuresOutsideTheWindowDoNotLock()
{
    for (int attempt = 0; attempt < 4; ++attempt)
        QCOMPARE(login(u"can"_s, u"0000"_s).status, 401);
    m_fixture.clock().advance(5 * 60'000 + 1000);
    for (int attempt = 0; attempt < 2; ++attempt)
        QCOMPARE(login(u"can"_s, u"0000"_s).status, 401);
    const HttpReply reply = login(u"can"_s, u"4444"_s);
    QVERIFY2(reply.status == 200, reply.describe().constData());
}

void TestAuthRoutes::successClearsTheCount()
{
    for (int attempt = 0; attempt < 4; ++attempt)
        QCOMPARE(login(u"mehmet"_s, u"0000"_s).status, 401);
    QCOMPARE(login(u"mehmet"_s, u"2222"_s).status, 200);
    for (int attempt = 0; attempt < 4; ++attempt)
        QCOMPARE(login(u"mehmet"_s, u"0000"_s).status, 401);
    const HttpReply reply = login(u"mehmet"_s, u"2222"_s);
    QVERIFY2(reply.status == 200, reply.describe().constData());
}

void TestAuthRoutes::logout()
{
    Result<QByteArray> token = m_fixture.token(u"ayse"_s);
    QVERIFY_OK(token);
    QCOMPARE(m_fixture.http().get(u"/api/v1/tables"_s, token.value()).status, 200);

    const HttpReply reply = m_fixture.http().send("POST", u"/api/v1/logout"_s, {},
                                                  {HttpTestClient::bearer(token.value())});
    QVERIFY2(reply.status == 204, reply.describe().constData());
    QVERIFY(reply.body.isEmpty());

    const HttpReply after = m_fixture.http().get(u"/api/v1/tables"_s, token.value());
    QVERIFY2(after.status == 401, after.describe().constData());
    QCOMPARE(after.errorCode(), ErrorCode::Unauthorized);
    const HttpReply again = m_fixture.http().send("POST", u"/api/v1/logout"_s, {},
                                                  {HttpTestClient::bearer(token.value())});
    QCOMPARE(again.status, 401);
}

void TestAuthRoutes::logoutNeedsAToken()
{
    const HttpReply reply = m_fixture.http().send("POST", u"/api/v1/logout"_s);
    QVERIFY2(reply.status == 401, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::Unauthorized);
}

void TestAuthRoutes::badToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");

    const QString order = ServerFixture::orderPath(m_orderId);
    const QList<QPair<QByteArray, QString>> routes{{"GET", u"/api/v1/menu"_s},
                                                   {"GET", u"/api/v1/tables"_s},
                                                   {"GET", order},
                                                   {"PATCH", order},
                                                   {"POST", order + u"/close"_s},
                                                   {"GET", order + u"/events"_s},
                                                   {"GET", u"/api/v1/events"_s},
                                                   {"POST", u"/api/v1/logout"_s},
                                                   {"GET", u"/api/v1/orders/987654321"_s}};
    const QList<QPair<const char*, QByteArray>> credentials{
        {"missing", QByteArray()},
        {"unknown", "Bearer 3f2b8c1e5d4a4e6f9a7b1c2d3e4f5a6b"},
        {"empty bearer", "Bearer "},
        {"not bearer", "Basic YXlzZToxMTEx"}};
    for (const auto& [method, path] : routes) {
        for (const auto& [name, authorization] : credentials) {
            QTest::addRow("%s %s, %s", method.constData(), qPrintable(path), name)
                << method << path << authorization;
        }
    }
}

void TestAuthRoutes::badToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);

    HttpTestClient::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    QByteArray body;
    if (method == "PATCH")
        body = R"({"expected_version": 1, "items": []})";
    else if (path.endsWith(u"/close"_s))
        body = R"({"expected_version": 1})";
    const HttpReply reply = m_fixture.http().send(method, path, body, headers);
    QVERIFY2(reply.status == 401, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.errorCode(), ErrorCode::Unauthorized);

    const Result<Order> order = m_fixture.order(m_orderId, m_manager);
    QVERIFY_OK(order);
    QCOMPARE(order->version, 1);
    QCOMPARE(order->status, Order::Status::Open);
}

void TestAuthRoutes::noTokenNeeded_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("health") << u"/api/v1/health"_s;
    QTest::newRow("openapi.json") << u"/api/v1/openapi.json"_s;
}

void TestAuthRoutes::noTokenNeeded()
{
    QFETCH(QString, path);
    const HttpReply reply = m_fixture.http().get(path);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QVERIFY(reply.isJsonObject());
}

void TestAuthRoutes::waiterOnManagerRoute()
{
    Result<QByteArray> waiter = m_fixture.token(u"ayse"_s);
    QVERIFY_OK(waiter);
    for (const QString& path :
         {u"/api/v1/events"_s, u"/api/v1/events?since=0&limit=10"_s, u"/api/v1/events?limit=0"_s}) {
        const HttpReply reply = m_fixture.http().get(path, waiter.value());
        QVERIFY2(reply.status == 403,
                 qPrintable(path + u": "_s + QString::fromUtf8(reply.describe())));
        QVERIFY(reply.isJsonReply());
        QCOMPARE(reply.errorCode(), ErrorCode::Forbidden);
    }
    Result<QByteArray> manager = m_fixture.token(u"selin"_s);
    QVERIFY_OK(manager);
    QCOMPARE(m_fixture.http().get(u"/api/v1/events"_s, manager.value()).status, 200);
    // The order's own history is for any role.
    QCOMPARE(m_fixture.http()
                 .get(ServerFixture::orderPath(m_orderId) + u"/events"_s, waiter.value())
                 .status,
             200);
}

void TestAuthRoutes::expiredToken()
{
    const Result<LoginReply> reply = m_fixture.login(u"ayse"_s, u"1111"_s);
    QVERIFY_OK(reply);
    const QByteArray token = reply->token.toUtf8();

    m_fixture.clock().set(reply->expiresAt - 1);
    QCOMPARE(m_fixture.http().get(u"/api/v1/tables"_s, token).status, 200);

    m_fixture.clock().set(reply->expiresAt + 1);
    const HttpReply expired = m_fixture.http().get(u"/api/v1/tables"_s, token);
    QVERIFY2(expired.status == 401, expired.describe().constData());
    QCOMPARE(expired.errorCode(), ErrorCode::Unauthorized);
    const HttpReply patch = m_fixture.patchLines(m_orderId, 1, {}, token);
    QCOMPARE(patch.status, 401);

    QCOMPARE(login(u"ayse"_s, u"1111"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestAuthRoutes)
#include "tst_authroutes.moc"
