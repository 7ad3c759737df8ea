#include "ManualClock.h"
#include "SeededSqliteStore.h"

#include "api/AuthRoutes.h"
#include "auth/Authenticator.h"
#include "model/DemoStaff.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

HttpRequest post(const QString& path, const QByteArray& body, const QByteArray& authorization = {})
{
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    if (!authorization.isEmpty())
        request.headers.append({"Authorization", authorization});
    return request;
}

QByteArray credentials(const QString& staff, const QString& pin)
{
    return QJsonDocument(QJsonObject{{u"staff"_s, staff}, {u"pin"_s, pin}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject json(const HttpResponse& response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

// AuthRoutes on its own, over a real SQLite store with the demo staff: each of its answers and
// refusals as api-v1.md spells them. The HTTP suites (tst_authroutes over loopback) cover the
// same routes through the server.
class TestAuthRoutesUnit : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void loginAnswers_data();
    void loginAnswers();
    void aLockedIdSaysWhenToTryAgain();
    void approvalNeedsAManagersPin_data();
    void approvalNeedsAManagersPin();
    void logoutEndsTheToken();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<AuthRoutes> m_routes;
};

void TestAuthRoutesUnit::init()
{
    QVERIFY(m_dir.isValid());
    m_routes.reset();
    m_auth.reset();
    m_store.reset();
    m_store = seededSqliteStore(testDatabasePath(m_dir), m_clock);
    QVERIFY(m_store);
    m_auth = std::make_unique<Authenticator>(*m_store, m_clock, 60 * 60 * 1000);
    m_routes = std::make_unique<AuthRoutes>(*m_auth);
}

void TestAuthRoutesUnit::loginAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field");
    QTest::newRow("a waiter's PIN")
        << credentials(u"ayse"_s, DemoStaff::pin(u"ayse"_s)) << 200 << QString() << QString();
    QTest::newRow("a wrong PIN") << credentials(u"ayse"_s, u"0000"_s) << 401
                                 << u"invalid_credentials"_s << QString();
    QTest::newRow("an unknown id")
        << credentials(u"nobody"_s, u"1111"_s) << 401 << u"invalid_credentials"_s << QString();
    QTest::newRow("no PIN") << QByteArray(R"({"staff":"ayse"})") << 400 << u"invalid_request"_s
                            << u"pin"_s;
    QTest::newRow("not JSON") << QByteArray("staff=ayse") << 400 << u"invalid_request"_s
                              << u"body"_s;
}

void TestAuthRoutesUnit::loginAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, field);
    const HttpResponse response = m_routes->login(post(u"/api/v1/login"_s, body));
    QCOMPARE(response.status, status);
    const QJsonObject reply = json(response);
    if (status == 200) {
        QVERIFY(!reply.value(u"token"_s).toString().isEmpty());
        QCOMPARE(reply.value(u"staff"_s).toObject().value(u"id"_s).toString(), u"ayse"_s);
        QCOMPARE(response.staffId, u"ayse"_s); // for the request log
        return;
    }
    QCOMPARE(reply.value(u"error"_s).toString(), error);
    QCOMPARE(reply.value(u"field"_s).toString(), field);
}

void TestAuthRoutesUnit::aLockedIdSaysWhenToTryAgain()
{
    for (int attempt = 0; attempt < LoginThrottle::maxFailures; ++attempt)
        QCOMPARE(
            m_routes->login(post(u"/api/v1/login"_s, credentials(u"ayse"_s, u"0000"_s))).status,
            401);
    // Locked now: even the right PIN waits, and the answer says how long.
    const HttpResponse locked = m_routes->login(
        post(u"/api/v1/login"_s, credentials(u"ayse"_s, DemoStaff::pin(u"ayse"_s))));
    QCOMPARE(locked.status, 429);
    QCOMPARE(json(locked).value(u"error"_s).toString(), u"too_many_attempts"_s);
    QByteArray retryAfter;
    for (const auto& header : locked.headers) {
        if (header.first == "Retry-After")
            retryAfter = header.second;
    }
    QVERIFY(retryAfter.toLongLong() > 0);
    QVERIFY(retryAfter.toLongLong() <= LoginThrottle::lockMs / 1000);
}

void TestAuthRoutesUnit::approvalNeedsAManagersPin_data()
{
    QTest::addColumn<QString>("staff");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("the manager") << u"selin"_s << 200 << QString();
    QTest::newRow("a waiter") << u"ayse"_s << 403 << u"forbidden"_s;
}

void TestAuthRoutesUnit::approvalNeedsAManagersPin()
{
    QFETCH(QString, staff);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResponse response =
        m_routes->approve(post(u"/api/v1/approvals"_s, credentials(staff, DemoStaff::pin(staff))));
    QCOMPARE(response.status, status);
    if (status == 200)
        QVERIFY(!json(response).value(u"approval"_s).toString().isEmpty());
    else
        QCOMPARE(json(response).value(u"error"_s).toString(), error);
}

void TestAuthRoutesUnit::logoutEndsTheToken()
{
    const HttpResponse login = m_routes->login(
        post(u"/api/v1/login"_s, credentials(u"ayse"_s, DemoStaff::pin(u"ayse"_s))));
    QCOMPARE(login.status, 200);
    const QByteArray bearer = "Bearer " + json(login).value(u"token"_s).toString().toUtf8();
    QVERIFY(m_auth->authorize(bearer).value().has_value());

    const HttpResponse logout = m_routes->logout(post(u"/api/v1/logout"_s, {}, bearer));
    QCOMPARE(logout.status, 204);
    QVERIFY(logout.body.isEmpty());
    QVERIFY(!m_auth->authorize(bearer).value().has_value());
}

QTEST_GUILESS_MAIN(TestAuthRoutesUnit)
#include "tst_authroutes.moc"
