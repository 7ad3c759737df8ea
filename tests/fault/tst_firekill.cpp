#include "ResultCheck.h"
#include "ServerFixture.h"
#include "ServerProcess.h"
#include "TcpFaultProxy.h"

#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/KitchenCodec.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

Result<Table> readTable(HttpTestClient& http, const QString& tableId, const QByteArray& token)
{
    const HttpReply reply = http.get(u"/api/v1/tables"_s, token);
    if (reply.status != 200)
        return unexpectedReply(u"GET tables"_s, reply);
    const Result<QList<Table>> tables = JsonDecoder::tablesFromJson(reply.json());
    if (!tables)
        return tables.error();
    for (const Table& table : tables.value()) {
        if (table.id == tableId)
            return table;
    }
    return ApiError{ErrorCode::NotFound, u"no table "_s + tableId, {}};
}

Result<Order> readOrder(HttpTestClient& http, qint64 orderId, const QByteArray& token)
{
    const HttpReply reply = http.get(ServerFixture::orderPath(orderId), token);
    if (reply.status != 200)
        return unexpectedReply(u"GET order"_s, reply);
    return JsonDecoder::orderFromJson(reply.json());
}

// What the writers were told: the lines each acknowledged fire fired, and its tickets.
struct Acknowledged
{
    QSet<QString> firedLines;
    QList<QList<qint64>> ticketIdsByRound; // in the order the replies came, per server life
};

// One waiter that adds two lines to its table and fires them, over and over, through the
// proxy; every failure (no answer, a dropped reply, a 409) is met by reading the order again,
// as a tablet's outbox would.
class FiringWriter : public QObject
{
public:
    FiringWriter(QNetworkAccessManager& network, quint16 port, QByteArray token, qint64 orderId,
                 Acknowledged& acknowledged)
        : m_network(network)
        , m_port(port)
        , m_token(std::move(token))
        , m_orderId(orderId)
        , m_acknowledged(acknowledged)
    {}

    void start() { read(); }
    void stop() { m_stopped = true; }
    bool idle() const { return !m_busy; }
    int fires() const { return m_fires; }
    void setRound(int round) { m_round = round; }

private:
    QNetworkReply* send(const QByteArray& method, const QString& path, const QByteArray& body)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v1%2"_s.arg(m_port).arg(path)));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setTransferTimeout(3000);
        m_busy = true;
        return body.isNull() ? m_network.sendCustomRequest(request, method)
                             : m_network.sendCustomRequest(request, method, body);
    }

    void next(const std::function<void()>& step)
    {
        m_busy = false;
        if (!m_stopped)
            step();
    }

    void read()
    {
        QNetworkReply* reply = send("GET", u"/orders/%1"_s.arg(m_orderId), QByteArray());
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const Result<Order> order =
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200
                    ? JsonDecoder::orderFromJson(QJsonDocument::fromJson(reply->readAll()).object())
                    : Result<Order>(ApiError{ErrorCode::Unreachable, {}, {}});
            next([this, order] {
                if (!order)
                    return retryLater();
                m_order = order.value();
                add();
            });
        });
    }

    void retryLater()
    {
        m_busy = true;
        QTimer::singleShot(50, this, [this] { next([this] { read(); }); });
    }

    void add()
    {
        Lines lines = m_order.items;
        for (int i = 0; i < 2; ++i) {
            Line line;
            line.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            line.menuItemId = i == 0 ? u"soup-lentil"_s : u"drink-water"_s;
            lines.append(line);
        }
        const QByteArray body =
            JsonCodec::encode(JsonCodec::toJson(PatchRequest{m_order.version, lines}));
        QNetworkReply* reply = send("PATCH", u"/orders/%1"_s.arg(m_orderId), body);
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const bool ok =
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            const Result<Order> order =
                ok ? JsonDecoder::orderFromJson(QJsonDocument::fromJson(reply->readAll()).object())
                   : Result<Order>(ApiError{ErrorCode::Unreachable, {}, {}});
            next([this, order] {
                if (!order)
                    return read();
                m_order = order.value();
                fire();
            });
        });
    }

    void fire()
    {
        const QByteArray body =
            JsonCodec::encode(QJsonObject{{u"expected_version"_s, m_order.version}});
        QNetworkReply* reply = send("POST", u"/orders/%1/fire"_s.arg(m_orderId), body);
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const bool ok =
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            const Result<FireReply> fired =
                ok ? KitchenCodec::fireReplyFromJson(
                         QJsonDocument::fromJson(reply->readAll()).object())
                   : Result<FireReply>(ApiError{ErrorCode::Unreachable, {}, {}});
            if (fired) {
                ++m_fires;
                for (const Ticket& ticket : fired->tickets) {
                    for (const TicketLine& line : ticket.lines)
                        m_acknowledged.firedLines.insert(line.lineId);
                    while (m_acknowledged.ticketIdsByRound.size() <= m_round)
                        m_acknowledged.ticketIdsByRound.append(QList<qint64>());
                    m_acknowledged.ticketIdsByRound[m_round].append(ticket.id);
                }
            }
            next([this] { read(); });
        });
    }

    QNetworkAccessManager& m_network;
    quint16 m_port;
    QByteArray m_token;
    qint64 m_orderId;
    Acknowledged& m_acknowledged;
    Order m_order;
    bool m_busy = false;
    bool m_stopped = false;
    int m_fires = 0;
    int m_round = 0;
};

} // namespace

// Exactly once, proven (issue 14): waiters add and fire in a loop while tablesyncd is killed
// with SIGKILL at random moments and the proxy throws replies away; then an audit of every
// ticket and order: each acknowledged fired line is on exactly one fire ticket, no line is on
// two, no ticket line is still new, and ticket ids strictly increase across the restarts.
class tst_FireKill : public QObject
{
    Q_OBJECT

private slots:
    void firesSurviveKillsAndLostReplies();
};

void tst_FireKill::firesSurviveKillsAndLostReplies()
{
    constexpr int rounds = 6;
    constexpr int writers = 4;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerProcess::Options options;
    options.program = QStringLiteral(TABLESYNCD_PATH);
    options.database = dir.filePath(u"venue.sqlite"_s);
    ServerProcess server(options);
    const Result<quint16> port = server.start();
    QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
    TcpFaultProxy proxy(port.value());
    QVERIFY(proxy.listen());

    HttpTestClient direct(QUrl(u"http://127.0.0.1:%1"_s.arg(port.value())));
    QMap<QString, QByteArray> tokens;
    for (const QString& staff : {u"ayse"_s, u"mehmet"_s, u"elif"_s, u"can"_s, u"selin"_s}) {
        const Result<QByteArray> token = ServerFixture::token(direct, staff);
        QVERIFY_OK(token);
        tokens.insert(staff, token.value());
    }
    QNetworkAccessManager network;
    Acknowledged acknowledged;
    QList<std::shared_ptr<FiringWriter>> firing;
    const QStringList waiters{u"ayse"_s, u"mehmet"_s, u"elif"_s, u"can"_s};
    for (int i = 0; i < writers; ++i) {
        const Result<Table> table =
            readTable(direct, QString::number(40 + i), tokens.value(u"selin"_s));
        QVERIFY_OK(table);
        firing.append(std::make_shared<FiringWriter>(
            network, proxy.port(), tokens.value(waiters.at(i)), table->orderId, acknowledged));
        firing.last()->start();
    }

    QRandomGenerator random(20261202);
    // Progress: fires answered, plus replies the proxy threw away.
    const auto progress = [&firing, &proxy] {
        int sum = proxy.droppedReplies();
        for (const auto& writer : std::as_const(firing))
            sum += writer->fires();
        return sum;
    };
    for (int round = 0; round < rounds; ++round) {
        for (const auto& writer : std::as_const(firing))
            writer->setRound(round);
        const int before = progress();
        proxy.setMode(random.bounded(2) == 0 ? TcpFaultProxy::Mode::DropReplies
                                             : TcpFaultProxy::Mode::Forward);
        const int wanted = 2 + int(random.bounded(6));
        QTRY_VERIFY_WITH_TIMEOUT(progress() - before >= wanted, 20000);
        QTest::qWait(int(random.bounded(150)));
        server.kill();
        proxy.setMode(TcpFaultProxy::Mode::Forward);
        QVERIFY2(server.start().ok(), "tablesyncd did not start again on the killed database");
    }
    for (const auto& writer : std::as_const(firing))
        writer->stop();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(firing.cbegin(), firing.cend(),
                                         [](const auto& writer) { return writer->idle(); }),
                             10000);

    // The audit, against the restarted server.
    const QByteArray manager = ServerFixture::token(direct, u"selin"_s).value();
    Tickets tickets;
    qint64 since = 0;
    for (;;) {
        const HttpReply reply =
            direct.get(u"/api/v1/kitchen/tickets?since=%1&limit=1000"_s.arg(since), manager);
        QVERIFY2(reply.status == 200, reply.describe().constData());
        const Result<TicketsPage> page = KitchenCodec::ticketsPageFromJson(reply.json());
        QVERIFY_OK(page);
        if (page->tickets.isEmpty())
            break;
        tickets.append(page->tickets);
        since = page->next;
    }
    QVERIFY(!tickets.isEmpty());
    QHash<QString, int> ticketsOfLine;
    QSet<qint64> ids;
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        if (i > 0)
            QVERIFY2(tickets.at(i).id > tickets.at(i - 1).id, "ticket ids must strictly increase");
        ids.insert(tickets.at(i).id);
        QCOMPARE(tickets.at(i).kind, Ticket::Kind::Fire);
        for (const TicketLine& line : tickets.at(i).lines)
            ++ticketsOfLine[line.lineId];
    }
    for (auto it = ticketsOfLine.cbegin(); it != ticketsOfLine.cend(); ++it)
        QVERIFY2(it.value() == 1,
                 qPrintable(u"line %1 is on %2 tickets"_s.arg(it.key()).arg(it.value())));
    for (const QString& line : std::as_const(acknowledged.firedLines))
        QVERIFY2(ticketsOfLine.value(line) == 1,
                 qPrintable(u"acknowledged fired line %1 is on no ticket"_s.arg(line)));
    // No ticket line is still new on its order; every fired line of the orders is on a ticket.
    for (int i = 0; i < writers; ++i) {
        const Result<Table> table = readTable(direct, QString::number(40 + i), manager);
        QVERIFY_OK(table);
        const Result<Order> order = readOrder(direct, table->orderId, manager);
        QVERIFY_OK(order);
        for (const Line& line : order->items) {
            QCOMPARE(line.fired(), ticketsOfLine.contains(line.lineId));
            QCOMPARE(line.fired(), line.firedAt != 0);
        }
    }
    // Across restarts: every acknowledged ticket is stored, and each life's come after the last.
    qint64 previousMax = 0;
    int acknowledgedTickets = 0;
    for (const QList<qint64>& round : std::as_const(acknowledged.ticketIdsByRound)) {
        for (qint64 id : round) {
            QVERIFY(ids.contains(id));
            QVERIFY2(id > previousMax, "a ticket id was handed out again after a restart");
        }
        if (!round.isEmpty())
            previousMax = *std::max_element(round.cbegin(), round.cend());
        acknowledgedTickets += int(round.size());
    }
    qInfo("%d tickets acknowledged (%lld lines), %lld tickets stored, %d replies dropped",
          acknowledgedTickets, qint64(acknowledged.firedLines.size()), qint64(tickets.size()),
          proxy.droppedReplies());
    QVERIFY(acknowledged.firedLines.size() >= rounds);
}

QTEST_GUILESS_MAIN(tst_FireKill)
#include "tst_firekill.moc"
