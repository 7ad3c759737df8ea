#include "JsonWire.h"
#include "ResultCheck.h"

#include "model/ErrorCodeNames.h"
#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/RequestValidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// QCOMPARE prints the JSON of a value when two values differ.
namespace {
char* jsonText(const QJsonObject& object)
{
    return qstrdup(JsonCodec::encode(object).constData());
}
} // namespace

char* toString(const Line& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const Order& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const MenuItem& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const Table& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const Event& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const Staff& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const LoginRequest& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const LoginReply& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const PatchRequest& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const CloseRequest& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const CloseReply& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const ConflictReply& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const EventsPage& v)
{
    return jsonText(JsonCodec::toJson(v));
}
char* toString(const Health& v)
{
    return jsonText(JsonCodec::toJson(v));
}

namespace {

Line lentilSoup()
{
    return Line{u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s,
                u"soup-lentil"_s,
                2,
                3,
                u"no onions"_s,
                u"ayse"_s,
                1'780'000'000'123};
}

Line baklava()
{
    return Line{u"00000000-0000-4000-8000-000000000002"_s,
                u"baklava"_s,
                99,
                0,
                QString(),
                u"mehmet"_s,
                1'780'000'000'456};
}

Line tea()
{
    // Non-ASCII text must survive the UTF-8 round-trip.
    return Line{u"00000000-0000-4000-8000-000000000003"_s, u"çay"_s,  1, 20,
                u"Şekersiz, \"sehr\" heiß \U0001F35C"_s,   u"ayşe"_s, 0};
}

Line firedSoup()
{
    Line line = lentilSoup();
    line.lineId = u"00000000-0000-4000-8000-000000000004"_s;
    line.course = 2;
    line.priceCents = 450;
    line.state = Line::State::Fired;
    line.firedAt = 1'780'000'000'999;
    return line;
}

Order openOrder()
{
    return Order{34, u"12"_s,           Order::Status::Open,
                 7,  1'780'000'001'000, {lentilSoup(), baklava(), tea()}};
}

Order closedOrder()
{
    return Order{35, u"T-3"_s, Order::Status::Closed, 9, 1'780'000'002'000, {baklava()}};
}

Event addEvent()
{
    Event event;
    event.seq = 101;
    event.orderId = 34;
    event.tableId = u"12"_s;
    event.version = 8;
    event.kind = Event::Kind::Add;
    event.lineId = lentilSoup().lineId;
    event.menuItemId = u"soup-lentil"_s;
    event.qty = 2;
    event.note = u"no onions"_s;
    event.author = u"ayse"_s;
    event.at = 1'780'000'000'123;
    return event;
}

Event removeEvent()
{
    Event event = addEvent();
    event.seq = 102;
    event.version = 9;
    event.kind = Event::Kind::Remove;
    event.note.reset();
    return event;
}

Event changeEvent()
{
    Event event = addEvent();
    event.seq = 103;
    event.version = 10;
    event.kind = Event::Kind::Change;
    event.qty = 3;
    event.prevQty = 2;
    event.note = QString();
    return event;
}

Event conflictEvent()
{
    Event event;
    event.seq = 104;
    event.orderId = 34;
    event.tableId = u"12"_s;
    event.version = 10;
    event.kind = Event::Kind::Conflict;
    event.expectedVersion = 7;
    event.author = u"mehmet"_s;
    event.at = 1'780'000'000'999;
    return event;
}

Event closeEvent()
{
    Event event;
    event.seq = 105;
    event.orderId = 34;
    event.tableId = u"12"_s;
    event.version = 11;
    event.kind = Event::Kind::Close;
    event.author = u"manager1"_s;
    event.at = 1'780'000'001'500;
    return event;
}

// The decoders by name, so that one data table covers all of them.
} // namespace

class TestJsonCodec : public QObject
{
    Q_OBJECT

private slots:
    void lineRoundTrip_data();
    void lineRoundTrip();
    void lineKeysAreTheContract();
    void orderRoundTrip_data();
    void orderRoundTrip();
    void orderKeysAreTheContract();
    void menuItemRoundTrip();
    void tableRoundTrip();
    void eventRoundTrip_data();
    void eventRoundTrip();
    void staffRoundTrip_data();
    void staffRoundTrip();
    void loginRequestRoundTrip();
    void loginReplyRoundTrip();
    void patchRequestRoundTrip_data();
    void patchRequestRoundTrip();
    void closeRequestRoundTrip_data();
    void closeRequestRoundTrip();
    void closeReplyRoundTrip();
    void conflictReplyRoundTrip_data();
    void conflictReplyRoundTrip();
    void eventsPageRoundTrip();
    void healthRoundTrip();
    void apiErrorRoundTrip_data();
    void apiErrorRoundTrip();
    void errorCodeWireNames_data();
    void errorCodeWireNames();
    void errorCodeNamesAreDistinct();
    void unknownErrorCodes_data();
    void unknownErrorCodes();
    void olderServersSpellingOfHeadersTooLargeIsUnderstood();
    void menuAndTablesRoundTrip();
    void encodeIsCompactUtf8();
    void names();
};

void TestJsonCodec::lineRoundTrip_data()
{
    QTest::addColumn<Line>("line");
    QTest::newRow("full") << lentilSoup();
    QTest::newRow("empty note, shared seat") << baklava();
    QTest::newRow("non-ascii") << tea();
    QTest::newRow("fired, course 2, priced") << firedSoup();
}

void TestJsonCodec::lineRoundTrip()
{
    QFETCH(Line, line);
    Result<Line> decoded = JsonDecoder::lineFromJson(wire(JsonCodec::toJson(line)));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), line);
}

void TestJsonCodec::lineKeysAreTheContract()
{
    const QJsonObject json = JsonCodec::toJson(lentilSoup());
    QCOMPARE(sortedKeysOf(json),
             sorted({u"line_id"_s, u"menu_item_id"_s, u"qty"_s, u"seat"_s, u"note"_s, u"course"_s,
                     u"added_by"_s, u"added_at"_s, u"price_cents"_s, u"state"_s}));
    QCOMPARE(json.value(u"state"_s).toString(), u"new"_s);
    QCOMPARE(json.value(u"course"_s).toInteger(), 1);
    // fired_at is present once fired, and only then.
    const QJsonObject fired = JsonCodec::toJson(firedSoup());
    QCOMPARE(sortedKeysOf(fired), sorted(sortedKeysOf(json) + QStringList{u"fired_at"_s}));
    QCOMPARE(fired.value(u"state"_s).toString(), u"fired"_s);
    QCOMPARE(fired.value(u"fired_at"_s).toInteger(), 1'780'000'000'999);
    QCOMPARE(fired.value(u"price_cents"_s).toInteger(), 450);
    QCOMPARE(json.value(u"line_id"_s).toString(), lentilSoup().lineId);
    QCOMPARE(json.value(u"qty"_s).toInteger(), 2);
    QCOMPARE(json.value(u"seat"_s).toInteger(), 3);
    QCOMPARE(json.value(u"added_at"_s).toInteger(), 1'780'000'000'123);
    // An empty note is still sent: "note may be empty".
    QCOMPARE(JsonCodec::toJson(baklava()).value(u"note"_s), QJsonValue(QString()));
}

void TestJsonCodec::orderRoundTrip_data()
{
    QTest::addColumn<Order>("order");
    QTest::newRow("open") << openOrder();
    QTest::newRow("closed") << closedOrder();
    QTest::newRow("no lines") << Order{1, u"1"_s, Order::Status::Open, 1, 0, {}};
}

void TestJsonCodec::orderRoundTrip()
{
    QFETCH(Order, order);
    const QJsonObject json = JsonCodec::toJson(order);
    QCOMPARE(json.value(u"status"_s).toString(),
             order.status == Order::Status::Closed ? u"closed"_s : u"open"_s);
    Result<Order> decoded = JsonDecoder::orderFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), order);
}

void TestJsonCodec::orderKeysAreTheContract()
{
    const QJsonObject json = JsonCodec::toJson(openOrder());
    QCOMPARE(sortedKeysOf(json), sorted({u"id"_s, u"table_id"_s, u"status"_s, u"version"_s,
                                         u"updated_at"_s, u"items"_s}));
    QVERIFY(json.value(u"id"_s).isDouble());
    QVERIFY(json.value(u"table_id"_s).isString());
    QCOMPARE(json.value(u"items"_s).toArray().size(), 3);
}

void TestJsonCodec::menuItemRoundTrip()
{
    const MenuItem item{
        u"soup-lentil"_s, u"Mercimek çorbası"_s, u"Starters"_s, 450, u"hot"_s, false};
    const QJsonObject json = JsonCodec::toJson(item);
    QCOMPARE(sortedKeysOf(json), sorted({u"id"_s, u"name"_s, u"category"_s, u"price_cents"_s,
                                         u"station"_s, u"available"_s}));
    QCOMPARE(json.value(u"available"_s), QJsonValue(false));
    Result<MenuItem> decoded = JsonDecoder::menuItemFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), item);

    // An older server sends neither: no station, and the item is available.
    Result<MenuItem> older = JsonDecoder::menuItemFromJson(
        objectFrom(R"({"id": "tea", "name": "Tea", "category": "Drinks", "price_cents": 150})"));
    QVERIFY_OK(older);
    QCOMPARE(older->station, QString());
    QCOMPARE(older->available, true);

    const MenuReply reply{{item}, u"EUR"_s};
    const QJsonObject replyJson = JsonCodec::toJson(reply);
    QCOMPARE(sortedKeysOf(replyJson), sorted({u"items"_s, u"currency"_s}));
    Result<MenuReply> decodedReply = JsonDecoder::menuReplyFromJson(wire(replyJson));
    QVERIFY_OK(decodedReply);
    QCOMPARE(decodedReply.value(), reply);
}

void TestJsonCodec::tableRoundTrip()
{
    const Table table{u"12"_s, u"Table 12"_s, 20, 34, 7, 14, 1'780'000'000'000};
    const QJsonObject json = JsonCodec::toJson(table);
    QCOMPARE(sortedKeysOf(json), sorted({u"id"_s, u"name"_s, u"seats"_s, u"order_id"_s,
                                         u"version"_s, u"item_count"_s, u"updated_at"_s}));
    Result<Table> decoded = JsonDecoder::tableFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), table);
}

void TestJsonCodec::eventRoundTrip_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("keys");

    const QStringList common{u"seq"_s,  u"order_id"_s, u"table_id"_s, u"version"_s,
                             u"kind"_s, u"author"_s,   u"at"_s};
    const QStringList lineKeys{u"line_id"_s, u"menu_item_id"_s, u"qty"_s};
    QTest::newRow("add") << addEvent() << u"add"_s
                         << sorted(common + lineKeys + QStringList{u"note"_s});
    QTest::newRow("remove") << removeEvent() << u"remove"_s << sorted(common + lineKeys);
    QTest::newRow("change") << changeEvent() << u"change"_s
                            << sorted(common + lineKeys + QStringList{u"prev_qty"_s, u"note"_s});
    QTest::newRow("conflict") << conflictEvent() << u"conflict"_s
                              << sorted(common + QStringList{u"expected_version"_s});
    QTest::newRow("close") << closeEvent() << u"close"_s << sorted(common);

    Event seatChange = changeEvent();
    seatChange.seat = 4;
    seatChange.prevSeat = 3;
    QTest::newRow("change of seat")
        << seatChange << u"change"_s
        << sorted(common + lineKeys +
                  QStringList{u"prev_qty"_s, u"note"_s, u"seat"_s, u"prev_seat"_s});
    Event fire = addEvent();
    fire.kind = Event::Kind::Fire;
    fire.seat = 3;
    fire.ticketId = 17;
    QTest::newRow("fire") << fire << u"fire"_s
                          << sorted(common + lineKeys +
                                    QStringList{u"note"_s, u"seat"_s, u"ticket_id"_s});
    Event voided = fire;
    voided.kind = Event::Kind::Void;
    voided.ticketId = 18;
    voided.reason = u"wrong_item"_s;
    voided.approvedBy = u"selin"_s;
    QTest::newRow("void") << voided << u"void"_s
                          << sorted(common + lineKeys +
                                    QStringList{u"note"_s, u"seat"_s, u"ticket_id"_s, u"reason"_s,
                                                u"approved_by"_s});
}

void TestJsonCodec::eventRoundTrip()
{
    QFETCH(Event, event);
    QFETCH(QString, kind);
    QFETCH(QStringList, keys);

    const QJsonObject json = JsonCodec::toJson(event);
    QCOMPARE(json.value(u"kind"_s).toString(), kind);
    // Fields that do not apply to a kind are left out, not sent as null or 0.
    QCOMPARE(sortedKeysOf(json), keys);
    Result<Event> decoded = JsonDecoder::eventFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), event);
}

void TestJsonCodec::staffRoundTrip_data()
{
    QTest::addColumn<Staff>("staff");
    QTest::addColumn<QString>("role");
    QTest::newRow("waiter") << Staff{u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter} << u"waiter"_s;
    QTest::newRow("manager") << Staff{u"olga"_s, u"Ольга"_s, Staff::Role::Manager} << u"manager"_s;
    QTest::newRow("kitchen") << Staff{u"chef"_s, u"Chef"_s, Staff::Role::Kitchen} << u"kitchen"_s;
}

void TestJsonCodec::staffRoundTrip()
{
    QFETCH(Staff, staff);
    QFETCH(QString, role);
    const QJsonObject json = JsonCodec::toJson(staff);
    QCOMPARE(sortedKeysOf(json), sorted({u"id"_s, u"name"_s, u"role"_s}));
    QCOMPARE(json.value(u"role"_s).toString(), role);
    Result<Staff> decoded = JsonDecoder::staffFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), staff);
}

void TestJsonCodec::loginRequestRoundTrip()
{
    // The server reads requests through the RequestValidator, so that is the way back.
    const LoginRequest request{u"ayse"_s, u"1234"_s};
    const QJsonObject json = JsonCodec::toJson(request);
    QCOMPARE(sortedKeysOf(json), sorted({u"staff"_s, u"pin"_s}));
    Result<LoginRequest> decoded = RequestValidator::login(JsonCodec::encode(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), request);
}

void TestJsonCodec::loginReplyRoundTrip()
{
    const LoginReply reply{u"opaque-token"_s, Staff{u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter},
                           1'780'000'900'000};
    const QJsonObject json = JsonCodec::toJson(reply);
    QCOMPARE(sortedKeysOf(json), sorted({u"token"_s, u"staff"_s, u"expires_at"_s}));
    QVERIFY(json.value(u"staff"_s).isObject());
    Result<LoginReply> decoded = JsonDecoder::loginReplyFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), reply);
}

void TestJsonCodec::patchRequestRoundTrip_data()
{
    QTest::addColumn<PatchRequest>("request");
    QTest::addColumn<bool>("hasVersion");

    // added_by / added_at are ignored on input, so the lines carry none.
    Line soup = lentilSoup();
    soup.addedBy.clear();
    soup.addedAt = 0;
    Line sweet = tea();
    sweet.addedBy.clear();
    QTest::newRow("with expected_version") << PatchRequest{7, {soup, sweet}} << true;
    QTest::newRow("without expected_version") << PatchRequest{std::nullopt, {soup}} << false;
    QTest::newRow("empty list") << PatchRequest{12, {}} << true;
}

void TestJsonCodec::patchRequestRoundTrip()
{
    QFETCH(PatchRequest, request);
    QFETCH(bool, hasVersion);

    const QJsonObject json = JsonCodec::toJson(request);
    QCOMPARE(json.contains(u"expected_version"_s), hasVersion);
    QVERIFY(json.value(u"items"_s).isArray());
    const QSet<QString> menu{u"soup-lentil"_s, u"çay"_s};
    Result<PatchRequest> decoded = RequestValidator::patch(JsonCodec::encode(json), {&menu, 20});
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), request);
}

void TestJsonCodec::closeRequestRoundTrip_data()
{
    QTest::addColumn<CloseRequest>("request");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("with expected_version") << CloseRequest{8} << QStringList{u"expected_version"_s};
    QTest::newRow("without") << CloseRequest{} << QStringList{};
}

void TestJsonCodec::closeRequestRoundTrip()
{
    QFETCH(CloseRequest, request);
    QFETCH(QStringList, keys);
    const QJsonObject json = JsonCodec::toJson(request);
    QCOMPARE(sortedKeysOf(json), keys);
    Result<CloseRequest> decoded = RequestValidator::close(JsonCodec::encode(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), request);
}

void TestJsonCodec::closeReplyRoundTrip()
{
    const CloseReply reply{closedOrder(), 36};
    const QJsonObject json = JsonCodec::toJson(reply);
    QCOMPARE(sortedKeysOf(json), sorted({u"order"_s, u"next_order_id"_s}));
    Result<CloseReply> decoded = JsonDecoder::closeReplyFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), reply);
}

void TestJsonCodec::conflictReplyRoundTrip_data()
{
    QTest::addColumn<ConflictReply>("reply");
    QTest::addColumn<QString>("listKey");
    QTest::newRow("version_conflict")
        << ConflictReply{ErrorCode::VersionConflict,
                         u"Someone changed this order."_s,
                         openOrder(),
                         {addEvent(), changeEvent(), removeEvent(), conflictEvent()}}
        << u"events"_s;
    QTest::newRow("order_closed") << ConflictReply{ErrorCode::OrderClosed,
                                                   u"The order was closed."_s,
                                                   closedOrder(),
                                                   {closeEvent()}}
                                  << u"events"_s;
    QTest::newRow("no events")
        << ConflictReply{ErrorCode::VersionConflict, u"Stale."_s, openOrder(), {}} << u"events"_s;
    QTest::newRow("item_unavailable") << ConflictReply{ErrorCode::ItemUnavailable,
                                                       u"Sold out."_s,
                                                       openOrder(),
                                                       {},
                                                       QStringList{u"lamb-shank"_s, u"tea"_s},
                                                       {}}
                                      << u"items"_s;
    QTest::newRow("line_fired") << ConflictReply{ErrorCode::LineFired,
                                                 u"Fired lines never change."_s,
                                                 openOrder(),
                                                 {},
                                                 {},
                                                 QStringList{firedSoup().lineId}}
                                << u"lines"_s;
}

void TestJsonCodec::conflictReplyRoundTrip()
{
    QFETCH(ConflictReply, reply);
    QFETCH(QString, listKey);
    const QJsonObject json = JsonCodec::toJson(reply);
    QCOMPARE(sortedKeysOf(json), sorted({u"error"_s, u"message"_s, u"current"_s, listKey}));
    Result<ConflictReply> decoded = JsonDecoder::conflictReplyFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), reply);
    // A 409 is also an error reply that any client can read.
    const std::optional<ApiError> error = JsonDecoder::errorFromJson(json);
    QVERIFY(error.has_value());
    QCOMPARE(error->code, reply.error);
}

void TestJsonCodec::eventsPageRoundTrip()
{
    const EventsPage page{{addEvent(), removeEvent(), changeEvent(), conflictEvent(), closeEvent()},
                          105};
    const QJsonObject json = JsonCodec::toJson(page);
    QCOMPARE(sortedKeysOf(json), sorted({u"events"_s, u"next"_s}));
    Result<EventsPage> decoded = JsonDecoder::eventsPageFromJson(wire(json));
    QVERIFY_OK(decoded);
    QCOMPARE(decoded.value(), page);

    const EventsPage empty{{}, 17};
    Result<EventsPage> decodedEmpty =
        JsonDecoder::eventsPageFromJson(wire(JsonCodec::toJson(empty)));
    QVERIFY(decodedEmpty.ok());
    QCOMPARE(decodedEmpty.value(), empty);
}

void TestJsonCodec::healthRoundTrip()
{
    for (const Health& health :
         {Health{u"ok"_s, u"sqlite"_s, 1}, Health{u"ok"_s, u"postgresql"_s, 1}}) {
        const QJsonObject json = JsonCodec::toJson(health);
        QCOMPARE(sortedKeysOf(json), sorted({u"status"_s, u"store"_s, u"api"_s}));
        QCOMPARE(json.value(u"api"_s).toInteger(), 1);
        Result<Health> decoded = JsonDecoder::healthFromJson(wire(json));
        QVERIFY_OK(decoded);
        QCOMPARE(decoded.value(), health);
    }
}

void TestJsonCodec::apiErrorRoundTrip_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("invalid_request") << ErrorCode::InvalidRequest << u"invalid_request"_s
                                     << u"items[3].qty must be 1 to 99."_s << u"items[3].qty"_s;
    QTest::newRow("no field") << ErrorCode::Unauthorized << u"unauthorized"_s << u"Log in again."_s
                              << QString();
}

void TestJsonCodec::apiErrorRoundTrip()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, name);
    QFETCH(QString, message);
    QFETCH(QString, field);

    const QJsonObject json = JsonCodec::toJson(ApiError{code, message, field});
    QCOMPARE(json.value(u"error"_s).toString(), name);
    QCOMPARE(json.value(u"message"_s).toString(), message);
    QCOMPARE(json.contains(u"field"_s), !field.isEmpty());
    const std::optional<ApiError> decoded = JsonDecoder::errorFromJson(wire(json));
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->code, code);
    QCOMPARE(decoded->message, message);
    QCOMPARE(decoded->field, field);
}

void TestJsonCodec::errorCodeWireNames_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("name");
    // The contract's codes, spelled out: these bytes are api-v1.
    const QList<std::pair<ErrorCode, QString>> contract{
        {ErrorCode::InvalidCredentials, u"invalid_credentials"_s},
        {ErrorCode::TooManyAttempts, u"too_many_attempts"_s},
        {ErrorCode::Unauthorized, u"unauthorized"_s},
        {ErrorCode::Forbidden, u"forbidden"_s},
        {ErrorCode::NotFound, u"not_found"_s},
        {ErrorCode::MethodNotAllowed, u"method_not_allowed"_s},
        {ErrorCode::PreconditionRequired, u"precondition_required"_s},
        {ErrorCode::VersionConflict, u"version_conflict"_s},
        {ErrorCode::OrderClosed, u"order_closed"_s},
        {ErrorCode::InvalidRequest, u"invalid_request"_s},
        {ErrorCode::ItemUnavailable, u"item_unavailable"_s},
        {ErrorCode::LineFired, u"line_fired"_s},
        {ErrorCode::VoidRequired, u"void_required"_s},
        {ErrorCode::ApprovalRequired, u"approval_required"_s},
        {ErrorCode::PayloadTooLarge, u"payload_too_large"_s},
        {ErrorCode::UnsupportedMediaType, u"unsupported_media_type"_s},
        {ErrorCode::RequestTimeout, u"request_timeout"_s},
        {ErrorCode::TooManyRequests, u"too_many_requests"_s},
        {ErrorCode::HeadersTooLarge, u"headers_too_large"_s},
        {ErrorCode::ServiceUnavailable, u"service_unavailable"_s},
        {ErrorCode::StoreUnavailable, u"store_unavailable"_s},
        {ErrorCode::UpgradeRequired, u"upgrade_required"_s},
        {ErrorCode::InternalError, u"internal_error"_s},
    };
    for (const auto& [code, name] : contract)
        QTest::newRow(qPrintable(name)) << code << name;
    // Every other code: whatever its name, it must be its own.
    for (const ErrorCode code : ErrorCodeNames::all()) {
        if (int(code) >= int(ErrorCode::NotOpen))
            QTest::newRow(qPrintable(ErrorCodeNames::wireName(code)))
                << code << ErrorCodeNames::wireName(code);
    }
}

void TestJsonCodec::errorCodeWireNames()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, name);
    QCOMPARE(ErrorCodeNames::wireName(code), name);
    QCOMPARE(ErrorCodeNames::fromWire(name), code);
    QVERIFY(name != u"unknown"_s);
    const QJsonObject json = JsonCodec::toJson(ApiError{code, u"m"_s, {}});
    QCOMPARE(json.value(u"error"_s).toString(), name);
    const std::optional<ApiError> decoded = JsonDecoder::errorFromJson(wire(json));
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->code, code);
    QVERIFY(decoded->unknownCode.isEmpty());
}

void TestJsonCodec::errorCodeNamesAreDistinct()
{
    QSet<QString> names;
    for (const ErrorCode code : ErrorCodeNames::all())
        names.insert(ErrorCodeNames::wireName(code));
    QCOMPARE(names.size(), ErrorCodeNames::all().size());
    QCOMPARE(ErrorCodeNames::all().size(), int(ErrorCode::Unknown));
}

void TestJsonCodec::unknownErrorCodes_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("a newer server's code") << u"kitchen_on_fire"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("case differs") << u"NOT_FOUND"_s;
    QTest::newRow("the enum's own name") << u"NotFound"_s;
}

void TestJsonCodec::unknownErrorCodes()
{
    QFETCH(QString, name);
    QCOMPARE(ErrorCodeNames::fromWire(name), ErrorCode::Unknown);
    const QJsonObject json{{u"error"_s, name}, {u"message"_s, u"m"_s}};
    const std::optional<ApiError> decoded = JsonDecoder::errorFromJson(wire(json));
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->code, ErrorCode::Unknown);
    QCOMPARE(decoded->unknownCode, name);
    // Passed on (a log, a proxy) it keeps the server's spelling.
    QCOMPARE(JsonCodec::toJson(*decoded).value(u"error"_s).toString(), name);
}

void TestJsonCodec::olderServersSpellingOfHeadersTooLargeIsUnderstood()
{
    QCOMPARE(ErrorCodeNames::fromWire(u"request_header_fields_too_large"),
             ErrorCode::HeadersTooLarge);
}

void TestJsonCodec::menuAndTablesRoundTrip()
{
    const QList<MenuItem> menu{{u"soup-lentil"_s, u"Lentil soup"_s, u"Starters"_s, 450},
                               {u"tea"_s, u"Tea"_s, u"Drinks"_s, 150}};
    QJsonArray items;
    for (const MenuItem& item : menu)
        items.append(JsonCodec::toJson(item));
    Result<QList<MenuItem>> decodedMenu =
        JsonDecoder::menuFromJson(wire(QJsonObject{{u"items"_s, items}}));
    QVERIFY_OK(decodedMenu);
    QCOMPARE(decodedMenu.value(), menu);

    const QList<Table> tables{{u"12"_s, u"Table 12"_s, 20, 34, 7, 14, 5},
                              {u"13"_s, u"Table 13"_s, 4, 35, 1, 0, 6}};
    QJsonArray tableArray;
    for (const Table& table : tables)
        tableArray.append(JsonCodec::toJson(table));
    Result<QList<Table>> decodedTables =
        JsonDecoder::tablesFromJson(wire(QJsonObject{{u"tables"_s, tableArray}}));
    QVERIFY_OK(decodedTables);
    QCOMPARE(decodedTables.value(), tables);
}

void TestJsonCodec::encodeIsCompactUtf8()
{
    const QByteArray bytes =
        JsonCodec::encode(JsonCodec::toJson(Staff{u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter}));
    QVERIFY(!bytes.contains('\n'));
    QVERIFY(!bytes.contains(": "));
    QVERIFY(bytes.contains("Ay\xC5\x9F"
                           "e"));
}

void TestJsonCodec::names()
{
    for (Event::Kind kind : {Event::Kind::Add, Event::Kind::Remove, Event::Kind::Change,
                             Event::Kind::Conflict, Event::Kind::Close}) {
        QVERIFY(JsonCodec::kindFromName(JsonCodec::kindName(kind)) == kind);
    }
    QCOMPARE(JsonCodec::kindName(Event::Kind::Conflict), u"conflict"_s);
    QVERIFY(!JsonCodec::kindFromName(u"Add"_s).has_value());
    QVERIFY(JsonCodec::roleFromName(u"manager"_s) == Staff::Role::Manager);
    QVERIFY(JsonCodec::roleFromName(u"waiter"_s) == Staff::Role::Waiter);
    QVERIFY(!JsonCodec::roleFromName(u"Manager"_s).has_value());
    QVERIFY(!JsonCodec::roleFromName(QString()).has_value());
}

QTEST_APPLESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
