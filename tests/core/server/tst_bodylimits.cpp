#include "ResultCheck.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The 256 KiB body cap (413 payload_too_large) by Content-Length, by the bytes really sent and
// for chunked bodies; and the order untouched and the server still answering afterwards.
class TestBodyLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void bodyOfExactlyTheLimit();
    void declaredLengthOverTheLimit_data();
    void declaredLengthOverTheLimit();
    void realBodyOverTheLimit_data();
    void realBodyOverTheLimit();
    void chunkedBodyOverTheLimit();

private:
    // A PATCH body of exactly size bytes that the server would accept: padded with spaces.
    QByteArray validBodyOfSize(qsizetype size) const;
    QByteArray rawRequest(const QByteArray& method, const QString& path,
                          const QByteArray& headers) const;

    ServerFixture m_fixture;
    QByteArray m_token;
    QString m_menuId;
    qint64 m_orderId = 0;
    QJsonObject m_orderBefore;
    QJsonObject m_eventsBefore;
};

static constexpr qsizetype limit = 256 * 1024;

void TestBodyLimits::initTestCase()
{
    const Result<ServerFixture::Venue> venue = m_fixture.startVenue();
    QVERIFY_OK(venue);
    m_token = venue->managerToken;
    m_menuId = venue->menu.value(0).id;
    const Result<Table> table = m_fixture.table(u"50"_s, m_token);
    QVERIFY_OK(table);
    m_orderId = table->orderId;
}

void TestBodyLimits::init()
{
    m_orderBefore = m_fixture.http().get(ServerFixture::orderPath(m_orderId), m_token).json();
    m_eventsBefore =
        m_fixture.http().get(ServerFixture::orderPath(m_orderId) + u"/events"_s, m_token).json();
}

// Whatever a test did, the server still answers and a refused body changed nothing.
void TestBodyLimits::cleanup()
{
    const HttpReply health = m_fixture.http().get(u"/api/v1/health"_s);
    QVERIFY2(health.status == 200, health.describe().constData());
}

QByteArray TestBodyLimits::validBodyOfSize(qsizetype size) const
{
    const Line line = ServerFixture::newLine(m_menuId, 1);
    const qint64 version = m_orderBefore.value(u"version"_s).toInteger();
    QByteArray body =
        QJsonDocument(ServerFixture::patchBody(version, {line})).toJson(QJsonDocument::Compact);
    body.chop(1);
    body += QByteArray(size - body.size() - 1, ' ') + '}';
    return body;
}

QByteArray TestBodyLimits::rawRequest(const QByteArray& method, const QString& path,
                                      const QByteArray& headers) const
{
    return method + ' ' + path.toUtf8() +
           " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_fixture.port()) +
           "\r\nAuthorization: Bearer " + m_token + "\r\nContent-Type: application/json\r\n" +
           headers + "\r\n";
}

void TestBodyLimits::bodyOfExactlyTheLimit()
{
    const QByteArray body = validBodyOfSize(limit);
    QCOMPARE(body.size(), limit);
    const HttpReply reply = m_fixture.http().send("PATCH", ServerFixture::orderPath(m_orderId),
                                                  body, {HttpTestClient::bearer(m_token)});
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(u"version"_s).toInteger(),
             m_orderBefore.value(u"version"_s).toInteger() + 1);
}

void TestBodyLimits::declaredLengthOverTheLimit_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("declared");

    QTest::newRow("PATCH limit + 1") << QByteArray("PATCH") << QString() << qint64(limit + 1);
    QTest::newRow("PATCH 300 KB") << QByteArray("PATCH") << QString() << qint64(300'000);
    QTest::newRow("PATCH 10 GB") << QByteArray("PATCH") << QString() << qint64(10'000'000'000);
    QTest::newRow("login 1 MB") << QByteArray("POST") << u"/api/v1/login"_s << qint64(1 << 20);
    QTest::newRow("close 1 MB") << QByteArray("POST") << u"/close"_s << qint64(1 << 20);
}

// Only the headers are sent: the server must answer without waiting for the body.
void TestBodyLimits::declaredLengthOverTheLimit()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(qint64, declared);

    if (path.isEmpty())
        path = ServerFixture::orderPath(m_orderId);
    else if (path == "/close"_L1)
        path = ServerFixture::orderPath(m_orderId) + path;
    const QByteArray request =
        rawRequest(method, path, "Content-Length: " + QByteArray::number(declared) + "\r\n") +
        R"({"expected_version": 1, "items": [)";
    const HttpReply reply =
        HttpTestClient::sendRaw(QHostAddress::LocalHost, m_fixture.port(), request, 5000);
    QVERIFY2(reply.status == 413, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.errorCode(), ErrorCode::PayloadTooLarge);
    QCOMPARE(m_fixture.http().get(ServerFixture::orderPath(m_orderId), m_token).json(),
             m_orderBefore);
}

void TestBodyLimits::realBodyOverTheLimit_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("limit + 1") << qint64(limit + 1);
    QTest::newRow("300 KiB") << qint64(300 * 1024);
    QTest::newRow("4 MiB") << qint64(4 * 1024 * 1024);
}

// A real, otherwise valid body through QNetworkAccessManager.
void TestBodyLimits::realBodyOverTheLimit()
{
    QFETCH(qint64, size);
    const QByteArray body = validBodyOfSize(size);
    QCOMPARE(body.size(), size);
    const HttpReply reply = m_fixture.http().send("PATCH", ServerFixture::orderPath(m_orderId),
                                                  body, {HttpTestClient::bearer(m_token)});
    QVERIFY2(reply.status == 413, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::PayloadTooLarge);
    QCOMPARE(m_fixture.http().get(ServerFixture::orderPath(m_orderId), m_token).json(),
             m_orderBefore);
    QCOMPARE(
        m_fixture.http().get(ServerFixture::orderPath(m_orderId) + u"/events"_s, m_token).json(),
        m_eventsBefore);
}

// No Content-Length at all: the cap must hold at the socket.
void TestBodyLimits::chunkedBodyOverTheLimit()
{
    const QByteArray body = validBodyOfSize(300 * 1024);
    QByteArray chunked;
    for (qsizetype offset = 0; offset < body.size(); offset += 16 * 1024) {
        const QByteArray chunk = body.mid(offset, 16 * 1024);
        chunked += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    chunked += "0\r\n\r\n";
    const QByteArray request =
        rawRequest("PATCH", ServerFixture::orderPath(m_orderId), "Transfer-Encoding: chunked\r\n") +
        chunked;
    const HttpReply reply =
        HttpTestClient::sendRaw(QHostAddress::LocalHost, m_fixture.port(), request, 5000);
    QVERIFY2(reply.status == 413, reply.describe().constData());
    QCOMPARE(reply.errorCode(), ErrorCode::PayloadTooLarge);
    QCOMPARE(m_fixture.http().get(ServerFixture::orderPath(m_orderId), m_token).json(),
             m_orderBefore);
}

QTEST_GUILESS_MAIN(TestBodyLimits)
#include "tst_bodylimits.moc"
