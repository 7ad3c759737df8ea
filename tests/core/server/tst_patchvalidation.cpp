#include "ResultCheck.h"
#include "ServerFixture.h"

#include "model/JsonCodec.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

// Every invalid PATCH of api-v1.md: 400 invalid_request naming the first bad field, and the
// order exactly as it was (same version, same lines, no new event).
class TestPatchValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void invalidPatch_data();
    void invalidPatch();

private:
    QJsonObject validLine(int index) const;
    QByteArray body(const QJsonArray& items) const;
    QByteArray bodyWithLine(int index, const QString& key, const QJsonValue& value) const;

    ServerFixture m_fixture;
    QByteArray m_token;
    QByteArray m_manager;
    qint64 m_orderId = 0;
    qint64 m_version = 0;
    QStringList m_menuIds;
    QJsonArray m_heldLines;
};

void TestPatchValidation::initTestCase()
{
    const Result<ServerFixture::Venue> venue = m_fixture.startVenue();
    QVERIFY_OK(venue);
    m_manager = venue->managerToken;
    m_menuIds = venue->menuIds();
    const Result<QByteArray> token = m_fixture.token(u"ayse"_s);
    QVERIFY_OK(token);
    m_token = token.value();
    const Result<Table> table = m_fixture.table(u"30"_s, m_token);
    QVERIFY_OK(table);
    m_orderId = table->orderId;

    // The order holds lines already, so "unchanged" means more than "still empty".
    const HttpReply reply =
        m_fixture.patchLines(m_orderId, table->version,
                             {ServerFixture::newLine(m_menuIds.at(0), 2, 4, u"no salt"_s),
                              ServerFixture::newLine(m_menuIds.at(1))},
                             m_token);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    m_version = reply.json().value(u"version"_s).toInteger();
    for (const QJsonValue& line : reply.json().value(u"items"_s).toArray()) {
        QJsonObject input = line.toObject();
        input.remove(u"added_by"_s);
        input.remove(u"added_at"_s);
        m_heldLines.append(input);
    }
}

// A valid new line; index only makes the UUID differ.
QJsonObject TestPatchValidation::validLine(int index) const
{
    return QJsonObject{
        {u"line_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"menu_item_id"_s, m_menuIds.at(index % m_menuIds.size())},
        {u"qty"_s, 1 + index % 9},
        {u"seat"_s, index % 21},
        {u"note"_s, u""_s},
    };
}

// The held lines, then the given ones, on the right version: only the defect can fail it.
QByteArray TestPatchValidation::body(const QJsonArray& items) const
{
    QJsonArray all = m_heldLines;
    for (const QJsonValue& item : items)
        all.append(item);
    return QJsonDocument(QJsonObject{{u"expected_version"_s, m_version}, {u"items"_s, all}})
        .toJson(QJsonDocument::Compact);
}

// A body whose new line (at index 2 of items) has key set to value, or removed if undefined.
QByteArray TestPatchValidation::bodyWithLine(int index, const QString& key,
                                             const QJsonValue& value) const
{
    QJsonObject line = validLine(index);
    if (value.isUndefined())
        line.remove(key);
    else
        line.insert(key, value);
    return body({line});
}

void TestPatchValidation::invalidPatch_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("ifMatch");
    QTest::addColumn<QString>("field");

    const QByteArray version = QByteArray::number(m_version);
    const auto withVersion = [this](const QJsonValue& value) {
        return QJsonDocument(QJsonObject{{u"expected_version"_s, value}, {u"items"_s, m_heldLines}})
            .toJson(QJsonDocument::Compact);
    };
    const auto withItems = [this](const QJsonValue& value) {
        QJsonObject object{{u"expected_version"_s, m_version}};
        if (!value.isUndefined())
            object.insert(u"items"_s, value);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };

    QTest::newRow("body not JSON")
        << QByteArray(R"({"expected_version": )" + version + ", \"items\": [") << QByteArray()
        << u"body"_s;
    QTest::newRow("body is text") << QByteArray("hello") << QByteArray() << u"body"_s;
    QTest::newRow("body empty") << QByteArray() << QByteArray() << u"body"_s;
    QTest::newRow("body array") << QByteArray("[]") << QByteArray() << u"body"_s;
    QTest::newRow("body string") << QByteArray("\"items\"") << QByteArray() << u"body"_s;
    QTest::newRow("body number") << QByteArray("42") << QByteArray() << u"body"_s;
    QTest::newRow("body null") << QByteArray("null") << QByteArray() << u"body"_s;

    QTest::newRow("expected_version 0") << withVersion(0) << QByteArray() << u"expected_version"_s;
    QTest::newRow("expected_version -1")
        << withVersion(-1) << QByteArray() << u"expected_version"_s;
    QTest::newRow("expected_version 1.5")
        << withVersion(1.5) << QByteArray() << u"expected_version"_s;
    QTest::newRow("expected_version \"7\"")
        << withVersion(u"7"_s) << QByteArray() << u"expected_version"_s;
    QTest::newRow("expected_version true")
        << withVersion(true) << QByteArray() << u"expected_version"_s;
    QTest::newRow("expected_version null")
        << withVersion(QJsonValue::Null) << QByteArray() << u"expected_version"_s;
    QTest::newRow("If-Match disagrees")
        << withVersion(m_version) << QByteArray("\"" + version + "0\"") << u"expected_version"_s;
    const QByteArray unversioned =
        QJsonDocument(QJsonObject{{u"items"_s, m_heldLines}}).toJson(QJsonDocument::Compact);
    QTest::newRow("If-Match unquoted") << unversioned << version << u"If-Match"_s;
    QTest::newRow("If-Match not a version")
        << unversioned << QByteArray("\"abc\"") << u"If-Match"_s;

    QTest::newRow("items missing")
        << withItems(QJsonValue::Undefined) << QByteArray() << u"items"_s;
    QTest::newRow("items object") << withItems(QJsonObject{}) << QByteArray() << u"items"_s;
    QTest::newRow("items string") << withItems(u"x"_s) << QByteArray() << u"items"_s;
    QTest::newRow("items null") << withItems(QJsonValue::Null) << QByteArray() << u"items"_s;
    QTest::newRow("line not an object") << body({5}) << QByteArray() << u"items[2]"_s;

    QTest::newRow("line_id missing") << bodyWithLine(0, u"line_id"_s, QJsonValue::Undefined)
                                     << QByteArray() << u"items[2].line_id"_s;
    QTest::newRow("line_id not a UUID")
        << bodyWithLine(0, u"line_id"_s, u"not-a-uuid"_s) << QByteArray() << u"items[2].line_id"_s;
    QTest::newRow("line_id empty")
        << bodyWithLine(0, u"line_id"_s, u""_s) << QByteArray() << u"items[2].line_id"_s;
    QTest::newRow("line_id number")
        << bodyWithLine(0, u"line_id"_s, 12345) << QByteArray() << u"items[2].line_id"_s;
    QTest::newRow("line_id short")
        << bodyWithLine(0, u"line_id"_s, u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6"_s) << QByteArray()
        << u"items[2].line_id"_s;
    QTest::newRow("line_id not hex")
        << bodyWithLine(0, u"line_id"_s, u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5g6b"_s) << QByteArray()
        << u"items[2].line_id"_s;

    QTest::newRow("menu_item_id unknown") << bodyWithLine(1, u"menu_item_id"_s, u"no-such-dish"_s)
                                          << QByteArray() << u"items[2].menu_item_id"_s;
    QTest::newRow("menu_item_id missing")
        << bodyWithLine(1, u"menu_item_id"_s, QJsonValue::Undefined) << QByteArray()
        << u"items[2].menu_item_id"_s;
    QTest::newRow("menu_item_id like SQL") << bodyWithLine(1, u"menu_item_id"_s, u"x' OR '1'='1"_s)
                                           << QByteArray() << u"items[2].menu_item_id"_s;
    QTest::newRow("menu_item_id number")
        << bodyWithLine(1, u"menu_item_id"_s, 7) << QByteArray() << u"items[2].menu_item_id"_s;

    QTest::newRow("qty 0") << bodyWithLine(2, u"qty"_s, 0) << QByteArray() << u"items[2].qty"_s;
    QTest::newRow("qty 100") << bodyWithLine(2, u"qty"_s, 100) << QByteArray() << u"items[2].qty"_s;
    QTest::newRow("qty 2.5") << bodyWithLine(2, u"qty"_s, 2.5) << QByteArray() << u"items[2].qty"_s;
    QTest::newRow("qty -1") << bodyWithLine(2, u"qty"_s, -1) << QByteArray() << u"items[2].qty"_s;
    QTest::newRow("qty \"2\"") << bodyWithLine(2, u"qty"_s, u"2"_s) << QByteArray()
                               << u"items[2].qty"_s;
    QTest::newRow("qty missing") << bodyWithLine(2, u"qty"_s, QJsonValue::Undefined) << QByteArray()
                                 << u"items[2].qty"_s;

    QTest::newRow("seat -1") << bodyWithLine(3, u"seat"_s, -1) << QByteArray()
                             << u"items[2].seat"_s;
    QTest::newRow("seat 21") << bodyWithLine(3, u"seat"_s, 21) << QByteArray()
                             << u"items[2].seat"_s;
    QTest::newRow("seat 1.5") << bodyWithLine(3, u"seat"_s, 1.5) << QByteArray()
                              << u"items[2].seat"_s;

    QString note201;
    for (int i = 0; i < 201; ++i)
        note201 += QString::fromUcs4(U"\U0001F37D");
    QTest::newRow("note of 201 code points")
        << bodyWithLine(4, u"note"_s, note201) << QByteArray() << u"items[2].note"_s;
    QTest::newRow("note of 201 BMP characters")
        << bodyWithLine(4, u"note"_s, QString(201, u'ş')) << QByteArray() << u"items[2].note"_s;
    QTest::newRow("note number") << bodyWithLine(4, u"note"_s, 5) << QByteArray()
                                 << u"items[2].note"_s;

    {
        const QJsonObject first = validLine(5);
        QJsonObject again = validLine(6);
        again.insert(u"line_id"_s, first.value(u"line_id"_s));
        QTest::newRow("line_id twice") << body({first, validLine(7), validLine(8), again})
                                       << QByteArray() << u"items[5].line_id"_s;
    }
    {
        const QJsonObject first = validLine(5);
        QJsonObject again = validLine(6);
        again.insert(u"line_id"_s, first.value(u"line_id"_s).toString().toUpper());
        QTest::newRow("line_id twice, other case")
            << body({first, again}) << QByteArray() << u"items[3].line_id"_s;
    }
    {
        // A held line given again under its own id.
        QTest::newRow("held line_id twice")
            << body({m_heldLines.at(1)}) << QByteArray() << u"items[2].line_id"_s;
    }
    {
        QJsonObject badQty = validLine(1);
        badQty.insert(u"qty"_s, 0);
        QJsonObject badSeat = validLine(2);
        badSeat.insert(u"seat"_s, 99);
        QTest::newRow("first bad field wins")
            << body({validLine(0), badQty, badSeat}) << QByteArray() << u"items[3].qty"_s;
    }
    {
        QJsonArray many;
        for (int i = 0; i < 499; ++i)
            many.append(validLine(i));
        QTest::newRow("501 lines") << body(many) << QByteArray() << u"items"_s;
    }
}

void TestPatchValidation::invalidPatch()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, ifMatch);
    QFETCH(QString, field);

    const QString path = ServerFixture::orderPath(m_orderId);
    const HttpReply before = m_fixture.http().get(path, m_manager);
    QCOMPARE(before.status, 200);
    const HttpReply eventsBefore = m_fixture.http().get(path + u"/events"_s, m_manager);
    QCOMPARE(eventsBefore.status, 200);

    HttpTestClient::Headers headers{HttpTestClient::bearer(m_token),
                                    {"Content-Type", "application/json"}};
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    const HttpReply reply = m_fixture.http().send("PATCH", path, body, headers);
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QVERIFY(reply.isJsonReply());
    QCOMPARE(reply.errorCode(), ErrorCode::InvalidRequest);
    QCOMPARE(reply.field(), field);
    QVERIFY(!reply.json().value(u"message"_s).toString().isEmpty());

    const HttpReply after = m_fixture.http().get(path, m_manager);
    QCOMPARE(after.json(), before.json());
    QCOMPARE(after.json().value(u"version"_s).toInteger(), m_version);
    QCOMPARE(after.header("ETag"), before.header("ETag"));
    QCOMPARE(m_fixture.http().get(path + u"/events"_s, m_manager).json(), eventsBefore.json());
}

QTEST_GUILESS_MAIN(TestPatchValidation)
#include "tst_patchvalidation.moc"
