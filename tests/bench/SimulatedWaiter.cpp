#include "SimulatedWaiter.h"

#include "BanquetLedger.h"

#include "merge/Rebase.h"
#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/OrderJsonWriter.h"
#include "model/OrderReplyParser.h"

#include <QTimer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int maxAttempts = 1000; // a bound against a server bug, not against contention
constexpr int pauseAfterFailureMs = 50;

QByteArray orderPath(qint64 orderId)
{
    return "/api/v1/orders/" + QByteArray::number(orderId);
}

} // namespace

SimulatedWaiter::SimulatedWaiter(int index, QString staffId, QString pin, BanquetLedger& ledger,
                                 const QString& host, quint16 port, QObject* parent)
    : QObject(parent)
    , m_staffId(std::move(staffId))
    , m_pin(std::move(pin))
    , m_ledger(ledger)
    , m_connection(host, port)
    , m_random(quint32(0x7ab1e5 + index))
{}

void SimulatedWaiter::login()
{
    const QByteArray body = JsonCodec::encode(JsonCodec::toJson(LoginRequest{m_staffId, m_pin}));
    m_connection.request("POST", "/api/v1/login", body, [this](const HttpConnection::Reply& reply) {
        Result<QJsonObject> object = JsonDecoder::parseObject(reply.body);
        Result<LoginReply> login = object.ok() ? JsonDecoder::loginReplyFromJson(object.value())
                                               : Result<LoginReply>(object.error());
        if (reply.status != 200 || !login.ok()) {
            Q_EMIT loggedIn(false, u"login of %1 answered %2 %3"_s.arg(m_staffId)
                                       .arg(reply.status)
                                       .arg(reply.error + QString::fromUtf8(reply.body)));
            return;
        }
        m_connection.setToken(login->token.toUtf8());
        Q_EMIT loggedIn(true, {});
    });
}

void SimulatedWaiter::startAdding()
{
    m_adding = true;
    nextAdd();
}

void SimulatedWaiter::stop()
{
    m_adding = false;
    if (isIdle())
        QTimer::singleShot(0, this, &SimulatedWaiter::stopped);
}

bool SimulatedWaiter::maybeStop()
{
    if (m_adding)
        return false;
    Q_EMIT stopped();
    return true;
}

std::optional<qint64> SimulatedWaiter::unfinishedAddNs() const
{
    if (!m_addTimer.isValid())
        return std::nullopt;
    return m_addTimer.nsecsElapsed();
}

void SimulatedWaiter::nextAdd()
{
    if (maybeStop())
        return;
    m_tableId = m_ledger.tableIds.at(int(m_random.bounded(quint32(m_ledger.tableIds.size()))));
    m_line = Line{};
    m_line.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_line.menuItemId =
        m_ledger.menuIds.at(int(m_random.bounded(quint32(m_ledger.menuIds.size()))));
    m_line.qty = 1 + int(m_random.bounded(3u));
    m_line.seat = int(m_random.bounded(21u));
    m_attempts = 0;
    m_roundTrips = 0;
    m_addTimer.invalidate();
    openOrder(m_tableId);
}

void SimulatedWaiter::openOrder(const QString& tableId)
{
    m_orderId = m_ledger.openOrders.value(tableId);
    if (m_known.contains(m_orderId) || m_ledger.latest.contains(m_orderId)) {
        sendAdd();
        return;
    }
    if (m_addTimer.isValid())
        ++m_roundTrips;
    m_connection.request(
        "GET", orderPath(m_orderId), {}, [this](const HttpConnection::Reply& reply) {
            const Result<Order> order = OrderReplyParser::order(reply.body);
            if (reply.status != 200 || !order.ok())
                return giveUp(u"GET order answered %1 %2"_s.arg(reply.status).arg(reply.error));
            remember(order.value());
            sendAdd();
        });
}

void SimulatedWaiter::sendAdd()
{
    const Order& known = this->known(m_orderId);
    if (m_attempts == 0 && known.items.size() >= m_ledger.linesPerOrder)
        return closeOrder(m_tableId, known);
    if (++m_attempts > maxAttempts)
        return giveUp(u"still refused after %1 attempts"_s.arg(maxAttempts));
    if (m_attempts == 1) {
        m_sentBase = known.items;
        m_sentVersion = known.version;
        m_sentItems = known.items;
        m_sentItems.append(m_line);
        if (!m_addTimer.isValid())
            m_addTimer.start();
    } else if (known.version != m_sentVersion) {
        // A newer order came in (live updates) since the list was rebased. Sending that list
        // with the newer version would drop the lines in between: rebase onto it as well.
        m_sentItems = rebase(m_sentBase, m_sentItems, known.items).proposed();
        m_sentBase = known.items;
        m_sentVersion = known.version;
    }
    // The direct writer: a generator on QJsonObject spent half its time encoding lists.
    const QByteArray body = OrderJsonWriter::patchBody(m_sentVersion, m_sentItems);
    ++m_roundTrips;
    m_connection.request("PATCH", orderPath(m_orderId), body,
                         [this](const HttpConnection::Reply& reply) { onPatched(reply); });
}

void SimulatedWaiter::onPatched(const HttpConnection::Reply& reply)
{
    // The fast reader: the generator shares the CPU with the server it measures, and reading
    // replies through QJsonObject took most of its time.
    if (reply.status == 200) {
        const Result<Order> order = OrderReplyParser::order(reply.body);
        if (!order.ok() || !order->findLine(m_line.lineId))
            return giveUp(u"a 200 reply without the added line"_s);
        remember(order.value());
        m_ledger.acknowledged[m_orderId].insert(m_line.lineId);
        if (m_ledger.counting) {
            ++m_ledger.adds;
            ++m_countedAdds;
            m_ledger.writtenLines += m_sentItems.size();
            m_ledger.timedAdds.push_back({m_addTimer.nsecsElapsed(), m_roundTrips});
        }
        return nextAdd();
    }
    if (reply.status == 409) {
        const Result<ConflictReply> conflict = OrderReplyParser::conflict(reply.body);
        if (!conflict.ok())
            return giveUp(u"an unreadable 409: "_s + conflict.error().message);
        if (conflict->error == ErrorCode::OrderClosed) {
            remember(conflict->current);
            m_sentItems.clear();
            m_attempts = 0;
            return refreshTables();
        }
        if (m_ledger.counting)
            ++m_ledger.conflicts;
        const RebaseDecision decision = rebase(m_sentBase, m_sentItems, conflict->current.items);
        if (!decision.conflicts().isEmpty())
            ++m_ledger.unsettledRebases;
        remember(conflict->current);
        m_sentItems = decision.proposed();
        m_sentBase = conflict->current.items;
        m_sentVersion = conflict->current.version;
        return sendAdd();
    }
    giveUp(u"PATCH answered %1 %2%3"_s.arg(reply.status)
               .arg(reply.error, QString::fromUtf8(reply.body.left(200))));
}

void SimulatedWaiter::closeOrder(const QString& tableId, const Order& order)
{
    const qint64 orderId = order.id;
    const QByteArray body = JsonCodec::encode(JsonCodec::toJson(CloseRequest{order.version}));
    if (m_addTimer.isValid())
        ++m_roundTrips;
    m_connection.request("POST", orderPath(orderId) + "/close", body,
                         [this, tableId](const HttpConnection::Reply& reply) {
                             Result<QJsonObject> object = JsonDecoder::parseObject(reply.body);
                             if (reply.status == 200 && object.ok()) {
                                 Result<CloseReply> closed =
                                     JsonDecoder::closeReplyFromJson(object.value());
                                 if (!closed.ok())
                                     return giveUp(u"an unreadable close reply"_s);
                                 ++m_ledger.closes;
                                 remember(closed->order);
                                 Order next;
                                 next.id = closed->nextOrderId;
                                 next.tableId = tableId;
                                 next.version = 1;
                                 remember(next);
                                 m_ledger.openOrders.insert(tableId, next.id);
                                 return openOrder(tableId);
                             }
                             if (reply.status == 409 && object.ok()) {
                                 Result<ConflictReply> conflict =
                                     JsonDecoder::conflictReplyFromJson(object.value());
                                 if (!conflict.ok())
                                     return giveUp(u"an unreadable 409 to a close"_s);
                                 remember(conflict->current);
                                 if (conflict->error == ErrorCode::OrderClosed)
                                     return refreshTables();
                                 return openOrder(tableId);
                             }
                             giveUp(u"close answered %1 %2"_s.arg(reply.status).arg(reply.error));
                         });
}

void SimulatedWaiter::refreshTables()
{
    if (m_addTimer.isValid())
        ++m_roundTrips;
    m_connection.request("GET", "/api/v1/tables", {}, [this](const HttpConnection::Reply& reply) {
        Result<QJsonObject> object = JsonDecoder::parseObject(reply.body);
        Result<QList<Table>> tables = object.ok() ? JsonDecoder::tablesFromJson(object.value())
                                                  : Result<QList<Table>>(object.error());
        if (reply.status != 200 || !tables.ok())
            return giveUp(u"GET tables answered %1"_s.arg(reply.status));
        for (const Table& table : tables.value())
            m_ledger.openOrders.insert(table.id, table.orderId);
        openOrder(m_tableId);
    });
}

void SimulatedWaiter::giveUp(const QString& why)
{
    ++m_ledger.failures;
    m_ledger.lastFailure = m_staffId + u": "_s + why;
    // What this waiter knew may be what went wrong; it reads the orders again.
    m_known.clear();
    QTimer::singleShot(pauseAfterFailureMs, this, &SimulatedWaiter::nextAdd);
}

void SimulatedWaiter::remember(const Order& order)
{
    m_known.insert(order.id, order);
    if (!m_ledger.liveUpdates)
        return;
    const auto latest = m_ledger.latest.constFind(order.id);
    if (latest == m_ledger.latest.cend() || latest->version < order.version)
        m_ledger.latest.insert(order.id, order);
}

const Order& SimulatedWaiter::known(qint64 orderId)
{
    if (m_ledger.liveUpdates) {
        const auto latest = m_ledger.latest.constFind(orderId);
        if (latest != m_ledger.latest.cend() &&
            (!m_known.contains(orderId) || m_known.value(orderId).version < latest->version))
            m_known.insert(orderId, *latest);
    }
    return m_known[orderId];
}
