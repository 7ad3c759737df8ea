#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/PatchBodyParser.h"
#include "model/RequestValidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// PatchBodyParser against the QJsonObject route of RequestValidator on the same bytes: the same
// request or the same field and message, and the fast pass taken for every plain body.
class TestPatchBodyParser : public QObject
{
    Q_OBJECT

private slots:
    void sameAnswerAsQt_data();
    void sameAnswerAsQt();
    void stringsRoundTripExactly();
    // RequestValidator::patchWithoutContext() on the HTTP thread, finished in context later.
    void readAheadThenFinishedGivesTheSameAnswer_data();
    void readAheadThenFinishedGivesTheSameAnswer();
};

namespace {

const QSet<QString>& venueMenu()
{
    static const QSet<QString> menu{u"soup-lentil"_s, u"tea"_s, u"çay"_s};
    return menu;
}

RequestValidator::OrderContext context()
{
    return {&venueMenu(), 6};
}

Result<PatchRequest> throughQt(const QByteArray& body)
{
    Result<QJsonObject> object = JsonDecoder::parseObject(body);
    if (!object.ok())
        return object.error();
    return RequestValidator::patch(object.value(), context());
}

QByteArray line(const QByteArray& extra = {}, const QByteArray& id = "1")
{
    return R"({"line_id":"0000000)" + id +
           R"(-0000-4000-8000-000000000001","menu_item_id":"tea","qty":2)" + extra + "}";
}

QByteArray body(const QByteArray& items, const QByteArray& extra = {})
{
    return R"({"expected_version":7,"items":[)" + items + "]" + extra + "}";
}

QByteArray manyLines(int count)
{
    QByteArrayList lines;
    for (int i = 0; i < count; ++i)
        lines.append(R"({"line_id":")" + QByteArray::number(0x10000000 + i, 16) +
                     R"(-0000-4000-8000-000000000001",)"
                     R"("menu_item_id":"tea","qty":1})");
    return lines.join(',');
}

QString describe(const Result<PatchRequest>& result)
{
    if (!result.ok())
        return u"error %1: %2"_s.arg(result.error().field, result.error().message);
    return QString::fromUtf8(JsonCodec::encode(JsonCodec::toJson(result.value())));
}

} // namespace

void TestPatchBodyParser::sameAnswerAsQt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("fast");

    const QByteArray fired =
        R"(,"voids":[{"line_id":"0000000A-0000-4000-8000-000000000002","reason":"wrong_item"}])";
    QTest::newRow("plain") << body(line()) << true;
    QTest::newRow("no version") << QByteArray(R"({"items":[)" + line() + "]}") << true;
    QTest::newRow("empty list") << body({}) << true;
    QTest::newRow("every field") << body(line(R"(,"seat":6,"note":"x","course":3)")) << true;
    QTest::newRow("unknown keys ignored")
        << body(line(R"(,"added_by":"z","price_cents":9)"), R"(,"x":[1,{"y":2}])") << true;
    QTest::newRow("upper-case line_id") << body(line({}, "F")) << true;
    QTest::newRow("escaped key") << QByteArray(R"({"expected\u005fversion":7,"items":[]})") << true;
    QTest::newRow("version 0") << QByteArray(R"({"expected_version":0,"items":[]})") << true;
    QTest::newRow("version negative")
        << QByteArray(R"({"expected_version":-3,"items":[]})") << true;
    QTest::newRow("version fraction")
        << QByteArray(R"({"expected_version":7.5,"items":[]})") << true;
    QTest::newRow("version 7.0") << QByteArray(R"({"expected_version":7.0,"items":[]})") << true;
    QTest::newRow("smallest subnormal") << body(line(), R"(,"x":4.9e-324)") << true;
    QTest::newRow("version 7e0") << QByteArray(R"({"expected_version":7e0,"items":[]})") << true;
    QTest::newRow("version string") << QByteArray(R"({"expected_version":"7","items":[]})") << true;
    QTest::newRow("version null") << QByteArray(R"({"expected_version":null,"items":[]})") << true;
    QTest::newRow("version 2^53+1")
        << QByteArray(R"({"expected_version":9007199254740993,"items":[]})") << true;
    QTest::newRow("version 2^63") << QByteArray(
                                         R"({"expected_version":9223372036854775808,"items":[]})")
                                  << true;
    QTest::newRow("items missing") << QByteArray(R"({"expected_version":7})") << true;
    QTest::newRow("items object") << QByteArray(R"({"expected_version":7,"items":{}})") << true;
    QTest::newRow("500 lines") << body(manyLines(500)) << true;
    QTest::newRow("501 lines") << body(manyLines(501)) << true;
    QTest::newRow("line not object") << body("[]") << true;
    QTest::newRow("line_id missing") << body(R"({"menu_item_id":"tea","qty":1})") << true;
    QTest::newRow("line_id null") << body(R"({"line_id":null,"menu_item_id":"tea","qty":1})")
                                  << true;
    QTest::newRow("line_id short")
        << body(R"({"line_id":"0000-4000","menu_item_id":"tea","qty":1})") << true;
    QTest::newRow("line_id non-ASCII")
        << body(R"({"line_id":"0000000é-0000-4000-8000-00000000001","menu_item_id":"tea","qty":1})")
        << true;
    QTest::newRow("line_id not hex") << body(line({}, "g")) << true;
    QTest::newRow("line_id dash for a digit") << body(line({}, "-")) << true;
    QTest::newRow("line_id digit for a dash")
        << body(
               R"({"line_id":"00000000a0000-4000-8000-000000000001","menu_item_id":"tea","qty":1})")
        << true;
    QTest::newRow("line_id NUL byte") << body(line({}, "\u0000")) << true;
    QTest::newRow("line_id repeated") << body(line() + "," + line()) << true;
    QTest::newRow("line_id repeated in case") << body(line({}, "a") + "," + line({}, "A")) << true;
    QTest::newRow("menu item missing")
        << body(R"({"line_id":"00000001-0000-4000-8000-000000000001","qty":1})") << true;
    QTest::newRow("menu item unknown")
        << body(
               R"({"line_id":"00000001-0000-4000-8000-000000000001","menu_item_id":"cake","qty":1})")
        << true;
    QTest::newRow("menu item number")
        << body(R"({"line_id":"00000001-0000-4000-8000-000000000001","menu_item_id":5,"qty":1})")
        << true;
    QTest::newRow("menu item unicode")
        << body(
               R"({"line_id":"00000001-0000-4000-8000-000000000001","menu_item_id":"\u00e7ay","qty":1})")
        << true;
    QTest::newRow("qty missing")
        << body(R"({"line_id":"00000001-0000-4000-8000-000000000001","menu_item_id":"tea"})")
        << true;
    QTest::newRow("qty 0") << body(line(R"(,"qty":0)").replace(R"("qty":2,)", "")) << true;
    QTest::newRow("qty 100")
        << body(
               R"({"line_id":"00000001-0000-4000-8000-000000000001","menu_item_id":"tea","qty":100})")
        << true;
    QTest::newRow("qty 1.5")
        << body(
               R"({"line_id":"00000001-0000-4000-8000-000000000001","menu_item_id":"tea","qty":1.5})")
        << true;
    QTest::newRow("qty 1e1")
        << body(
               R"({"line_id":"00000001-0000-4000-8000-000000000001","menu_item_id":"tea","qty":1e1})")
        << true;
    QTest::newRow("qty string")
        << body(
               R"({"line_id":"00000001-0000-4000-8000-000000000001","menu_item_id":"tea","qty":"2"})")
        << true;
    QTest::newRow("qty true")
        << body(
               R"({"line_id":"00000001-0000-4000-8000-000000000001","menu_item_id":"tea","qty":true})")
        << true;
    QTest::newRow("seat 7") << body(line(R"(,"seat":7)")) << true;
    QTest::newRow("seat -1") << body(line(R"(,"seat":-1)")) << true;
    QTest::newRow("seat null") << body(line(R"(,"seat":null)")) << true;
    QTest::newRow("note number") << body(line(R"(,"note":5)")) << true;
    QTest::newRow("note escapes")
        << body(line(R"(,"note":"\"q\" \\ \/ \b\f\n\r\t \u0001 \u0000 \ud83c\udf5c ç 🍜")")) << true;
    QTest::newRow("note 200 ramen")
        << body(line(R"(,"note":")" + QString(u"\U0001F35C"_s).repeated(200).toUtf8() + R"(")"))
        << true;
    QTest::newRow("note 201 ramen")
        << body(line(R"(,"note":")" + QString(u"\U0001F35C"_s).repeated(201).toUtf8() + R"(")"))
        << true;
    QTest::newRow("course 0") << body(line(R"(,"course":0)")) << true;
    QTest::newRow("course 10") << body(line(R"(,"course":10)")) << true;
    QTest::newRow("course string") << body(line(R"(,"course":"2")")) << true;
    QTest::newRow("second line bad") << body(line() + "," + line(R"(,"seat":9)", "2")) << true;
    QTest::newRow("unknown item and seat 9 in one line")
        << body(line(R"(,"seat":9)").replace("tea", "cake")) << true;
    QTest::newRow("seat 9, then an unknown item")
        << body(line(R"(,"seat":9)") + "," + line({}, "2").replace("tea", "cake")) << true;
    QTest::newRow("unknown item, then seat 9")
        << body(line({}, "2").replace("tea", "cake") + "," + line(R"(,"seat":9)")) << true;
    QTest::newRow("unknown item, then a bad qty")
        << body(line({}, "2").replace("tea", "cake") + "," + line(R"(,"qty":0)")) << true;
    QTest::newRow("voids") << body(line(), fired) << true;
    QTest::newRow("voids object") << body(line(), R"(,"voids":{})") << true;
    QTest::newRow("void not object") << body(line(), R"(,"voids":[7])") << true;
    QTest::newRow("void line_id bad")
        << body(line(), R"(,"voids":[{"line_id":"x","reason":"other"}])") << true;
    QTest::newRow("void reason bad")
        << body(line(),
                R"(,"voids":[{"line_id":"00000002-0000-4000-8000-000000000002","reason":"nope"}])")
        << true;
    QTest::newRow("void reason missing")
        << body(line(), R"(,"voids":[{"line_id":"00000002-0000-4000-8000-000000000002"}])") << true;
    QTest::newRow("void full")
        << body(
               line(),
               R"(,"voids":[{"line_id":"00000002-0000-4000-8000-000000000002","reason":"other","note":"n\u00e7","approval":"abc"}])")
        << true;
    QTest::newRow("void approval number")
        << body(
               line(),
               R"(,"voids":[{"line_id":"00000002-0000-4000-8000-000000000002","reason":"other","approval":1}])")
        << true;
    QTest::newRow("void note long")
        << body(
               line(),
               R"(,"voids":[{"line_id":"00000002-0000-4000-8000-000000000002","reason":"other","note":")" +
                   QByteArray(201, 'n') + R"("}])")
        << true;
    QTest::newRow("void repeated")
        << body(
               line(),
               R"(,"voids":[{"line_id":"00000002-0000-4000-8000-000000000002","reason":"other"},{"line_id":"00000002-0000-4000-8000-000000000002","reason":"other"}])")
        << true;
    QTest::newRow("items before version")
        << QByteArray(R"({"items":7,"expected_version":0})") << true;

    // Left to Qt's parser, which names the fault as before.
    QTest::newRow("not JSON") << QByteArray("{items") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("trailing garbage") << QByteArray(R"({"items":[]} x)") << false;
    QTest::newRow("top-level array") << QByteArray("[]") << false;
    QTest::newRow("top-level number") << QByteArray("5") << false;
    QTest::newRow("raw control character") << body(line(",\"note\":\"a\x01\"")) << false;
    QTest::newRow("raw newline") << body(line(",\"note\":\"a\nb\"")) << false;
    QTest::newRow("invalid UTF-8") << body(line(",\"note\":\"a\xff\"")) << false;
    QTest::newRow("lone low surrogate") << body(line(R"(,"note":"\udc00")")) << false;
    QTest::newRow("lone high surrogate") << body(line(R"(,"note":"\ud800")")) << false;
    QTest::newRow("repeated version")
        << QByteArray(R"({"expected_version":7,"items":[],"expected_version":8})") << false;
    QTest::newRow("repeated line key") << body(line(R"(,"qty":3)")) << false;
    QTest::newRow("repeated void key")
        << body(
               line(),
               R"(,"voids":[{"line_id":"00000002-0000-4000-8000-000000000002","reason":"other","reason":"x"}])")
        << false;
    // Qt refuses a number that underflows to 0 (found by the fuzzer); "0.0" goes the same way.
    QTest::newRow("qty underflows")
        << body(
               R"({"line_id":"00000001-0000-4000-8000-000000000001","menu_item_id":"tea","qty":1e-400})")
        << false;
    QTest::newRow("unknown key underflows") << body(line(), R"(,"x":[{"y":-2.5e-999}])") << false;
    QTest::newRow("long decimal underflows")
        << QByteArray(R"({"items":[],"x":0.)" + QByteArray(400, '0') + "1}") << false;
    QTest::newRow("version 0.0") << QByteArray(R"({"expected_version":0.0,"items":[]})") << false;
    QTest::newRow("number beyond 64 bits")
        << QByteArray(R"({"expected_version":123456789012345678901234567890,"items":[]})") << false;
}

void TestPatchBodyParser::sameAnswerAsQt()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, fast);
    const std::optional<Result<PatchRequest>> parsed = PatchBodyParser::parse(body, context());
    QCOMPARE(parsed.has_value(), fast);
    const Result<PatchRequest> expected = throughQt(body);
    const Result<PatchRequest> actual = RequestValidator::patch(body, context());
    QCOMPARE(describe(actual), describe(expected));
    QCOMPARE(actual.ok(), expected.ok());
    if (expected.ok())
        QVERIFY(actual.value() == expected.value());
    else
        QCOMPARE(actual.error().code, expected.error().code);
}

void TestPatchBodyParser::readAheadThenFinishedGivesTheSameAnswer_data()
{
    sameAnswerAsQt_data();
}

void TestPatchBodyParser::readAheadThenFinishedGivesTheSameAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, fast);
    const Result<PatchRequest> onePass = RequestValidator::patch(body, context());
    const std::optional<PatchRequest> read = RequestValidator::patchWithoutContext(body);
    if (!fast) {
        QVERIFY(!read); // what simdjson leaves to Qt is read on the handler's thread
        return;
    }
    // These rows' only faults need the menu or the table: they must be left for later.
    static const QSet<QByteArray> contextFaults{"menu item unknown",
                                                "seat 7",
                                                "second line bad",
                                                "unknown item and seat 9 in one line",
                                                "seat 9, then an unknown item",
                                                "unknown item, then seat 9"};
    if (contextFaults.contains(QTest::currentDataTag()))
        QVERIFY(read);
    if (!read) {
        QVERIFY2(!onePass.ok(), "a valid body must be read ahead");
        return;
    }
    const Result<PatchRequest> finished = RequestValidator::patch(*read, context());
    QCOMPARE(describe(finished), describe(onePass));
    if (onePass.ok())
        QVERIFY(finished.value() == onePass.value());
    else
        QCOMPARE(finished.error().code, onePass.error().code);
}

void TestPatchBodyParser::stringsRoundTripExactly()
{
    const QString note = u"\"q\" \\ / \b\f\n\r\t \u0001 çay 🍜 \u2028 end"_s;
    Line original;
    original.lineId = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;
    original.menuItemId = u"çay"_s;
    original.note = note;
    PatchRequest request;
    request.expectedVersion = 3;
    request.items = {original};
    const QByteArray body = JsonCodec::encode(JsonCodec::toJson(request));
    const std::optional<Result<PatchRequest>> parsed = PatchBodyParser::parse(body, context());
    QVERIFY(parsed.has_value());
    QVERIFY2(parsed->ok(), qPrintable(describe(*parsed)));
    QCOMPARE(parsed->value().items.size(), 1);
    QCOMPARE(parsed->value().items.first().note, note);
    QCOMPARE(parsed->value().items.first().menuItemId, u"çay"_s);
    QCOMPARE(parsed->value().expectedVersion, 3);
}

QTEST_GUILESS_MAIN(TestPatchBodyParser)
#include "tst_patchbodyparser.moc"
