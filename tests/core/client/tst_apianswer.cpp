#include "client/ApiAnswer.h"
#include "client/PatchReply.h"
#include "model/JsonCodec.h"
#include "ResultCheck.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Result<Order> orderOf(const QJsonObject& object)
{
    return JsonDecoder::orderFromJson(object);
}

QByteArray orderBody(qint64 version)
{
    Order order;
    order.id = 7;
    order.tableId = u"12"_s;
    order.version = version;
    return JsonCodec::encode(JsonCodec::toJson(order));
}

} // namespace

class TestApiAnswer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryAfterIsWholeSeconds_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds"); // -1: none
        QTest::newRow("seconds") << QByteArray("30") << 30;
        QTest::newRow("padded") << QByteArray(" 2 ") << 2;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << -1;
    }
    void retryAfterIsWholeSeconds()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        QCOMPARE(ApiAnswer::retryAfterSeconds(header).value_or(-1), seconds);
    }

    void tooManyRequestsKeepsItsRetryAfter()
    {
        const ApiAnswer answer{429, R"({"error":"too_many_requests","message":"Slow down."})", "3"};
        QVERIFY(ApiAnswer::isRateLimit(answer.body));
        const ApiError error = answer.error();
        QCOMPARE(error.code, ErrorCode::TooManyRequests);
        QCOMPARE(error.retryAfterSeconds, 3);
    }

    void lockoutIsNoRateLimit()
    {
        QVERIFY(!ApiAnswer::isRateLimit(R"({"error":"too_many_attempts","message":"Wait."})"));
        QVERIFY(!ApiAnswer::isRateLimit("not json"));
    }

    void statusWithoutErrorBodyNamesTheStatus()
    {
        const ApiError error = ApiAnswer{418, "<html/>", {}}.error();
        QCOMPARE(error.code, ErrorCode::HttpStatus);
        QVERIFY(error.message.contains(u"418"_s));
    }

    void decodedReadsOnlyA200()
    {
        const Result<Order> ok =
            ApiAnswer::decoded<Order>(ApiAnswer{200, orderBody(4), {}}, orderOf);
        QVERIFY_OK(ok);
        QCOMPARE(ok->version, 4);

        const Result<Order> missing = ApiAnswer::decoded<Order>(
            ApiAnswer{404, R"({"error":"not_found","message":"No such order."})", {}}, orderOf);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);

        const Result<Order> garbled =
            ApiAnswer::decoded<Order>(ApiAnswer{200, "{\"id\":", {}}, orderOf);
        QVERIFY(!garbled);
        QCOMPARE(garbled.error().code, ErrorCode::BadReply);

        const ApiError away{ErrorCode::Unreachable, u"down"_s, {}};
        const Result<Order> none = ApiAnswer::decoded<Order>(Result<ApiAnswer>(away), orderOf);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::Unreachable);
    }

    void guardedWriteAnswersWrittenOrConflict()
    {
        const Result<PatchReply> written =
            ApiAnswer::guarded<PatchReply, Order>(ApiAnswer{200, orderBody(5), {}}, orderOf);
        QVERIFY_OK(written);
        QVERIFY(written->applied());
        QCOMPARE(written->order.version, 5);

        ConflictReply conflict;
        conflict.message = u"Changed meanwhile."_s;
        conflict.current.id = 7;
        conflict.current.tableId = u"12"_s;
        conflict.current.version = 6;
        const Result<PatchReply> refused = ApiAnswer::guarded<PatchReply, Order>(
            ApiAnswer{409, JsonCodec::encode(JsonCodec::toJson(conflict)), {}}, orderOf);
        QVERIFY_OK(refused);
        QVERIFY(!refused->applied());
        QCOMPARE(refused->conflict->error, ErrorCode::VersionConflict);
        QCOMPARE(refused->conflict->current.version, 6);

        const Result<PatchReply> forbidden = ApiAnswer::guarded<PatchReply, Order>(
            ApiAnswer{403, R"({"error":"forbidden","message":"No."})", {}}, orderOf);
        QVERIFY(!forbidden);
        QCOMPARE(forbidden.error().code, ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestApiAnswer)
#include "tst_apianswer.moc"
