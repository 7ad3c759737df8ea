#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/OrderJsonWriter.h"

#include "SampleLine.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// OrderJsonWriter writes the very bytes QJsonDocument writes for the same order.
class TestOrderJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQt_data();
    void sameBytesAsQt();
    void readsBackAsTheOrder();
};

namespace {

Order order(const Lines& lines, Order::Status status = Order::Status::Open)
{
    return Order{42, u"12"_s, status, 7, 1'780'000'001'000, lines};
}

} // namespace

void TestOrderJsonWriter::sameBytesAsQt_data()
{
    QTest::addColumn<Order>("order");
    QTest::newRow("empty") << order({});
    QTest::newRow("one line") << order({sampleLine(u"no onions"_s)});
    QTest::newRow("fired") << order({sampleLine({}, Line::State::Fired), sampleLine(u"x"_s)});
    QTest::newRow("closed") << order({sampleLine(u"x"_s)}, Order::Status::Closed);
    QTest::newRow("escapes") << order({sampleLine(u"\"q\" \\ / \b\f\n\r\t \u0001\u001f\u007f"_s)});
    QTest::newRow("NUL") << order({sampleLine(QString(u"a"_s) + QChar(u'\0') + u"b"_s)});
    QTest::newRow("unicode") << order({sampleLine(u"çay ş ğ 中文 🍜 \u2028\u2029 \uffff"_s)});
    QTest::newRow("lone surrogates")
        << order({sampleLine(QString(QChar(0xD800)) + u"x"_s + QChar(0xDC00) + QChar(0xDBFF))});
    QTest::newRow("long note") << order({sampleLine(QString(u"🍜"_s).repeated(200))});
    Lines many;
    for (int i = 0; i < 500; ++i) {
        Line next = sampleLine(u"\"%1\""_s.arg(i));
        next.qty = i % 99 + 1;
        next.addedAt = -i;
        many.append(next);
    }
    QTest::newRow("500 lines") << order(many);
}

void TestOrderJsonWriter::sameBytesAsQt()
{
    QFETCH(Order, order);
    const QByteArray lines = OrderJsonWriter::lines(order.items);
    QCOMPARE(lines, QJsonDocument(JsonCodec::toJson(order.items)).toJson(QJsonDocument::Compact));
    QCOMPARE(OrderJsonWriter::order(order, lines), JsonCodec::encode(JsonCodec::toJson(order)));
    QCOMPARE(OrderJsonWriter::order(order), JsonCodec::encode(JsonCodec::toJson(order)));
    QCOMPARE(OrderJsonWriter::closeReply(order, 9007199254740991),
             JsonCodec::encode(JsonCodec::toJson(CloseReply{order, 9007199254740991})));
    QCOMPARE(OrderJsonWriter::patchBody(order.version, order.items),
             JsonCodec::encode(JsonCodec::toJson(PatchRequest{order.version, order.items})));
}

void TestOrderJsonWriter::readsBackAsTheOrder()
{
    const Order written =
        order({sampleLine(u"çay \"q\" 🍜"_s, Line::State::Fired), sampleLine(u"\n"_s)});
    const Result<Order> read = JsonDecoder::orderFromJson(
        QJsonDocument::fromJson(OrderJsonWriter::order(written)).object());
    QVERIFY(read.ok());
    QVERIFY(read.value() == written);
}

QTEST_GUILESS_MAIN(TestOrderJsonWriter)
#include "tst_orderjsonwriter.moc"
