#include "JsonWire.h"
#include "model/JsonCodec.h"
#include "model/RequestValidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int tableSeats = 20;

const QSet<QString>& venueMenu()
{
    static const QSet<QString> menu{u"soup-lentil"_s, u"tea"_s, u"baklava"_s};
    return menu;
}

RequestValidator::OrderContext context()
{
    return {&venueMenu(), tableSeats};
}

QString lineId(int n)
{
    return u"%1-0000-4000-8000-%2"_s.arg(n, 8, 16, QChar(u'0')).arg(n, 12, 16, QChar(u'0'));
}

QJsonObject line(int n)
{
    return QJsonObject{{u"line_id"_s, lineId(n)}, {u"menu_item_id"_s, u"tea"_s}, {u"qty"_s, 1}};
}

QJsonArray lines(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(line(i));
    return array;
}

QByteArray body(const QJsonArray& items, const QJsonValue& expectedVersion = 7)
{
    QJsonObject object{{u"items"_s, items}};
    if (!expectedVersion.isUndefined())
        object.insert(u"expected_version"_s, expectedVersion);
    return JsonCodec::encode(object);
}

QByteArray bodyWithItems(const QJsonValue& items)
{
    return JsonCodec::encode(QJsonObject{{u"expected_version"_s, 7}, {u"items"_s, items}});
}

// A string of `count` code points outside the Basic Multilingual Plane (U+1F35C, steaming
// bowl): twice as many UTF-16 units as characters.
QString ramenNote(int count)
{
    return QString(u"\U0001F35C"_s).repeated(count);
}

template <typename T> QString failureOf(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().field + u": "_s + result.error().message;
}

} // namespace

class TestRequestValidator : public QObject
{
    Q_OBJECT

private slots:
    void invalidPatch_data();
    void invalidPatch();
    void patchFromObjectNamesTheSameField();
    void validPatch();
    void voidsAreRead();
    void lineDefaults();
    void lineIdIsLowerCased();
    void authorAndTimeAreIgnored();
    void expectedVersionMayBeAbsent();
    void boundaries_data();
    void boundaries();
    void noteCountsCodePoints();
    void fire_data();
    void fire();
    void banquetFire_data();
    void banquetFire();
    void availability_data();
    void availability();
    void close_data();
    void close();
    void login_data();
    void login();
    void canonicalLineId_data();
    void canonicalLineId();
    void versionFromEntityTag_data();
    void versionFromEntityTag();
};

void TestRequestValidator::invalidPatch_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    const QString item0 = u"items[0]"_s;

    QTest::newRow("body not JSON") << QByteArray(R"({"items": [)") << u"body"_s;
    QTest::newRow("body empty") << QByteArray() << u"body"_s;
    QTest::newRow("body an array") << QByteArray(R"([{"items": []}])") << u"body"_s;
    QTest::newRow("body a string") << QByteArray(R"("items")") << u"body"_s;

    QTest::newRow("expected_version 0") << body(lines(1), 0) << u"expected_version"_s;
    QTest::newRow("expected_version -3") << body(lines(1), -3) << u"expected_version"_s;
    QTest::newRow("expected_version 1.5") << body(lines(1), 1.5) << u"expected_version"_s;
    QTest::newRow("expected_version \"7\"") << body(lines(1), u"7"_s) << u"expected_version"_s;
    QTest::newRow("expected_version null")
        << body(lines(1), QJsonValue::Null) << u"expected_version"_s;
    QTest::newRow("expected_version true") << body(lines(1), true) << u"expected_version"_s;

    QTest::newRow("items missing")
        << JsonCodec::encode(QJsonObject{{u"expected_version"_s, 7}}) << u"items"_s;
    QTest::newRow("items an object") << bodyWithItems(line(0)) << u"items"_s;
    QTest::newRow("items a string") << bodyWithItems(u"[]"_s) << u"items"_s;
    QTest::newRow("items null") << bodyWithItems(QJsonValue::Null) << u"items"_s;
    QTest::newRow("501 lines") << body(lines(501)) << u"items"_s;

    QTest::newRow("line a number") << body(QJsonArray{line(0), 5}) << u"items[1]"_s;
    // The inner array spelled as a QJsonValue: Clang reads QJsonArray{QJsonArray{...}} as a
    // copy of the inner array (CWG 2137), GCC as an array holding it.
    QTest::newRow("line an array") << body(QJsonArray{QJsonValue(QJsonArray{line(0)})}) << item0;
    QTest::newRow("line null") << body(QJsonArray{line(0), line(1), QJsonValue::Null})
                               << u"items[2]"_s;

    const auto lineIdRow = [](const char* name, const QJsonValue& id) {
        QTest::newRow(name) << body(QJsonArray{line(0), with(line(1), u"line_id"_s, id)})
                            << u"items[1].line_id"_s;
    };
    QTest::newRow("line_id missing")
        << body(QJsonArray{without(line(0), u"line_id"_s)}) << u"items[0].line_id"_s;
    lineIdRow("line_id too short", u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6"_s);
    lineIdRow("line_id too long", u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b0"_s);
    lineIdRow("line_id non-hex", u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6g"_s);
    lineIdRow("line_id braces", u"{3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b}"_s);
    lineIdRow("line_id without dashes", u"3f2b8c1e5d4a4e6f9a7b1c2d3e4f5a6b"_s);
    lineIdRow("line_id dash misplaced", u"3f2b8c1e5-d4a-4e6f-9a7b-1c2d3e4f5a6b"_s);
    lineIdRow("line_id empty", u""_s);
    lineIdRow("line_id a number", 12345);
    lineIdRow("line_id null", QJsonValue::Null);

    const auto fieldRow = [](const char* name, const QString& key, const QJsonValue& value) {
        QTest::newRow(name) << body(QJsonArray{line(0), line(1), with(line(2), key, value)})
                            << u"items[2]."_s + key;
    };
    QTest::newRow("menu_item_id missing")
        << body(QJsonArray{without(line(0), u"menu_item_id"_s)}) << u"items[0].menu_item_id"_s;
    fieldRow("menu_item_id unknown", u"menu_item_id"_s, u"caviar"_s);
    fieldRow("menu_item_id wrong case", u"menu_item_id"_s, u"Tea"_s);
    fieldRow("menu_item_id a number", u"menu_item_id"_s, 7);
    fieldRow("menu_item_id null", u"menu_item_id"_s, QJsonValue::Null);

    QTest::newRow("qty missing") << body(QJsonArray{without(line(0), u"qty"_s)})
                                 << u"items[0].qty"_s;
    fieldRow("qty 0", u"qty"_s, 0);
    fieldRow("qty -1", u"qty"_s, -1);
    fieldRow("qty 100", u"qty"_s, 100);
    fieldRow("qty 2.5", u"qty"_s, 2.5);
    fieldRow("qty \"2\"", u"qty"_s, u"2"_s);
    fieldRow("qty null", u"qty"_s, QJsonValue::Null);

    fieldRow("seat -1", u"seat"_s, -1);
    fieldRow("seat seats+1", u"seat"_s, tableSeats + 1);
    fieldRow("seat 1.5", u"seat"_s, 1.5);
    fieldRow("seat \"3\"", u"seat"_s, u"3"_s);

    fieldRow("note 201 code points", u"note"_s, ramenNote(201));
    fieldRow("note 201 ascii", u"note"_s, QString(201, u'x'));
    fieldRow("note a number", u"note"_s, 5);
    fieldRow("note null", u"note"_s, QJsonValue::Null);

    fieldRow("course 0", u"course"_s, 0);
    fieldRow("course 10", u"course"_s, 10);
    fieldRow("course -1", u"course"_s, -1);
    fieldRow("course 1.5", u"course"_s, 1.5);
    fieldRow("course \"2\"", u"course"_s, u"2"_s);
    fieldRow("course null", u"course"_s, QJsonValue::Null);

    QTest::newRow("line_id twice")
        << body(QJsonArray{line(0), line(1), line(2), line(3), line(4), line(1)})
        << u"items[5].line_id"_s;
    QTest::newRow("line_id twice, other case")
        << body(QJsonArray{line(0), with(line(1), u"line_id"_s, lineId(0).toUpper())})
        << u"items[1].line_id"_s;
    QTest::newRow("line_id twice, first in upper case")
        << body(QJsonArray{with(line(10), u"line_id"_s, lineId(10).toUpper()), line(10)})
        << u"items[1].line_id"_s;
    QTest::newRow("line_id three times")
        << body(QJsonArray{line(0), line(0), line(0)}) << u"items[1].line_id"_s;

    // The first bad field wins.
    QTest::newRow("bad expected_version before bad items")
        << JsonCodec::encode(QJsonObject{{u"expected_version"_s, 0}, {u"items"_s, 5}})
        << u"expected_version"_s;
    QTest::newRow("501 bad lines") << body([] {
        QJsonArray array;
        for (int i = 0; i < 501; ++i)
            array.append(with(line(i), u"qty"_s, 0));
        return array;
    }()) << u"items"_s;
    QTest::newRow("earlier line wins")
        << body(QJsonArray{line(0), with(line(1), u"note"_s, ramenNote(300)),
                           with(line(2), u"line_id"_s, u"nope"_s)})
        << u"items[1].note"_s;
    QTest::newRow("line_id before qty")
        << body(QJsonArray{with(without(line(0), u"line_id"_s), u"qty"_s, 0)})
        << u"items[0].line_id"_s;
    QTest::newRow("menu_item_id before qty")
        << body(QJsonArray{with(with(line(0), u"menu_item_id"_s, u"caviar"_s), u"qty"_s, 0)})
        << u"items[0].menu_item_id"_s;
    QTest::newRow("qty before seat")
        << body(QJsonArray{with(with(line(0), u"seat"_s, 99), u"qty"_s, 0)}) << u"items[0].qty"_s;
    QTest::newRow("seat before note")
        << body(QJsonArray{with(with(line(0), u"seat"_s, 99), u"note"_s, 3)}) << u"items[0].seat"_s;
    QTest::newRow("repeated line_id before later bad line")
        << body(QJsonArray{line(0), line(1), line(0), with(line(3), u"qty"_s, 0)})
        << u"items[2].line_id"_s;
    QTest::newRow("repeated line_id before its own bad qty")
        << body(QJsonArray{line(0), with(line(0), u"qty"_s, 0)}) << u"items[1].line_id"_s;

    // "voids": the entries' shapes; whether each line is fired and removed is the server's.
    const auto withVoids = [](const QJsonValue& voids) {
        return JsonCodec::encode(QJsonObject{
            {u"expected_version"_s, 7}, {u"items"_s, QJsonArray{}}, {u"voids"_s, voids}});
    };
    const QJsonObject entry{{u"line_id"_s, lineId(1)}, {u"reason"_s, u"quality"_s}};
    QTest::newRow("voids an object") << withVoids(entry) << u"voids"_s;
    QTest::newRow("voids entry a string") << withVoids(QJsonArray{u"x"_s}) << u"voids[0]"_s;
    QTest::newRow("voids line_id missing")
        << withVoids(QJsonArray{without(entry, u"line_id"_s)}) << u"voids[0].line_id"_s;
    QTest::newRow("voids line_id not a UUID")
        << withVoids(QJsonArray{with(entry, u"line_id"_s, u"abc"_s)}) << u"voids[0].line_id"_s;
    QTest::newRow("voids line twice")
        << withVoids(QJsonArray{entry, entry}) << u"voids[1].line_id"_s;
    QTest::newRow("voids reason unknown")
        << withVoids(QJsonArray{with(entry, u"reason"_s, u"cold"_s)}) << u"voids[0].reason"_s;
    QTest::newRow("voids reason missing")
        << withVoids(QJsonArray{without(entry, u"reason"_s)}) << u"voids[0].reason"_s;
    QTest::newRow("voids note 201 code points")
        << withVoids(QJsonArray{with(entry, u"note"_s, ramenNote(201))}) << u"voids[0].note"_s;
    QTest::newRow("voids note a number")
        << withVoids(QJsonArray{with(entry, u"note"_s, 3)}) << u"voids[0].note"_s;
    QTest::newRow("voids approval a number")
        << withVoids(QJsonArray{with(entry, u"approval"_s, 3)}) << u"voids[0].approval"_s;
    QTest::newRow("voids approval null")
        << withVoids(QJsonArray{with(entry, u"approval"_s, QJsonValue::Null)})
        << u"voids[0].approval"_s;
}

void TestRequestValidator::invalidPatch()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);

    Result<PatchRequest> result = RequestValidator::patch(body, context());
    QVERIFY2(!result.ok(), "an invalid body was accepted");
    QCOMPARE(result.error().field, field);
    QCOMPARE(result.error().code, ErrorCode::InvalidRequest);
    QVERIFY(!result.error().message.isEmpty());
    // The message is shown to a person, who needs to know which field to fix.
    if (field.startsWith(u"items["_s))
        QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
}

void TestRequestValidator::patchFromObjectNamesTheSameField()
{
    const QJsonObject object{{u"expected_version"_s, 3},
                             {u"items"_s, QJsonArray{line(0), with(line(1), u"qty"_s, 100)}}};
    Result<PatchRequest> fromObject = RequestValidator::patch(object, context());
    Result<PatchRequest> fromBytes = RequestValidator::patch(JsonCodec::encode(object), context());
    QVERIFY(!fromObject.ok());
    QVERIFY(!fromBytes.ok());
    QCOMPARE(fromObject.error().field, u"items[1].qty"_s);
    QCOMPARE(fromBytes.error().field, fromObject.error().field);
}

void TestRequestValidator::validPatch()
{
    const QJsonObject soup{{u"line_id"_s, lineId(1)},
                           {u"menu_item_id"_s, u"soup-lentil"_s},
                           {u"qty"_s, 2},
                           {u"seat"_s, 3},
                           {u"note"_s, u"no onions"_s}};
    Result<PatchRequest> result =
        RequestValidator::patch(body(QJsonArray{soup, line(2)}, 7), context());
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QCOMPARE(result->expectedVersion, std::optional<qint64>(7));
    QCOMPARE(result->items.size(), 2);
    const Line expected{lineId(1), u"soup-lentil"_s, 2, 3, u"no onions"_s, QString(), 0};
    QCOMPARE(result->items.at(0), expected);
    QCOMPARE(result->items.at(1).lineId, lineId(2));

    Result<PatchRequest> empty = RequestValidator::patch(body(QJsonArray{}), context());
    QVERIFY2(empty.ok(), qPrintable(failureOf(empty)));
    QVERIFY(empty->items.isEmpty());
}

void TestRequestValidator::voidsAreRead()
{
    const QJsonArray voids{QJsonObject{{u"line_id"_s, lineId(1).toUpper()},
                                       {u"reason"_s, u"guest_changed_mind"_s},
                                       {u"note"_s, ramenNote(200)},
                                       {u"approval"_s, u"abc"_s}},
                           QJsonObject{{u"line_id"_s, lineId(2)}, {u"reason"_s, u"other"_s}}};
    const Result<PatchRequest> request = RequestValidator::patch(
        JsonCodec::encode(
            QJsonObject{{u"expected_version"_s, 7}, {u"items"_s, lines(1)}, {u"voids"_s, voids}}),
        context());
    QVERIFY2(request.ok(), qPrintable(failureOf(request)));
    QCOMPARE(
        request->voids,
        (QList<VoidEntry>{VoidEntry{lineId(1), u"guest_changed_mind"_s, ramenNote(200), u"abc"_s},
                          VoidEntry{lineId(2), u"other"_s, QString(), std::nullopt}}));
    // What a tablet sends reads back the same.
    const Result<PatchRequest> again =
        RequestValidator::patch(JsonCodec::encode(JsonCodec::toJson(request.value())), context());
    QVERIFY2(again.ok(), qPrintable(failureOf(again)));
    QCOMPARE(again.value(), request.value());
    QCOMPARE(RequestValidator::voidReasons(),
             (QStringList{u"guest_changed_mind"_s, u"wrong_item"_s, u"kitchen_error"_s,
                          u"quality"_s, u"other"_s}));
}

void TestRequestValidator::lineDefaults()
{
    Result<PatchRequest> result = RequestValidator::patch(body(QJsonArray{line(4)}), context());
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QCOMPARE(result->items.at(0).seat, 0);
    QCOMPARE(result->items.at(0).note, QString());
    QCOMPARE(result->items.at(0).qty, 1);
    QCOMPARE(result->items.at(0).course, 1);
}

void TestRequestValidator::lineIdIsLowerCased()
{
    const QString upper = u"3F2B8C1E-5D4A-4E6F-9A7B-1C2D3E4F5A6B"_s;
    Result<PatchRequest> result =
        RequestValidator::patch(body(QJsonArray{with(line(0), u"line_id"_s, upper)}), context());
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QCOMPARE(result->items.at(0).lineId, u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s);
}

void TestRequestValidator::authorAndTimeAreIgnored()
{
    // added_by comes from the token and added_at from the server's clock, never from the body.
    QJsonObject forged = with(line(0), u"added_by"_s, u"mallory"_s);
    forged.insert(u"added_at"_s, 5);
    // price_cents, state and fired_at are the server's too.
    forged.insert(u"price_cents"_s, 1);
    forged.insert(u"state"_s, u"fired"_s);
    forged.insert(u"fired_at"_s, 7);
    Result<PatchRequest> result = RequestValidator::patch(body(QJsonArray{forged}), context());
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QCOMPARE(result->items.at(0).addedBy, QString());
    QCOMPARE(result->items.at(0).addedAt, 0);
    QCOMPARE(result->items.at(0).priceCents, 0);
    QCOMPARE(result->items.at(0).state, Line::State::New);
    QCOMPARE(result->items.at(0).firedAt, 0);

    // Even ill-typed, they are not looked at.
    QJsonObject odd = with(line(1), u"added_by"_s, 42);
    odd.insert(u"added_at"_s, u"yesterday"_s);
    odd.insert(u"price_cents"_s, u"free"_s);
    odd.insert(u"state"_s, u"cooking"_s);
    odd.insert(u"fired_at"_s, u"5"_s);
    Result<PatchRequest> oddResult = RequestValidator::patch(body(QJsonArray{odd}), context());
    QVERIFY2(oddResult.ok(), qPrintable(failureOf(oddResult)));
    QCOMPARE(oddResult->items.at(0).addedBy, QString());
    QCOMPARE(oddResult->items.at(0).addedAt, 0);
    QCOMPARE(oddResult->items.at(0).priceCents, 0);
    QCOMPARE(oddResult->items.at(0).state, Line::State::New);
    QCOMPARE(oddResult->items.at(0).firedAt, 0);
}

void TestRequestValidator::expectedVersionMayBeAbsent()
{
    // The version may come as If-Match instead; the route decides when neither is given.
    Result<PatchRequest> result =
        RequestValidator::patch(body(lines(2), QJsonValue::Undefined), context());
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QVERIFY(!result->expectedVersion.has_value());
    QCOMPARE(result->items.size(), 2);
}

void TestRequestValidator::boundaries_data()
{
    QTest::addColumn<QJsonArray>("items");
    QTest::newRow("qty 1") << QJsonArray{with(line(0), u"qty"_s, 1)};
    QTest::newRow("qty 99") << QJsonArray{with(line(0), u"qty"_s, 99)};
    QTest::newRow("qty 5.0") << QJsonArray{with(line(0), u"qty"_s, 5.0)};
    QTest::newRow("seat 0") << QJsonArray{with(line(0), u"seat"_s, 0)};
    QTest::newRow("seat = seats") << QJsonArray{with(line(0), u"seat"_s, tableSeats)};
    QTest::newRow("note empty") << QJsonArray{with(line(0), u"note"_s, QString())};
    QTest::newRow("course 1") << QJsonArray{with(line(0), u"course"_s, 1)};
    QTest::newRow("course 9") << QJsonArray{with(line(0), u"course"_s, 9)};
    QTest::newRow("note 200 ascii") << QJsonArray{with(line(0), u"note"_s, QString(200, u'x'))};
    QTest::newRow("500 lines") << lines(500);
}

void TestRequestValidator::boundaries()
{
    QFETCH(QJsonArray, items);
    Result<PatchRequest> result = RequestValidator::patch(body(items), context());
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QCOMPARE(result->items.size(), items.size());
}

void TestRequestValidator::noteCountsCodePoints()
{
    const QString note200 = ramenNote(200);
    QCOMPARE(note200.size(), 400); // UTF-16 units: a count by QString::size() would refuse it
    Result<PatchRequest> ok =
        RequestValidator::patch(body(QJsonArray{with(line(0), u"note"_s, note200)}), context());
    QVERIFY2(ok.ok(), qPrintable(failureOf(ok)));
    QCOMPARE(ok->items.at(0).note, note200);

    Result<PatchRequest> tooLong = RequestValidator::patch(
        body(QJsonArray{with(line(0), u"note"_s, ramenNote(201))}), context());
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().field, u"items[0].note"_s);

    // 199 wide characters and one narrow one: 200 code points, 399 UTF-16 units.
    Result<PatchRequest> mixed = RequestValidator::patch(
        body(QJsonArray{with(line(0), u"note"_s, QString(ramenNote(199) + u'x'))}), context());
    QVERIFY2(mixed.ok(), qPrintable(failureOf(mixed)));
}

void TestRequestValidator::fire_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("version");     // 0: none given
    QTest::addColumn<QList<int>>("courses"); // empty: none given
    QTest::addColumn<QStringList>("lines");  // empty: none given

    const QString upper = lineId(3).toUpper();
    QTest::newRow("version only") << QByteArray(R"({"expected_version": 9})") << QString()
                                  << qint64(9) << QList<int>{} << QStringList{};
    QTest::newRow("empty body") << QByteArray() << QString() << qint64(0) << QList<int>{}
                                << QStringList{};
    QTest::newRow("courses, repeated once")
        << QByteArray(R"({"expected_version": 9, "courses": [2, 1, 2]})") << QString() << qint64(9)
        << QList<int>{2, 1} << QStringList{};
    QTest::newRow("lines lower-cased")
        << JsonCodec::encode(
               QJsonObject{{u"expected_version"_s, 4}, {u"lines"_s, QJsonArray{upper, lineId(4)}}})
        << QString() << qint64(4) << QList<int>{} << QStringList{lineId(3), lineId(4)};
    const auto bad = [](const char* name, const QByteArray& body, const QString& field) {
        QTest::newRow(name) << body << field << qint64(0) << QList<int>{} << QStringList{};
    };
    bad("not JSON", "{", u"body"_s);
    bad("an array", "[]", u"body"_s);
    bad("version 0", R"({"expected_version": 0})", u"expected_version"_s);
    bad("courses an int", R"({"expected_version": 1, "courses": 1})", u"courses"_s);
    bad("course 0", R"({"expected_version": 1, "courses": [1, 0]})", u"courses[1]"_s);
    bad("course 10", R"({"expected_version": 1, "courses": [10]})", u"courses[0]"_s);
    bad("course a string", R"({"expected_version": 1, "courses": ["1"]})", u"courses[0]"_s);
    bad("lines a string", R"({"expected_version": 1, "lines": "x"})", u"lines"_s);
    bad("line not a UUID", R"({"expected_version": 1, "lines": ["soup"]})", u"lines[0]"_s);
    bad("line a number", R"({"expected_version": 1, "lines": [5]})", u"lines[0]"_s);
}

void TestRequestValidator::fire()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(qint64, version);
    QFETCH(QList<int>, courses);
    QFETCH(QStringList, lines);

    Result<FireRequest> result = RequestValidator::fire(body);
    if (!field.isEmpty()) {
        QVERIFY2(!result.ok(), "an invalid body was accepted");
        QCOMPARE(result.error().field, field);
        QCOMPARE(result.error().code, ErrorCode::InvalidRequest);
        QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QCOMPARE(result->expectedVersion.value_or(0), version);
    QCOMPARE(result->courses.has_value(), !courses.isEmpty());
    QCOMPARE(result->courses.value_or(QList<int>{}), courses);
    QCOMPARE(result->lines.has_value(), !lines.isEmpty());
    QCOMPARE(result->lines.value_or(QStringList{}), lines);
}

void TestRequestValidator::banquetFire_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("course");
    QTest::addColumn<QStringList>("tables");

    QTest::newRow("two tables") << QByteArray(R"({"course": 2, "tables": ["1", "2", "1"]})")
                                << QString() << 2 << QStringList{u"1"_s, u"2"_s};
    QTest::newRow("no tables") << QByteArray(R"({"course": 9, "tables": []})") << QString() << 9
                               << QStringList{};
    QTest::newRow("course missing")
        << QByteArray(R"({"tables": ["1"]})") << u"course"_s << 0 << QStringList{};
    QTest::newRow("course 0") << QByteArray(R"({"course": 0, "tables": ["1"]})") << u"course"_s << 0
                              << QStringList{};
    QTest::newRow("tables missing")
        << QByteArray(R"({"course": 1})") << u"tables"_s << 0 << QStringList{};
    QTest::newRow("table a number") << QByteArray(R"({"course": 1, "tables": ["1", 2]})")
                                    << u"tables[1]"_s << 0 << QStringList{};
    QTest::newRow("table empty") << QByteArray(R"({"course": 1, "tables": [""]})") << u"tables[0]"_s
                                 << 0 << QStringList{};
    QTest::newRow("not an object") << QByteArray("[1]") << u"body"_s << 0 << QStringList{};
}

void TestRequestValidator::banquetFire()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(int, course);
    QFETCH(QStringList, tables);

    Result<BanquetFireRequest> result = RequestValidator::banquetFire(body);
    if (!field.isEmpty()) {
        QVERIFY2(!result.ok(), "an invalid body was accepted");
        QCOMPARE(result.error().field, field);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QCOMPARE(result->course, course);
    QCOMPARE(result->tables, tables);
}

void TestRequestValidator::availability_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("available");

    QTest::newRow("false") << QByteArray(R"({"available": false})") << QString() << false;
    QTest::newRow("true") << QByteArray(R"({"available": true})") << QString() << true;
    QTest::newRow("missing") << QByteArray("{}") << u"available"_s << false;
    QTest::newRow("a number") << QByteArray(R"({"available": 0})") << u"available"_s << false;
    QTest::newRow("a string") << QByteArray(R"({"available": "false"})") << u"available"_s << false;
    QTest::newRow("not JSON") << QByteArray("available") << u"body"_s << false;
}

void TestRequestValidator::availability()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(bool, available);

    Result<AvailabilityRequest> result = RequestValidator::availability(body);
    if (!field.isEmpty()) {
        QVERIFY2(!result.ok(), "an invalid body was accepted");
        QCOMPARE(result.error().field, field);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QCOMPARE(result->available, available);
}

void TestRequestValidator::close_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("version"); // 0: none given

    QTest::newRow("version") << QByteArray(R"({"expected_version": 8})") << QString() << qint64(8);
    QTest::newRow("empty body") << QByteArray() << QString() << qint64(0);
    QTest::newRow("empty object") << QByteArray("{}") << QString() << qint64(0);
    QTest::newRow("not JSON") << QByteArray("{expected_version: 8}") << u"body"_s << qint64(0);
    QTest::newRow("an array") << QByteArray("[8]") << u"body"_s << qint64(0);
    QTest::newRow("version 0") << QByteArray(R"({"expected_version": 0})") << u"expected_version"_s
                               << qint64(0);
    QTest::newRow("version -3") << QByteArray(R"({"expected_version": -3})")
                                << u"expected_version"_s << qint64(0);
    QTest::newRow("version 1.5") << QByteArray(R"({"expected_version": 1.5})")
                                 << u"expected_version"_s << qint64(0);
    QTest::newRow("version \"8\"")
        << QByteArray(R"({"expected_version": "8"})") << u"expected_version"_s << qint64(0);
}

void TestRequestValidator::close()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(qint64, version);

    Result<CloseRequest> result = RequestValidator::close(body);
    if (!field.isEmpty()) {
        QVERIFY2(!result.ok(), "an invalid body was accepted");
        QCOMPARE(result.error().field, field);
        QCOMPARE(result.error().code, ErrorCode::InvalidRequest);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QCOMPARE(result->expectedVersion.has_value(), version != 0);
    if (version != 0)
        QCOMPARE(*result->expectedVersion, version);
}

void TestRequestValidator::login_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    QTest::newRow("valid") << QByteArray(R"({"staff": "ayse", "pin": "1234"})") << QString();
    QTest::newRow("not JSON") << QByteArray("staff=ayse&pin=1234") << u"body"_s;
    QTest::newRow("an array") << QByteArray(R"(["ayse", "1234"])") << u"body"_s;
    QTest::newRow("staff missing") << QByteArray(R"({"pin": "1234"})") << u"staff"_s;
    QTest::newRow("staff empty") << QByteArray(R"({"staff": "", "pin": "1234"})") << u"staff"_s;
    QTest::newRow("staff a number") << QByteArray(R"({"staff": 7, "pin": "1234"})") << u"staff"_s;
    QTest::newRow("pin missing") << QByteArray(R"({"staff": "ayse"})") << u"pin"_s;
    QTest::newRow("pin empty") << QByteArray(R"({"staff": "ayse", "pin": ""})") << u"pin"_s;
    QTest::newRow("pin a number") << QByteArray(R"({"staff": "ayse", "pin": 1234})") << u"pin"_s;
    QTest::newRow("both missing") << QByteArray("{}") << u"staff"_s;
}

void TestRequestValidator::login()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);

    Result<LoginRequest> result = RequestValidator::login(body);
    if (!field.isEmpty()) {
        QVERIFY2(!result.ok(), "an invalid body was accepted");
        QCOMPARE(result.error().field, field);
        QCOMPARE(result.error().code, ErrorCode::InvalidRequest);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(failureOf(result)));
    QCOMPARE(result->staff, u"ayse"_s);
    QCOMPARE(result->pin, u"1234"_s);
}

void TestRequestValidator::canonicalLineId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    const QString lower = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;
    QTest::newRow("lower") << lower << lower;
    QTest::newRow("upper") << lower.toUpper() << lower;
    QTest::newRow("mixed") << u"3F2b8C1e-5d4A-4E6f-9a7B-1c2D3e4F5a6B"_s << lower;
    QTest::newRow("nil uuid") << u"00000000-0000-0000-0000-000000000000"_s
                              << u"00000000-0000-0000-0000-000000000000"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("too short") << lower.chopped(1) << QString();
    QTest::newRow("too long") << lower + u'0' << QString();
    QTest::newRow("braces") << u'{' + lower + u'}' << QString();
    QTest::newRow("spaces") << u' ' + lower + u' ' << QString();
    QTest::newRow("non-hex") << u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6z"_s << QString();
    QTest::newRow("no dashes") << u"3f2b8c1e5d4a4e6f9a7b1c2d3e4f5a6b0000"_s << QString();
    QTest::newRow("dash moved") << u"3f2b8c1e5-d4a-4e6f-9a7b-1c2d3e4f5a6b"_s << QString();
    QTest::newRow("fullwidth digit") << u"３f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s << QString();
}

void TestRequestValidator::canonicalLineId()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QCOMPARE(RequestValidator::canonicalLineId(text), canonical);
}

void TestRequestValidator::versionFromEntityTag_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("version"); // 0: not a version

    QTest::newRow("\"7\"") << QByteArray(R"("7")") << qint64(7);
    QTest::newRow("W/\"7\"") << QByteArray(R"(W/"7")") << qint64(7);
    QTest::newRow("large") << QByteArray(R"("123456789012")") << qint64(123456789012);
    QTest::newRow("surrounding spaces") << QByteArray(R"(  "7" )") << qint64(7);
    QTest::newRow("unquoted") << QByteArray("7") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(0);
    QTest::newRow("empty tag") << QByteArray(R"("")") << qint64(0);
    QTest::newRow("open quote") << QByteArray(R"("7)") << qint64(0);
    QTest::newRow("zero") << QByteArray(R"("0")") << qint64(0);
    QTest::newRow("negative") << QByteArray(R"("-1")") << qint64(0);
    QTest::newRow("fraction") << QByteArray(R"("1.5")") << qint64(0);
    QTest::newRow("letters") << QByteArray(R"("abc")") << qint64(0);
    QTest::newRow("star") << QByteArray("*") << qint64(0);
    QTest::newRow("weak unquoted") << QByteArray("W/7") << qint64(0);
    QTest::newRow("lower-case weak") << QByteArray(R"(w/"7")") << qint64(0);
    QTest::newRow("leading zero") << QByteArray(R"("07")") << qint64(0);
    QTest::newRow("plus sign") << QByteArray(R"("+7")") << qint64(0);
    QTest::newRow("space inside") << QByteArray(R"(" 7")") << qint64(0);
    QTest::newRow("hex") << QByteArray(R"("0x7")") << qint64(0);
    QTest::newRow("too large") << QByteArray(R"("99999999999999999999")") << qint64(0);
    QTest::newRow("two tags") << QByteArray(R"("7", "8")") << qint64(0);
}

void TestRequestValidator::versionFromEntityTag()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, version);
    const std::optional<qint64> parsed = RequestValidator::versionFromEntityTag(header);
    QCOMPARE(parsed.has_value(), version != 0);
    if (version != 0)
        QCOMPARE(*parsed, version);
}

QTEST_APPLESS_MAIN(TestRequestValidator)
#include "tst_requestvalidator.moc"
