#include "model/ConflictJsonWriter.h"
#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/OrderJsonWriter.h"

#include "SampleLine.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// ConflictJsonWriter writes the very bytes QJsonDocument writes for the same 409, so a client
// reads a stale write's answer as it always did.
class TestConflictJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQt_data();
    void sameBytesAsQt();
    void readsBackAsTheReply();
};

namespace {

// An event with only what every event has.
Event bare(Event::Kind kind, qint64 version)
{
    Event event;
    event.seq = 1000 + version;
    event.orderId = 42;
    event.tableId = u"12"_s;
    event.version = version;
    event.kind = kind;
    event.author = u"ayşe"_s;
    event.at = 1'780'000'002'000 + version;
    return event;
}

// An event with every optional field set.
Event full(Event::Kind kind, qint64 version, const QString& text)
{
    Event event = bare(kind, version);
    event.lineId = u"line-"_s + text;
    event.menuItemId = u"soup-"_s + text;
    event.qty = 3;
    event.prevQty = -1;
    event.seat = 0;
    event.prevSeat = 20;
    event.note = text;
    event.expectedVersion = version - 1;
    event.ticketId = 77;
    event.reason = u"kitchen_error"_s;
    event.approvedBy = u"selin"_s;
    return event;
}

ConflictReply reply(ErrorCode error, const QList<Event>& events = {})
{
    ConflictReply reply;
    reply.error = error;
    reply.message = u"Order 42 changed since version 6; it is at version 9 now."_s;
    reply.current =
        Order{42, u"12"_s,           Order::Status::Open,
              9,  1'780'000'001'000, {sampleLine(u"no onions"_s), sampleLine(u"çay 🍜 \"q\""_s)}};
    reply.events = events;
    return reply;
}

} // namespace

void TestConflictJsonWriter::sameBytesAsQt_data()
{
    QTest::addColumn<ConflictReply>("reply");
    QTest::newRow("version_conflict, no events") << reply(ErrorCode::VersionConflict);
    QTest::newRow("version_conflict, bare events") << reply(
        ErrorCode::VersionConflict,
        {bare(Event::Kind::Add, 7), bare(Event::Kind::Remove, 8), bare(Event::Kind::Close, 9)});
    QList<Event> every;
    for (Event::Kind kind :
         {Event::Kind::Add, Event::Kind::Remove, Event::Kind::Change, Event::Kind::Conflict,
          Event::Kind::Close, Event::Kind::Fire, Event::Kind::Void})
        every.append(full(kind, 7 + every.size(), u"x"_s));
    QTest::newRow("every kind, every field") << reply(ErrorCode::VersionConflict, every);
    QTest::newRow("escapes in events")
        << reply(ErrorCode::VersionConflict,
                 {full(Event::Kind::Change, 7, u"\"q\" \\ \n\t \u0001 ğ 中文 🍜 \u2028"_s),
                  full(Event::Kind::Void, 8, QString(QChar(0xD800)) + u"lone"_s)});
    ConflictReply closed = reply(ErrorCode::OrderClosed, {bare(Event::Kind::Close, 9)});
    closed.current.status = Order::Status::Closed;
    closed.message = u"Order 42 is closed; it takes no more changes."_s;
    QTest::newRow("order_closed") << closed;
    ConflictReply soldOut = reply(ErrorCode::ItemUnavailable, every);
    soldOut.items = QStringList{u"soup-lentil"_s, u"köfte"_s};
    QTest::newRow("item_unavailable: items, not events") << soldOut;
    ConflictReply fired = reply(ErrorCode::LineFired);
    fired.lines = QStringList{u"line-1"_s};
    QTest::newRow("line_fired: lines") << fired;
    ConflictReply voidNeeded = reply(ErrorCode::VoidRequired);
    QTest::newRow("void_required, no lines") << voidNeeded;
    QList<Event> many;
    for (int i = 0; i < 200; ++i)
        many.append(i % 2 ? full(Event::Kind::Add, i, QString::number(i))
                          : bare(Event::Kind::Add, i));
    QTest::newRow("200 events") << reply(ErrorCode::VersionConflict, many);
}

void TestConflictJsonWriter::sameBytesAsQt()
{
    QFETCH(ConflictReply, reply);
    const QByteArray expected = JsonCodec::encode(JsonCodec::toJson(reply));
    QCOMPARE(ConflictJsonWriter::reply(reply), expected);
    // The row's bytes handed in give the same answer as encoding the list again.
    QCOMPARE(ConflictJsonWriter::reply(reply, OrderJsonWriter::lines(reply.current.items)),
             expected);
    QCOMPARE(ConflictJsonWriter::events(reply.events),
             QJsonDocument(JsonCodec::toJson(reply.events)).toJson(QJsonDocument::Compact));
}

void TestConflictJsonWriter::readsBackAsTheReply()
{
    ConflictReply written = reply(ErrorCode::VersionConflict, {full(Event::Kind::Void, 7, u"çay"_s),
                                                               bare(Event::Kind::Add, 8)});
    const Result<ConflictReply> read = JsonDecoder::conflictReplyFromJson(
        QJsonDocument::fromJson(ConflictJsonWriter::reply(written)).object());
    QVERIFY(read.ok());
    QCOMPARE(read.value().events.size(), 2);
    QVERIFY(read.value() == written);
}

QTEST_GUILESS_MAIN(TestConflictJsonWriter)
#include "tst_conflictjsonwriter.moc"
