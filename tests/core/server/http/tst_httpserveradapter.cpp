#include "http/AnswerGate.h"
#include "http/HttpServerAdapter.h"

#include "HttpTestClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWebSocket>

#include <any>
#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// A gate that each answered request shuts (as a write does) and that the test opens by hand,
// or fails to open when told to.
class HandOpenedGate : public AnswerGate
{
public:
    std::optional<quint64> ticketNow() const override
    {
        return m_shut ? std::optional<quint64>(1) : std::nullopt;
    }
    void openSoon() override { askedToOpen = m_shut; }
    void open()
    {
        m_shut = false;
        emit opened(1, failure);
    }

    void shut() { m_shut = true; }

    bool askedToOpen = false;
    std::optional<ApiError> failure;

private:
    bool m_shut = false;
};

// A gate whose tickets the test sets and opens by hand: each answer waits for the ticket in
// force when it was computed.
class TicketGate : public AnswerGate
{
public:
    std::optional<quint64> ticketNow() const override { return ticket; }
    void openSoon() override {}
    void open(quint64 upTo) { emit opened(upTo, std::nullopt); }

    std::optional<quint64> ticket;
};

} // namespace

// HttpServerAdapter::holdAnswersFor: no answer leaves while its gate is shut, on every Qt.
class TestHttpServerAdapter : public QObject
{
    Q_OBJECT
private slots:
    void answerLeavesOnlyAfterTheGateOpens_data();
    void answerLeavesOnlyAfterTheGateOpens();
    void withoutAGateAnswersAtOnce_data();
    void withoutAGateAnswersAtOnce();
    void answersLeaveWhenTheirTicketOpens_data();
    void answersLeaveWhenTheirTicketOpens();
    void bodiesAreReadAheadOffTheHandlersThread_data();
    void bodiesAreReadAheadOffTheHandlersThread();
    void upgradesAskTheVerifierOnce_data();
    void upgradesAskTheVerifierOnce();

private:
    // Starts `server` on loopback and sends it one GET.
    QNetworkReply* get(HttpServerAdapter& server);
    // Every test runs with HTTP on its own thread and on the handler's.
    static void addThreadingColumn();
    // A row named for where HTTP runs, its first column filled; the others follow with <<.
    static QTestData& threadingRow(const char* name, bool ownThread);
    static void addThreadingRows(const char* name);

    QNetworkAccessManager m_network;
};

QNetworkReply* TestHttpServerAdapter::get(HttpServerAdapter& server)
{
    Result<quint16> port = server.listenOn(QHostAddress::LocalHost, 0);
    if (!port.ok())
        return nullptr;
    return m_network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/x"_s.arg(port.value()))));
}

void TestHttpServerAdapter::addThreadingColumn()
{
    QTest::addColumn<bool>("ownThread");
}

QTestData& TestHttpServerAdapter::threadingRow(const char* name, bool ownThread)
{
    return QTest::newRow(
               QByteArray(name).append(ownThread ? ", HTTP thread" : ", one thread").constData())
           << ownThread;
}

void TestHttpServerAdapter::addThreadingRows(const char* name)
{
    for (const bool own : {true, false})
        threadingRow(name, own);
}

void TestHttpServerAdapter::answerLeavesOnlyAfterTheGateOpens_data()
{
    addThreadingColumn();
    QTest::addColumn<bool>("gateFails");
    QTest::addColumn<int>("status");
    for (const bool own : {true, false}) {
        threadingRow("gate opens", own) << false << 200;
        threadingRow("gate fails: the failure answer leaves instead", own) << true << 503;
    }
}

void TestHttpServerAdapter::answerLeavesOnlyAfterTheGateOpens()
{
    QFETCH(bool, gateFails);
    QFETCH(int, status);
    QFETCH(bool, ownThread);

    HandOpenedGate gate;
    if (gateFails)
        gate.failure = ApiError{ErrorCode::StoreUnavailable, u"gone"_s, {}};
    HttpServerAdapter server(ConnectionLimits{}, [&gate](const HttpRequest&) {
        gate.shut(); // the handler's write waits for its commit
        return HttpResponse::json(200, "{}");
    });
    server.holdAnswersFor(gate,
                          [](const ApiError& error) { return HttpResponse::error(503, error); });
    server.setOwnThread(ownThread);
    QSignalSpy served(&server, &HttpServerAdapter::served);

    std::unique_ptr<QNetworkReply> reply(get(server));
    QVERIFY(reply);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QTRY_VERIFY(gate.askedToOpen);
    // Answered and asked to open, the gate still shut: nothing may reach the client.
    QVERIFY(!finished.wait(300));
    QVERIFY(served.isEmpty());
    gate.open();
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    // The request log hears of it too, with the status the client got.
    QTRY_COMPARE(served.size(), 1);
    QCOMPARE(served.first().at(2).toInt(), status);
}

void TestHttpServerAdapter::withoutAGateAnswersAtOnce_data()
{
    addThreadingColumn();
    addThreadingRows("no gate");
}

void TestHttpServerAdapter::withoutAGateAnswersAtOnce()
{
    QFETCH(bool, ownThread);
    HttpServerAdapter server(ConnectionLimits{}, [](const HttpRequest& request) {
        return HttpResponse::json(request.path == "/x"_L1 ? 200 : 404, "{}");
    });
    server.setOwnThread(ownThread);
    std::unique_ptr<QNetworkReply> reply(get(server));
    QVERIFY(reply);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArray("{}"));
}

void TestHttpServerAdapter::answersLeaveWhenTheirTicketOpens_data()
{
    addThreadingColumn();
    addThreadingRows("two groups");
}

void TestHttpServerAdapter::answersLeaveWhenTheirTicketOpens()
{
    QFETCH(bool, ownThread);
    TicketGate gate;
    // The first request's write is in group 1, the second's in group 2.
    HttpServerAdapter server(ConnectionLimits{}, [&gate](const HttpRequest& request) {
        gate.ticket = request.path == "/first"_L1 ? 1 : 2;
        return HttpResponse::json(200, "{}");
    });
    server.holdAnswersFor(gate,
                          [](const ApiError& error) { return HttpResponse::error(503, error); });
    server.setOwnThread(ownThread);
    Result<quint16> port = server.listenOn(QHostAddress::LocalHost, 0);
    QVERIFY(port.ok());
    const QString base = u"http://127.0.0.1:%1"_s.arg(port.value());
    QSignalSpy served(&server, &HttpServerAdapter::served);

    std::unique_ptr<QNetworkReply> first(m_network.get(QNetworkRequest(QUrl(base + u"/first"_s))));
    QSignalSpy firstDone(first.get(), &QNetworkReply::finished);
    QTRY_VERIFY(gate.ticket == 1u);
    std::unique_ptr<QNetworkReply> second(
        m_network.get(QNetworkRequest(QUrl(base + u"/second"_s))));
    QSignalSpy secondDone(second.get(), &QNetworkReply::finished);
    QTRY_VERIFY(gate.ticket == 2u);
    QVERIFY(served.isEmpty());

    // Group 1 is durable: only the first answer may leave.
    gate.ticket.reset();
    gate.open(1);
    QVERIFY(firstDone.wait(10000));
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QTRY_COMPARE(served.size(), 1);
    QVERIFY(secondDone.isEmpty());

    gate.open(2);
    QVERIFY(secondDone.wait(10000));
    QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QTRY_COMPARE(served.size(), 2);
}

void TestHttpServerAdapter::bodiesAreReadAheadOffTheHandlersThread_data()
{
    addThreadingColumn();
    addThreadingRows("read ahead");
}

void TestHttpServerAdapter::bodiesAreReadAheadOffTheHandlersThread()
{
    QFETCH(bool, ownThread);
    // What the HTTP thread read reaches the handler with its request, and only the handler
    // runs on the thread that owns the database.
    std::atomic<QThread*> readOn = nullptr;
    QThread* handledOn = nullptr;
    QString seen;
    HttpServerAdapter server(ConnectionLimits{}, [&](const HttpRequest& request) {
        handledOn = QThread::currentThread();
        const auto* read = std::any_cast<QString>(&request.readAhead);
        seen = read ? *read : u"nothing read ahead"_s;
        return HttpResponse::json(200, "{}");
    });
    server.setOwnThread(ownThread);
    server.setReadAhead([&readOn](HttpRequest& request) {
        readOn = QThread::currentThread();
        request.readAhead = QString::fromUtf8(request.body).toUpper();
    });
    Result<quint16> port = server.listenOn(QHostAddress::LocalHost, 0);
    QVERIFY(port.ok());
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/x"_s.arg(port.value())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/plain"_s);
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, "table 12"));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(seen, u"TABLE 12"_s);
    QCOMPARE(handledOn, QThread::currentThread());
    QCOMPARE(readOn.load() != QThread::currentThread(), ownThread);
}

void TestHttpServerAdapter::upgradesAskTheVerifierOnce_data()
{
    addThreadingColumn();
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    for (const bool own : {true, false}) {
        threadingRow("let through", own) << QByteArray("/open") << 101;
        threadingRow("refused", own) << QByteArray("/closed") << 401;
    }
}

void TestHttpServerAdapter::upgradesAskTheVerifierOnce()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(bool, ownThread);
    // Each ask is a blocking round trip from the HTTP thread: a refusal is decided once and
    // that very answer is written.
    int asked = 0;
    int handed = 0;
    HttpServerAdapter server(ConnectionLimits{},
                             [](const HttpRequest&) { return HttpResponse::json(404, "{}"); });
    server.setUpgradeHandler(
        [&asked](const HttpRequest& request) -> std::optional<HttpResponse> {
            ++asked;
            if (request.path == "/open"_L1)
                return std::nullopt;
            return HttpResponse::json(401, R"({"error":"unauthorized"})");
        },
        [&handed](std::unique_ptr<QWebSocket> socket) {
            ++handed;
            socket.release()->deleteLater();
        });
    server.setOwnThread(ownThread);
    QSignalSpy served(&server, &HttpServerAdapter::served);
    Result<quint16> port = server.listenOn(QHostAddress::LocalHost, 0);
    QVERIFY(port.ok());

    const HttpReply reply = HttpTestClient::sendRaw(
        QHostAddress::LocalHost, port.value(),
        "GET " + path +
            " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QVERIFY2(reply.status == status, reply.describe().constData());
    QCOMPARE(asked, 1);
    if (status == 101) {
        QTRY_COMPARE(handed, 1);
    } else {
        QCOMPARE(reply.body, QByteArray(R"({"error":"unauthorized"})"));
        // A refusal is logged like an answer.
        QTRY_COMPARE(served.size(), 1);
        QCOMPARE(served.first().at(2).toInt(), 401);
        QCOMPARE(handed, 0);
    }
}

QTEST_GUILESS_MAIN(TestHttpServerAdapter)
#include "tst_httpserveradapter.moc"
