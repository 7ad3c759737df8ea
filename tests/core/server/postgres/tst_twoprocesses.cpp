#include "HttpTestClient.h"
#include "PostgresTestServer.h"
#include "ResultCheck.h"
#include "ServerFixture.h"
#include "TablesyncdProcess.h"

#include "merge/Rebase.h"
#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/KitchenCodec.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// Two tablesyncd processes on one PostgreSQL database: the version check holds across them
// (the seed scenario with four writers split over both loses nothing), a write committed
// through one reaches the stream clients of the other within a second, and the same fire sent
// to both at once makes its tickets once, with ids increasing across the two; PATCH, void and
// fire racing on the same orders through both processes never deadlock.
class TestTwoProcesses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fourWritersOnTwoProcesses();
    void streamOnOneSeesWritesThroughTheOther();
    void fireOnBothMakesEachTicketOnce();
    void oneApprovalVoidsOnceOnTwoProcesses();
    void mixedWritesOnTwoProcessesNeverDeadlock();

private:
    Result<QUrl> launch(TablesyncdProcess& daemon, bool seedDemo);
    Result<QByteArray> token(const QUrl& baseUrl, const QString& staff);

    QString m_database;
    TablesyncdProcess m_a;
    TablesyncdProcess m_b;
    QStringList m_menuIds;
};

namespace {

struct Writer
{
    QString staff;
    QByteArray token;
    std::unique_ptr<HttpTestClient> http;
    Lines base;
    Lines draft;
    qint64 version = 0;
    bool landed = false;
};

// The {"type": "order", ...} messages one stream client received, with when they came.
struct StreamLog
{
    QList<QJsonObject> messages;
    QList<qint64> receivedMs;
    QElapsedTimer clock;

    // The first message saying the order reached `version` (or later).
    qsizetype find(qint64 orderId, qint64 version) const
    {
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const QJsonObject& message = messages.at(i);
            if (message.value(u"type"_s).toString() == "order"_L1 &&
                message.value(u"order_id"_s).toInteger() == orderId &&
                message.value(u"version"_s).toInteger() >= version)
                return i;
        }
        return -1;
    }
};

} // namespace

Result<QUrl> TestTwoProcesses::launch(TablesyncdProcess& daemon, bool seedDemo)
{
    // The races below send more requests per login than the default rate allows.
    QStringList arguments{u"--db"_s, m_database, u"--token-rate"_s, u"0"_s};
    if (seedDemo)
        arguments << u"--seed-demo"_s;
    return daemon.start(arguments);
}

Result<QByteArray> TestTwoProcesses::token(const QUrl& baseUrl, const QString& staff)
{
    HttpTestClient http(baseUrl);
    return ServerFixture::token(http, staff);
}

void TestTwoProcesses::initTestCase()
{
    QVERIFY2(!PostgresTestServer::url().isEmpty(),
             "TABLESYNC_TEST_DATABASE must name the test PostgreSQL server");
    Result<QString> created = PostgresTestServer::createDatabase();
    QVERIFY_OK(created);
    m_database = PostgresTestServer::urlOf(created.value());

    // A seeds the venue before B opens it; both then serve the same database.
    QVERIFY_OK(launch(m_a, true));
    QVERIFY_OK(launch(m_b, false));
    QVERIFY(m_a.baseUrl() != m_b.baseUrl());

    Result<QByteArray> manager = token(m_b.baseUrl(), u"selin"_s);
    QVERIFY_OK(manager);
    HttpTestClient http(m_b.baseUrl());
    const HttpReply health = http.get(u"/api/v1/health"_s);
    QCOMPARE(health.json().value(u"store"_s).toString(), u"postgresql"_s);
    const HttpReply menu = http.get(u"/api/v1/menu"_s, manager.value());
    QCOMPARE(menu.status, 200);
    Result<QList<MenuItem>> items = JsonDecoder::menuFromJson(menu.json());
    QVERIFY_OK(items);
    for (const MenuItem& item : items.value())
        m_menuIds.append(item.id);
    QVERIFY(m_menuIds.size() >= 5);
}

void TestTwoProcesses::cleanupTestCase()
{
    m_a.stop();
    m_b.stop();
    const QString name = QUrl(m_database).path().mid(1);
    if (!name.isEmpty())
        QVERIFY_OK(PostgresTestServer::dropDatabase(name));
}

void TestTwoProcesses::fourWritersOnTwoProcesses()
{
    Result<QByteArray> manager = token(m_a.baseUrl(), u"selin"_s);
    QVERIFY_OK(manager);
    HttpTestClient http(m_a.baseUrl());
    const HttpReply tables = http.get(u"/api/v1/tables"_s, manager.value());
    QCOMPARE(tables.status, 200);
    qint64 orderId = 0;
    for (const QJsonValue& table : tables.json().value(u"tables"_s).toArray()) {
        if (table.toObject().value(u"id"_s).toString() == "12"_L1)
            orderId = table.toObject().value(u"order_id"_s).toInteger();
    }
    QVERIFY(orderId > 0);
    const QString path = ServerFixture::orderPath(orderId);

    // A stream client on each process watches the whole scenario.
    StreamLog logs[2];
    QWebSocket streams[2];
    for (int p = 0; p < 2; ++p) {
        StreamLog* log = &logs[p];
        log->clock.start();
        connect(&streams[p], &QWebSocket::textMessageReceived, this, [log](const QString& text) {
            log->messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
            log->receivedMs.append(log->clock.elapsed());
        });
        QUrl streamUrl = p == 0 ? m_a.baseUrl() : m_b.baseUrl();
        streamUrl.setScheme(u"ws"_s);
        streamUrl.setPath(u"/api/v1/stream"_s);
        streamUrl.setQuery(u"token="_s + QString::fromUtf8(manager.value()));
        streams[p].open(streamUrl);
    }
    QTRY_COMPARE_WITH_TIMEOUT(streams[0].state(), QAbstractSocket::ConnectedState, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(streams[1].state(), QAbstractSocket::ConnectedState, 5000);

    // ayse and mehmet on A, elif and can on B, all from version 1.
    std::vector<Writer> writers;
    QMap<QString, QString> authorOf;
    const QStringList waiters = ServerFixture::demoWaiters();
    for (qsizetype w = 0; w < waiters.size(); ++w) {
        Writer writer;
        writer.staff = waiters.at(w);
        const QUrl& baseUrl = w < 2 ? m_a.baseUrl() : m_b.baseUrl();
        Result<QByteArray> waiterToken = token(baseUrl, writer.staff);
        QVERIFY_OK(waiterToken);
        writer.token = waiterToken.value();
        writer.http = std::make_unique<HttpTestClient>(baseUrl);
        writer.version = 1;
        for (int i = 0; i < 5; ++i) {
            const Line line = ServerFixture::newLine(m_menuIds.at(i), 1 + i, i * 4,
                                                     writer.staff + u" #"_s + QString::number(i));
            writer.draft.append(line);
            authorOf.insert(line.lineId, writer.staff);
        }
        writers.push_back(std::move(writer));
    }

    int conflicts = 0;
    qint64 version = 1;
    for (int round = 1; round <= 4; ++round) {
        QList<QNetworkReply*> inFlight;
        QList<Writer*> senders;
        for (Writer& writer : writers) {
            if (writer.landed)
                continue;
            const QByteArray body =
                QJsonDocument(ServerFixture::patchBody(writer.version, writer.draft))
                    .toJson(QJsonDocument::Compact);
            inFlight.append(
                writer.http->start("PATCH", path, body, {HttpTestClient::bearer(writer.token)}));
            senders.append(&writer);
        }
        const QList<HttpReply> replies = HttpTestClient::finishAll(inFlight);
        const HttpReply* winning = nullptr;
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const HttpReply& reply = replies.at(i);
            QVERIFY2(reply.status == 200 || reply.status == 409, reply.describe().constData());
            if (reply.status == 200) {
                QVERIFY2(!winning, qPrintable(u"round %1: a second 200"_s.arg(round)));
                winning = &reply;
                senders.at(i)->landed = true;
            }
        }
        QVERIFY2(winning, qPrintable(u"round %1: no write landed"_s.arg(round)));
        const Result<Order> won = JsonDecoder::orderFromJson(winning->json());
        QVERIFY_OK(won);
        QCOMPARE(won->version, version + 1);
        QCOMPARE(won->items.size(), 5 * round);
        version = won->version;
        for (qsizetype i = 0; i < replies.size(); ++i) {
            if (replies.at(i).status != 409)
                continue;
            ++conflicts;
            Writer& loser = *senders.at(i);
            const Result<ConflictReply> conflict =
                JsonDecoder::conflictReplyFromJson(replies.at(i).json());
            QVERIFY_OK(conflict);
            QCOMPARE(conflict->current.version, version);
            const RebaseDecision decision =
                rebase(loser.base, loser.draft, conflict->current.items);
            QVERIFY(decision.conflicts().isEmpty());
            loser.base = conflict->current.items;
            loser.draft = decision.proposed();
            loser.version = conflict->current.version;
        }
    }
    QCOMPARE(conflicts, 3 + 2 + 1);

    // Nothing lost, four bumps, twenty add events with their authors.
    const HttpReply final = http.get(path, manager.value());
    const Result<Order> order = JsonDecoder::orderFromJson(final.json());
    QVERIFY_OK(order);
    QCOMPARE(order->version, 5);
    QCOMPARE(order->items.size(), 20);
    for (const Line& line : order->items)
        QCOMPARE(line.addedBy, authorOf.value(line.lineId));
    const HttpReply eventsReply = http.get(path + u"/events"_s, manager.value());
    Result<QList<Event>> events =
        JsonDecoder::eventsFromJson(eventsReply.json().value(u"events"_s), u"events"_s);
    QVERIFY_OK(events);
    QMap<QString, QString> added;
    for (const Event& event : events.value()) {
        if (event.kind == Event::Kind::Add)
            added.insert(event.lineId, event.author);
    }
    QCOMPARE(added.size(), 20);
    QCOMPARE(added, authorOf);

    // The last write went through one of the two processes; both streams heard of it.
    QTRY_VERIFY2_WITH_TIMEOUT(logs[0].find(orderId, 5) >= 0, "version 5 not announced on A", 2000);
    QTRY_VERIFY2_WITH_TIMEOUT(logs[1].find(orderId, 5) >= 0, "version 5 not announced on B", 2000);
}

void TestTwoProcesses::streamOnOneSeesWritesThroughTheOther()
{
    Result<QByteArray> onA = token(m_a.baseUrl(), u"selin"_s);
    Result<QByteArray> onB = token(m_b.baseUrl(), u"ayse"_s);
    QVERIFY_OK(onA);
    QVERIFY_OK(onB);

    StreamLog log;
    log.clock.start();
    QWebSocket stream;
    connect(&stream, &QWebSocket::textMessageReceived, this, [&log](const QString& text) {
        log.messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        log.receivedMs.append(log.clock.elapsed());
    });
    QUrl streamUrl = m_a.baseUrl();
    streamUrl.setScheme(u"ws"_s);
    streamUrl.setPath(u"/api/v1/stream"_s);
    streamUrl.setQuery(u"token="_s + QString::fromUtf8(onA.value()));
    stream.open(streamUrl);
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), QAbstractSocket::ConnectedState, 5000);

    HttpTestClient http(m_b.baseUrl());
    const QList<QString> tables{u"3"_s, u"44"_s, u"3"_s};
    for (const QString& tableId : tables) {
        const HttpReply listed = http.get(u"/api/v1/tables"_s, onB.value());
        qint64 orderId = 0;
        qint64 version = 0;
        for (const QJsonValue& table : listed.json().value(u"tables"_s).toArray()) {
            if (table.toObject().value(u"id"_s).toString() == tableId) {
                orderId = table.toObject().value(u"order_id"_s).toInteger();
                version = table.toObject().value(u"version"_s).toInteger();
            }
        }
        QVERIFY(orderId > 0);
        const HttpReply written = http.sendJson(
            "PATCH", ServerFixture::orderPath(orderId),
            ServerFixture::patchBody(version, {ServerFixture::newLine(m_menuIds.at(0))}),
            onB.value());
        QCOMPARE(written.status, 200);
        const qint64 sentAt = log.clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(log.find(orderId, version + 1) >= 0, 1000);
        const qsizetype index = log.find(orderId, version + 1);
        const qint64 latency = log.receivedMs.at(index) - sentAt;
        QVERIFY2(latency <= 1000, qPrintable(u"took %1 ms"_s.arg(latency)));
        QCOMPARE(log.messages.at(index).value(u"table_id"_s).toString(), tableId);
        QCOMPARE(log.messages.at(index).value(u"version"_s).toInteger(), version + 1);
    }
}

void TestTwoProcesses::fireOnBothMakesEachTicketOnce()
{
    Result<QByteArray> onA = token(m_a.baseUrl(), u"ayse"_s);
    Result<QByteArray> onB = token(m_b.baseUrl(), u"mehmet"_s);
    Result<QByteArray> chef = token(m_b.baseUrl(), u"chef"_s);
    QVERIFY_OK(onA);
    QVERIFY_OK(onB);
    QVERIFY_OK(chef);
    HttpTestClient a(m_a.baseUrl());
    HttpTestClient b(m_b.baseUrl());
    qint64 orderId = 0;
    for (const QJsonValue& table :
         a.get(u"/api/v1/tables"_s, onA.value()).json().value(u"tables"_s).toArray()) {
        if (table.toObject().value(u"id"_s).toString() == "21"_L1)
            orderId = table.toObject().value(u"order_id"_s).toInteger();
    }
    QVERIFY(orderId > 0);
    const QString path = ServerFixture::orderPath(orderId);

    QStringList fired;
    for (int round = 1; round <= 8; ++round) {
        const Result<Order> current = JsonDecoder::orderFromJson(a.get(path, onA.value()).json());
        QVERIFY_OK(current);
        Lines lines = current->items;
        lines.append(ServerFixture::newLine(m_menuIds.at(round % 5), round));
        const HttpReply written = a.sendJson(
            "PATCH", path, ServerFixture::patchBody(current->version, lines), onA.value());
        QVERIFY2(written.status == 200, written.describe().constData());
        const qint64 version = written.json().value(u"version"_s).toInteger();
        // Both processes get the same fire at once, as a retried send through another server.
        const QByteArray body = JsonCodec::encode(QJsonObject{{u"expected_version"_s, version}});
        const QList<HttpReply> replies = HttpTestClient::finishAll(
            {a.start("POST", path + u"/fire"_s, body, {HttpTestClient::bearer(onA.value())}),
             b.start("POST", path + u"/fire"_s, body, {HttpTestClient::bearer(onB.value())})});
        int applied = 0;
        for (const HttpReply& reply : replies) {
            QVERIFY2(reply.status == 200 || reply.status == 409, reply.describe().constData());
            if (reply.status != 200) {
                QCOMPARE(reply.errorCode(), ErrorCode::VersionConflict);
                continue;
            }
            ++applied;
            const Result<FireReply> made = KitchenCodec::fireReplyFromJson(reply.json());
            QVERIFY_OK(made);
            QCOMPARE(made->tickets.size(), 1);
            QCOMPARE(made->tickets.first().lines.size(), 1);
            fired.append(made->tickets.first().lines.first().lineId);
        }
        QCOMPARE(applied, 1);
    }

    const HttpReply listed = b.get(u"/api/v1/kitchen/tickets?limit=1000"_s, chef.value());
    QVERIFY2(listed.status == 200, listed.describe().constData());
    const Result<TicketsPage> page = KitchenCodec::ticketsPageFromJson(listed.json());
    QVERIFY_OK(page);
    QHash<QString, int> onTickets;
    qint64 previous = 0;
    for (const Ticket& ticket : page->tickets) {
        QVERIFY(ticket.id > previous);
        previous = ticket.id;
        for (const TicketLine& line : ticket.lines)
            ++onTickets[line.lineId];
    }
    QCOMPARE(fired.size(), 8);
    for (const QString& line : std::as_const(fired))
        QCOMPARE(onTickets.value(line), 1);
}

// One approval sent with two voids at once, through both processes, on two orders (so the
// versions do not decide): the database lets exactly one of them use it.
void TestTwoProcesses::oneApprovalVoidsOnceOnTwoProcesses()
{
    Result<QByteArray> onA = token(m_a.baseUrl(), u"ayse"_s);
    Result<QByteArray> onB = token(m_b.baseUrl(), u"mehmet"_s);
    QVERIFY_OK(onA);
    QVERIFY_OK(onB);
    HttpTestClient a(m_a.baseUrl());
    HttpTestClient b(m_b.baseUrl());
    QHash<QString, qint64> orders;
    for (const QJsonValue& table :
         a.get(u"/api/v1/tables"_s, onA.value()).json().value(u"tables"_s).toArray()) {
        const QString id = table.toObject().value(u"id"_s).toString();
        if (id == "22"_L1 || id == "23"_L1)
            orders.insert(id, table.toObject().value(u"order_id"_s).toInteger());
    }
    QCOMPARE(orders.size(), 2);

    for (int round = 1; round <= 4; ++round) {
        // A fired line on each order, then its void ready to send.
        QList<QByteArray> bodies;
        for (const QString& tableId : {u"22"_s, u"23"_s}) {
            const QString path = ServerFixture::orderPath(orders.value(tableId));
            const Line line = ServerFixture::newLine(m_menuIds.at(round % 5));
            const Result<Order> current =
                JsonDecoder::orderFromJson(a.get(path, onA.value()).json());
            QVERIFY_OK(current);
            Lines lines = current->items;
            lines.append(line);
            HttpReply reply = a.sendJson(
                "PATCH", path, ServerFixture::patchBody(current->version, lines), onA.value());
            QVERIFY2(reply.status == 200, reply.describe().constData());
            const qint64 version = reply.json().value(u"version"_s).toInteger();
            reply = a.sendJson("POST", path + u"/fire"_s,
                               QJsonObject{{u"expected_version"_s, version}}, onA.value());
            QVERIFY2(reply.status == 200, reply.describe().constData());
            const qint64 fired =
                reply.json().value(u"order"_s).toObject().value(u"version"_s).toInteger();
            bodies.append(JsonCodec::encode(QJsonObject{
                {u"expected_version"_s, fired},
                {u"items"_s, JsonCodec::toJson(current->items)},
                {u"voids"_s, QJsonArray{QJsonObject{{u"line_id"_s, line.lineId},
                                                    {u"reason"_s, u"wrong_item"_s},
                                                    {u"approval"_s, u"APPROVAL"_s}}}}}));
        }
        const HttpReply approved = a.sendJson(
            "POST", u"/api/v1/approvals"_s,
            QJsonObject{{u"staff"_s, u"selin"_s}, {u"pin"_s, ServerFixture::demoPin(u"selin"_s)}},
            onA.value());
        QVERIFY2(approved.status == 200, approved.describe().constData());
        const QByteArray approval = approved.json().value(u"approval"_s).toString().toUtf8();
        for (QByteArray& body : bodies)
            body.replace("APPROVAL", approval);

        const QList<HttpReply> replies = HttpTestClient::finishAll(
            {a.start("PATCH", ServerFixture::orderPath(orders.value(u"22"_s)), bodies.at(0),
                     {HttpTestClient::bearer(onA.value()), {"Content-Type", "application/json"}}),
             b.start("PATCH", ServerFixture::orderPath(orders.value(u"23"_s)), bodies.at(1),
                     {HttpTestClient::bearer(onB.value()), {"Content-Type", "application/json"}})});
        int applied = 0;
        for (const HttpReply& reply : replies) {
            QVERIFY2(reply.status == 200 || reply.status == 403, reply.describe().constData());
            if (reply.status == 200)
                ++applied;
            else
                QCOMPARE(reply.errorCode(), ErrorCode::ApprovalRequired);
        }
        QCOMPARE(applied, 1);
    }
}

// PATCH, void and fire of the same orders at once, spread over both processes: every write
// takes the event-log lock before its row lock, so none of them deadlocks (PostgreSQL would
// abort one, a 500); per order and round exactly one lands, and each landed write is in the log.
void TestTwoProcesses::mixedWritesOnTwoProcessesNeverDeadlock()
{
    Result<QByteArray> waiterA = token(m_a.baseUrl(), u"ayse"_s);
    Result<QByteArray> waiterB = token(m_b.baseUrl(), u"mehmet"_s);
    Result<QByteArray> managerA = token(m_a.baseUrl(), u"selin"_s);
    Result<QByteArray> managerB = token(m_b.baseUrl(), u"selin"_s);
    QVERIFY_OK(waiterA);
    QVERIFY_OK(waiterB);
    QVERIFY_OK(managerA);
    QVERIFY_OK(managerB);
    HttpTestClient a(m_a.baseUrl());
    const QStringList tableIds{u"31"_s, u"32"_s, u"33"_s, u"34"_s};
    QList<qint64> orders;
    QHash<qint64, qint64> startVersion;
    for (const QJsonValue& table :
         a.get(u"/api/v1/tables"_s, waiterA.value()).json().value(u"tables"_s).toArray()) {
        if (!tableIds.contains(table.toObject().value(u"id"_s).toString()))
            continue;
        orders.append(table.toObject().value(u"order_id"_s).toInteger());
        startVersion.insert(orders.last(), table.toObject().value(u"version"_s).toInteger());
    }
    QCOMPARE(orders.size(), tableIds.size());

    // One lane (its own connection) per request of a round, so all of them are in flight at once.
    std::vector<std::unique_ptr<HttpTestClient>> lanes;
    for (qsizetype i = 0; i < orders.size() * 3; ++i)
        lanes.push_back(
            std::make_unique<HttpTestClient>(i % 2 == 0 ? m_a.baseUrl() : m_b.baseUrl()));
    const auto tokenOf = [&](qsizetype lane, bool manager) {
        const bool onA = lane % 2 == 0;
        return manager ? (onA ? managerA.value() : managerB.value())
                       : (onA ? waiterA.value() : waiterB.value());
    };

    // What each order's landed writes were: version -> the event kind it must have logged.
    QHash<qint64, QMap<qint64, Event::Kind>> landed;
    int voidsLanded = 0;
    int firesLanded = 0;
    int patchesLanded = 0;
    for (int round = 1; round <= 24; ++round) {
        QList<QNetworkReply*> inFlight;
        struct Sent
        {
            qint64 orderId;
            Event::Kind kind;
        };
        QList<Sent> sent;
        for (qsizetype o = 0; o < orders.size(); ++o) {
            const qint64 orderId = orders.at(o);
            const QString path = ServerFixture::orderPath(orderId);
            // A new line first, so the fire has something to fire.
            const HttpReply read = a.get(path, waiterA.value());
            QVERIFY2(read.status == 200, read.describe().constData());
            Result<Order> current = JsonDecoder::orderFromJson(read.json());
            QVERIFY_OK(current);
            Lines lines = current->items;
            lines.append(ServerFixture::newLine(m_menuIds.at(round % 5), 1));
            const HttpReply added = a.sendJson(
                "PATCH", path, ServerFixture::patchBody(current->version, lines), waiterA.value());
            QVERIFY2(added.status == 200, added.describe().constData());
            current = JsonDecoder::orderFromJson(added.json());
            QVERIFY_OK(current);
            landed[orderId].insert(current->version, Event::Kind::Add);
            const qint64 version = current->version;

            // The lanes of this order alternate between the processes from round to round.
            const qsizetype base = o * 3 + (round % 2);
            Lines more = current->items;
            more.append(ServerFixture::newLine(m_menuIds.at((round + 1) % 5), 2));
            inFlight.append(lanes.at(base)->start(
                "PATCH", path, JsonCodec::encode(ServerFixture::patchBody(version, more)),
                {HttpTestClient::bearer(tokenOf(base, false))}));
            sent.append({orderId, Event::Kind::Add});
            inFlight.append(lanes.at(base + 1)->start(
                "POST", path + u"/fire"_s,
                JsonCodec::encode(QJsonObject{{u"expected_version"_s, version}}),
                {HttpTestClient::bearer(tokenOf(base + 1, false))}));
            sent.append({orderId, Event::Kind::Fire});
            const auto fired = std::find_if(current->items.cbegin(), current->items.cend(),
                                            [](const Line& line) { return line.fired(); });
            if (fired == current->items.cend())
                continue;
            Lines kept = current->items;
            kept.removeAt(fired - current->items.cbegin());
            QJsonObject voidBody = ServerFixture::patchBody(version, kept);
            voidBody.insert(u"voids"_s, QJsonArray{QJsonObject{{u"line_id"_s, fired->lineId},
                                                               {u"reason"_s, u"wrong_item"_s}}});
            const qsizetype voidLane = o * 3 + 2;
            inFlight.append(
                lanes.at(voidLane)->start("PATCH", path, JsonCodec::encode(voidBody),
                                          {HttpTestClient::bearer(tokenOf(voidLane, true))}));
            sent.append({orderId, Event::Kind::Void});
        }
        const QList<HttpReply> replies = HttpTestClient::finishAll(inFlight);
        QHash<qint64, int> wins;
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const HttpReply& reply = replies.at(i);
            QVERIFY2(reply.status == 200 || reply.status == 409,
                     qPrintable(u"round %1: "_s.arg(round) + QString::fromUtf8(reply.describe())));
            if (reply.status == 409) {
                QCOMPARE(reply.errorCode(), ErrorCode::VersionConflict);
                continue;
            }
            const Sent& what = sent.at(i);
            const QJsonObject order = what.kind == Event::Kind::Fire
                                          ? reply.json().value(u"order"_s).toObject()
                                          : reply.json();
            landed[what.orderId].insert(order.value(u"version"_s).toInteger(), what.kind);
            ++wins[what.orderId];
            (what.kind == Event::Kind::Fire   ? firesLanded
             : what.kind == Event::Kind::Void ? voidsLanded
                                              : patchesLanded)++;
        }
        for (const qint64 orderId : std::as_const(orders))
            QVERIFY2(
                wins.value(orderId) == 1,
                qPrintable(u"round %1, order %2: %3 writes landed"_s.arg(round).arg(orderId).arg(
                    wins.value(orderId))));
    }
    // Each kind raced and won somewhere, or the test proved less than it claims.
    QVERIFY(firesLanded > 0);
    QVERIFY(voidsLanded > 0);
    QVERIFY(patchesLanded > 0);

    // Every acknowledged write is in the log with its kind, and nothing else moved the orders.
    for (const qint64 orderId : std::as_const(orders)) {
        const QString path = ServerFixture::orderPath(orderId);
        const HttpReply logged = a.get(path + u"/events"_s, waiterA.value());
        QCOMPARE(logged.status, 200);
        Result<QList<Event>> events =
            JsonDecoder::eventsFromJson(logged.json().value(u"events"_s), u"events"_s);
        QVERIFY_OK(events);
        QMap<qint64, QSet<Event::Kind>> kinds;
        for (const Event& event : events.value())
            kinds[event.version].insert(event.kind);
        const QMap<qint64, Event::Kind>& written = landed.value(orderId);
        for (auto it = written.cbegin(); it != written.cend(); ++it)
            QVERIFY2(
                kinds.value(it.key()).contains(it.value()),
                qPrintable(u"order %1 version %2 is not in the log"_s.arg(orderId).arg(it.key())));
        const Result<Order> final = JsonDecoder::orderFromJson(a.get(path, waiterA.value()).json());
        QVERIFY_OK(final);
        QCOMPARE(final->version, startVersion.value(orderId) + written.size());
    }
}

QTEST_GUILESS_MAIN(TestTwoProcesses)
#include "tst_twoprocesses.moc"
