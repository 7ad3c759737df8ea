#include "JsonKeys.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/DemoStaff.h"
#include "model/JsonDecoder.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The read-only routes of api-v1.md and the replies to paths and methods it does not have.
class TestReadRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void health();
    void menuShape();
    void menuLanguage_data();
    void menuLanguage();
    void menuLanguageDiffers();
    void tablesShape();
    void staffShape_data();
    void staffShape();
    void unknownPath_data();
    void unknownPath();
    void wrongMethod_data();
    void wrongMethod();

private:
    QStringList namesOf(const HttpReply& reply) const;

    ServerFixture m_fixture;
    QByteArray m_token;
};

void TestReadRoutes::initTestCase()
{
    const Result<void> started = m_fixture.start();
    QVERIFY_OK(started);
    Result<QByteArray> token = m_fixture.token(u"ayse"_s);
    QVERIFY_OK(token);
    m_token = token.value();
}

void TestReadRoutes::health()
{
    const HttpReply reply = m_fixture.http().get(u"/api/v1/health"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.isJsonReply(), reply.header("Content-Type").constData());
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(body.value(u"store"_s).toString(), ServerFixture::storeKind());
    QCOMPARE(body.value(u"api"_s).toInteger(-1), 1);
    QVERIFY(body.value(u"api"_s).isDouble());
}

void TestReadRoutes::menuShape()
{
    const HttpReply reply =
        m_fixture.http().get(u"/api/v1/menu"_s, m_token, {{"Accept-Language", "en"}});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.isJsonReply());
    QCOMPARE(keysOf(reply.json()), (QSet<QString>{u"items"_s, u"currency"_s}));
    const Result<QList<MenuItem>> menu = JsonDecoder::menuFromJson(reply.json());
    QVERIFY_OK(menu);
    QVERIFY2(menu->size() >= 20, qPrintable(QString::number(menu->size())));
    QSet<QString> ids;
    QSet<QString> categories;
    for (const QJsonValue& value : reply.json().value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        QCOMPARE(keysOf(item), (QSet<QString>{u"id"_s, u"name"_s, u"category"_s, u"price_cents"_s,
                                              u"station"_s, u"available"_s}));
        QVERIFY(!item.value(u"id"_s).toString().isEmpty());
        QVERIFY(!item.value(u"name"_s).toString().isEmpty());
        QVERIFY(item.value(u"price_cents"_s).toInteger(-1) > 0);
        ids.insert(item.value(u"id"_s).toString());
        categories.insert(item.value(u"category"_s).toString());
    }
    QCOMPARE(ids.size(), menu->size());
    QVERIFY2(categories.size() >= 3, "the demo menu has several categories");
}

QStringList TestReadRoutes::namesOf(const HttpReply& reply) const
{
    QStringList names;
    for (const QJsonValue& value : reply.json().value(u"items"_s).toArray())
        names.append(value.toObject().value(u"id"_s).toString() + u'=' +
                     value.toObject().value(u"name"_s).toString());
    names.sort();
    return names;
}

// Each row asks for a language one way; the reference asks for it the other way.
void TestReadRoutes::menuLanguage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("referenceLanguage");

    QTest::newRow("lang=tr") << u"?lang=tr"_s << QByteArray("en") << u"tr"_s;
    QTest::newRow("Accept-Language tr-TR,tr;q=0.9")
        << QString() << QByteArray("tr-TR,tr;q=0.9,en;q=0.5") << u"tr"_s;
    QTest::newRow("Accept-Language de") << QString() << QByteArray("de") << u"de"_s;
    QTest::newRow("Accept-Language ru-RU") << QString() << QByteArray("ru-RU") << u"ru"_s;
    QTest::newRow("lang wins over Accept-Language")
        << u"?lang=ru"_s << QByteArray("de-DE,de") << u"ru"_s;
    QTest::newRow("unknown lang is English") << u"?lang=xx"_s << QByteArray("tr") << u"en"_s;
    QTest::newRow("unknown Accept-Language is English")
        << QString() << QByteArray("ja-JP,ja") << u"en"_s;
}

void TestReadRoutes::menuLanguage()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, referenceLanguage);

    const HttpReply reply = m_fixture.http().get(u"/api/v1/menu"_s + query, m_token,
                                                 {{"Accept-Language", acceptLanguage}});
    QCOMPARE(reply.status, 200);
    const HttpReply reference = m_fixture.http().get(u"/api/v1/menu?lang="_s + referenceLanguage,
                                                     m_token, {{"Accept-Language", "en"}});
    QCOMPARE(reference.status, 200);
    QCOMPARE(namesOf(reply), namesOf(reference));
}

// The demo menu has names in four languages: the translations are really served.
void TestReadRoutes::menuLanguageDiffers()
{
    QMap<QString, QStringList> names;
    for (const QString& language : {u"en"_s, u"tr"_s, u"de"_s, u"ru"_s}) {
        const HttpReply reply = m_fixture.http().get(u"/api/v1/menu?lang="_s + language, m_token);
        QCOMPARE(reply.status, 200);
        names.insert(language, namesOf(reply));
    }
    QCOMPARE(names.value(u"en"_s).size(), names.value(u"tr"_s).size());
    for (const QString& language : {u"tr"_s, u"de"_s, u"ru"_s}) {
        int differing = 0;
        for (qsizetype i = 0; i < names.value(u"en"_s).size(); ++i)
            differing += names.value(u"en"_s).at(i) != names.value(language).at(i) ? 1 : 0;
        QVERIFY2(differing >= names.value(u"en"_s).size() / 2,
                 qPrintable(language + u": only "_s + QString::number(differing) +
                            u" names differ from English"_s));
    }
    const QString russian = names.value(u"ru"_s).join(u' ');
    QVERIFY2(std::any_of(russian.begin(), russian.end(),
                         [](QChar c) { return c.script() == QChar::Script_Cyrillic; }),
             "Russian names are in Cyrillic");
}

void TestReadRoutes::tablesShape()
{
    const HttpReply reply = m_fixture.http().get(u"/api/v1/tables"_s, m_token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.isJsonReply());
    const QJsonArray array = reply.json().value(u"tables"_s).toArray();
    QCOMPARE(array.size(), 60);
    const QSet<QString> keys{u"id"_s,      u"name"_s,       u"seats"_s,     u"order_id"_s,
                             u"version"_s, u"item_count"_s, u"updated_at"_s};
    QSet<QString> ids;
    QSet<qint64> orderIds;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        QCOMPARE(keysOf(object), keys);
        const Result<Table> table = JsonDecoder::tableFromJson(value);
        QVERIFY_OK(table);
        QCOMPARE(table->name, u"Table "_s + table->id);
        QCOMPARE(table->seats, 20);
        QCOMPARE(table->version, 1);
        QCOMPARE(table->itemCount, 0);
        QVERIFY(table->orderId > 0);
        ids.insert(table->id);
        orderIds.insert(table->orderId);

        const Result<Order> order = m_fixture.order(table->orderId, m_token);
        QVERIFY_OK(order);
        QCOMPARE(order->tableId, table->id);
        QCOMPARE(order->status, Order::Status::Open);
        QCOMPARE(order->version, table->version);
        QCOMPARE(order->updatedAt, table->updatedAt);
    }
    for (int i = 1; i <= 60; ++i)
        QVERIFY2(ids.contains(QString::number(i)), qPrintable(QString::number(i)));
    QCOMPARE(orderIds.size(), 60);
}

void TestReadRoutes::staffShape_data()
{
    QTest::addColumn<QString>("reader");
    QTest::newRow("waiter") << u"ayse"_s;
    QTest::newRow("manager") << u"selin"_s;
    QTest::newRow("kitchen") << u"chef"_s;
}

// Every role reads the same list: id, name and role only, never a PIN or its hash.
void TestReadRoutes::staffShape()
{
    QFETCH(QString, reader);
    const Result<QByteArray> token = m_fixture.token(reader);
    QVERIFY_OK(token);
    const HttpReply reply = m_fixture.http().get(u"/api/v1/staff"_s, token.value());
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(keysOf(reply.json()), QSet<QString>{u"staff"_s});
    const QJsonArray array = reply.json().value(u"staff"_s).toArray();
    QCOMPARE(array.size(), DemoStaff::members().size());
    QList<Staff> read;
    for (const QJsonValue& value : array) {
        QCOMPARE(keysOf(value.toObject()), (QSet<QString>{u"id"_s, u"name"_s, u"role"_s}));
        const Result<Staff> staff = JsonDecoder::staffFromJson(value);
        QVERIFY_OK(staff);
        read.append(staff.value());
    }
    for (const DemoStaff::Member& member : DemoStaff::members()) {
        QVERIFY2(read.contains(member.staff), qPrintable(member.staff.id));
        QVERIFY(!reply.body.contains(member.pin.toUtf8()));
    }
    QVERIFY(!reply.body.contains("pbkdf2"));
    QVERIFY(!reply.body.contains("hash"));
}

void TestReadRoutes::unknownPath_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");

    QTest::newRow("GET /api/v1/nothing") << QByteArray("GET") << u"/api/v1/nothing"_s;
    QTest::newRow("GET /") << QByteArray("GET") << u"/"_s;
    QTest::newRow("GET /api/v2/health") << QByteArray("GET") << u"/api/v2/health"_s;
    QTest::newRow("POST /api/v1/orders/1/reopen")
        << QByteArray("POST") << u"/api/v1/orders/1/reopen"_s;
    QTest::newRow("GET /api/v1/tables/1/x") << QByteArray("GET") << u"/api/v1/tables/1/x"_s;
    // Routes match segment by segment: an empty {id}, a trailing slash, one segment short.
    QTest::newRow("GET /api/v1/orders/") << QByteArray("GET") << u"/api/v1/orders/"_s;
    QTest::newRow("POST /api/v1/orders//close") << QByteArray("POST") << u"/api/v1/orders//close"_s;
    QTest::newRow("GET /api/v1/tables/") << QByteArray("GET") << u"/api/v1/tables/"_s;
    QTest::newRow("GET /api/v1") << QByteArray("GET") << u"/api/v1"_s;
    QTest::newRow("GET /api/v1/healthz") << QByteArray("GET") << u"/api/v1/healthz"_s;
}

void TestReadRoutes::unknownPath()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);

    const QByteArray body = method == "GET" ? QByteArray() : QByteArray("{}");
    const HttpReply reply =
        m_fixture.http().send(method, path, body, {HttpTestClient::bearer(m_token)});
    QVERIFY2(reply.status == 404, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.errorCode(), ErrorCode::NotFound);
    QVERIFY(!reply.json().value(u"message"_s).toString().isEmpty());
}

void TestReadRoutes::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArrayList>("allowed");

    QTest::newRow("DELETE order") << QByteArray("DELETE") << u"/api/v1/orders/1"_s
                                  << QByteArrayList{"GET", "PATCH"};
    QTest::newRow("PUT tables") << QByteArray("PUT") << u"/api/v1/tables"_s
                                << QByteArrayList{"GET"};
    QTest::newRow("GET login") << QByteArray("GET") << u"/api/v1/login"_s << QByteArrayList{"POST"};
    QTest::newRow("POST health") << QByteArray("POST") << u"/api/v1/health"_s
                                 << QByteArrayList{"GET"};
    QTest::newRow("GET close") << QByteArray("GET") << u"/api/v1/orders/1/close"_s
                               << QByteArrayList{"POST"};
    QTest::newRow("PATCH events") << QByteArray("PATCH") << u"/api/v1/events"_s
                                  << QByteArrayList{"GET"};
}

void TestReadRoutes::wrongMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArrayList, allowed);

    const QByteArray body = method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}");
    const HttpReply reply =
        m_fixture.http().send(method, path, body, {HttpTestClient::bearer(m_token)});
    QVERIFY2(reply.status == 405, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.errorCode(), ErrorCode::MethodNotAllowed);
    QVERIFY2(reply.hasHeader("Allow"), "405 names the allowed methods");
    QByteArrayList named;
    for (const QByteArray& each : reply.header("Allow").split(','))
        named.append(each.trimmed().toUpper());
    for (const QByteArray& expected : allowed)
        QVERIFY2(named.contains(expected), reply.header("Allow").constData());
}

QTEST_GUILESS_MAIN(TestReadRoutes)
#include "tst_readroutes.moc"
