#include "model/JsonCodec.h"
#include "model/OrderJsonWriter.h"

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

Line line(const QString& note, Line::State state = Line::State::New)
{
    Line line;
    line.lineId = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;
    line.menuItemId = u"soup-lentil"_s;
    line.qty = 3;
    line.seat = 2;
    line.note = note;
    line.addedBy = u"ayşe"_s;
    line.addedAt = 1'780'000'000'123;
    line.course = 2;
    line.priceCents = 1450;
    line.state = state;
    line.firedAt = state == Line::State::Fired ? 1'780'000'000'999 : 0;
    return line;
}

Order order(const Lines& lines, Order::Status status = Order::Status::Open)
{
    return Order{42, u"12"_s, status, 7, 1'780'000'001'000, lines};
}

} // namespace

void TestOrderJsonWriter::sameBytesAsQt_data()
{
    QTest::addColumn<Order>("order");
    QTest::newRow("empty") << order({});
    QTest::newRow("one line") << order({line(u"no onions"_s)});
    QTest::newRow("fired") << order({line({}, Line::State::Fired), line(u"x"_s)});
    QTest::newRow("closed") << order({line(u"x"_s)}, Order::Status::Closed);
    QTest::newRow("escapes") << order({line(u"\"q\" \\ / \b\f\n\r\t \u0001\u001f\u007f"_s)});
    QTest::newRow("NUL") << order({line(QString(u"a"_s) + QChar(u'\0') + u"b"_s)});
    QTest::newRow("unicode") << order({line(u"çay ş ğ 中文 🍜 \u2028\u2029 \uffff"_s)});
    QTest::newRow("lone surrogates")
        << order({line(QString(QChar(0xD800)) + u"x"_s + QChar(0xDC00) + QChar(0xDBFF))});
    QTest::newRow("long note") << order({line(QString(u"🍜"_s).repeated(200))});
    Lines many;
    for (int i = 0; i < 500; ++i) {
        Line next = line(u"\"%1\""_s.arg(i));
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
    QCOMPARE(OrderJsonWriter::patchBody(order.version, order.items),
             JsonCodec::encode(JsonCodec::toJson(PatchRequest{order.version, order.items})));
}

void TestOrderJsonWriter::readsBackAsTheOrder()
{
    const Order written = order({line(u"çay \"q\" 🍜"_s, Line::State::Fired), line(u"\n"_s)});
    const Result<Order> read =
        JsonCodec::orderFromJson(QJsonDocument::fromJson(OrderJsonWriter::order(written)).object());
    QVERIFY(read.ok());
    QVERIFY(read.value() == written);
}

QTEST_GUILESS_MAIN(TestOrderJsonWriter)
#include "tst_orderjsonwriter.moc"
