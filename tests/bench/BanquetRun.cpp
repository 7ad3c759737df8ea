#include "BanquetRun.h"

#include "SimulatedWaiter.h"

#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int requestTimeoutMs = 30000;

double processCpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// Nearest rank: the index, in ascending order, of the smallest of `count` values with at least
// `fraction` of all values at or below it. `count` > 0.
std::size_t nearestRank(std::size_t count, double fraction)
{
    const auto rank = std::size_t(std::ceil(fraction * double(count)));
    return std::clamp<std::size_t>(rank, 1, count) - 1;
}

QElapsedTimer& monotonic()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}

// Spins the event loop until `done` holds or `ms` pass.
bool waitUntil(const std::function<bool()>& done, int ms)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > ms)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

BanquetRun::BanquetRun(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_ledger.linesPerOrder = m_options.linesPerOrder;
    m_ledger.liveUpdates = m_options.liveUpdates;
}

BanquetRun::~BanquetRun() = default;

HttpConnection::Reply BanquetRun::fetch(HttpConnection& connection, const QByteArray& method,
                                        const QByteArray& path, const QByteArray& body)
{
    HttpConnection::Reply result;
    bool finished = false;
    connection.request(method, path, body, [&](const HttpConnection::Reply& reply) {
        result = reply;
        finished = true;
    });
    waitUntil([&finished] { return finished; }, requestTimeoutMs + 1000);
    return result;
}

Result<QByteArray> BanquetRun::login(HttpConnection& connection)
{
    if (m_options.staff.isEmpty())
        return ApiError{ErrorCode::HarnessFailed, u"No staff to log in with."_s, {}};
    const auto& [id, pin] = m_options.staff.first();
    const HttpConnection::Reply reply =
        fetch(connection, "POST", "/api/v1/login",
              JsonCodec::encode(JsonCodec::toJson(LoginRequest{id, pin})));
    Result<QJsonObject> object = JsonDecoder::parseObject(reply.body);
    if (reply.status != 200 || !object.ok())
        return ApiError{ErrorCode::HarnessFailed,
                        u"Login as %1 answered %2 %3"_s.arg(id).arg(reply.status).arg(reply.error),
                        {}};
    Result<LoginReply> login = JsonDecoder::loginReplyFromJson(object.value());
    if (!login.ok())
        return login.error();
    return login->token.toUtf8();
}

Result<void> BanquetRun::prepare()
{
    HttpConnection control(m_options.host, m_options.port);
    control.setTimeout(requestTimeoutMs);
    Result<QByteArray> token = login(control);
    if (!token.ok())
        return token.error();
    control.setToken(token.value());

    const HttpConnection::Reply tablesReply = fetch(control, "GET", "/api/v1/tables");
    Result<QJsonObject> tablesObject = JsonDecoder::parseObject(tablesReply.body);
    Result<QList<Table>> tables = tablesObject.ok()
                                      ? JsonDecoder::tablesFromJson(tablesObject.value())
                                      : Result<QList<Table>>(tablesObject.error());
    if (tablesReply.status != 200 || !tables.ok())
        return ApiError{
            ErrorCode::HarnessFailed, u"GET /tables answered %1"_s.arg(tablesReply.status), {}};
    if (tables->size() < m_options.tables)
        return ApiError{
            ErrorCode::HarnessFailed,
            u"The venue has %1 tables, fewer than the %2 asked for."_s.arg(tables->size())
                .arg(m_options.tables),
            {}};
    for (int i = 0; i < m_options.tables; ++i) {
        const Table& table = tables->at(i);
        m_ledger.tableIds.append(table.id);
        m_ledger.openOrders.insert(table.id, table.orderId);
    }

    const HttpConnection::Reply menuReply = fetch(control, "GET", "/api/v1/menu");
    Result<QJsonObject> menuObject = JsonDecoder::parseObject(menuReply.body);
    Result<QList<MenuItem>> menu = menuObject.ok() ? JsonDecoder::menuFromJson(menuObject.value())
                                                   : Result<QList<MenuItem>>(menuObject.error());
    if (menuReply.status != 200 || !menu.ok() || menu->isEmpty())
        return ApiError{
            ErrorCode::HarnessFailed, u"GET /menu answered %1"_s.arg(menuReply.status), {}};
    for (const MenuItem& item : menu.value())
        m_ledger.menuIds.append(item.id);

    int loggedIn = 0;
    QString loginError;
    for (int i = 0; i < m_options.waiters; ++i) {
        const auto& [id, pin] = m_options.staff.at(i % m_options.staff.size());
        auto waiter =
            std::make_unique<SimulatedWaiter>(i, id, pin, m_ledger, m_options.host, m_options.port);
        connect(waiter.get(), &SimulatedWaiter::loggedIn, this,
                [&loggedIn, &loginError](bool ok, const QString& error) {
                    ++loggedIn;
                    if (!ok)
                        loginError = error;
                });
        waiter->login();
        m_waiters.push_back(std::move(waiter));
    }
    // Logins are slow on purpose (PBKDF2), so this waits generously.
    if (!waitUntil([&] { return loggedIn == m_options.waiters; }, 120000))
        return ApiError{ErrorCode::HarnessFailed, u"Not every waiter could log in in time."_s, {}};
    for (const auto& waiter : m_waiters)
        disconnect(waiter.get(), &SimulatedWaiter::loggedIn, this, nullptr);
    if (!loginError.isEmpty())
        return ApiError{ErrorCode::HarnessFailed, loginError, {}};
    return {};
}

void BanquetRun::startAdding()
{
    m_ledger.counting = true;
    m_cpuAtStart = processCpuSeconds();
    m_windowStartNs = monotonic().nsecsElapsed();
    for (const auto& waiter : m_waiters)
        waiter->startAdding();
}

void BanquetRun::stopAdding(int waitMs)
{
    m_ledger.counting = false;
    m_windowSeconds = double(monotonic().nsecsElapsed() - m_windowStartNs) / 1e9;
    m_cpuSeconds = processCpuSeconds() - m_cpuAtStart;
    m_fewestWaiterAdds = m_waiters.empty() ? 0 : std::numeric_limits<qint64>::max();
    m_mostWaiterAdds = 0;
    m_unfinishedAdds = 0;
    m_oldestUnfinishedNs = 0;
    for (const auto& waiter : m_waiters) {
        m_fewestWaiterAdds = std::min(m_fewestWaiterAdds, waiter->countedAdds());
        m_mostWaiterAdds = std::max(m_mostWaiterAdds, waiter->countedAdds());
        if (const std::optional<qint64> waited = waiter->unfinishedAddNs()) {
            ++m_unfinishedAdds;
            m_oldestUnfinishedNs = std::max(m_oldestUnfinishedNs, *waited);
        }
    }
    int stopped = 0;
    for (const auto& waiter : m_waiters) {
        connect(waiter.get(), &SimulatedWaiter::stopped, this, [&stopped] { ++stopped; });
        waiter->stop();
    }
    waitUntil([&] { return stopped == int(m_waiters.size()); }, waitMs);
    for (const auto& waiter : m_waiters)
        disconnect(waiter.get(), &SimulatedWaiter::stopped, this, nullptr);
}

void BanquetRun::runFor(double seconds)
{
    startAdding();
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    stopAdding();
}

void BanquetRun::summarizeAdds(BanquetResult& result) const
{
    std::vector<BanquetLedger::TimedAdd> bySpeed = m_ledger.timedAdds;
    if (bySpeed.empty())
        return;
    std::stable_sort(bySpeed.begin(), bySpeed.end(),
                     [](const BanquetLedger::TimedAdd& a, const BanquetLedger::TimedAdd& b) {
                         return a.latencyNs < b.latencyNs;
                     });
    const auto percentileMs = [&bySpeed](double fraction) {
        return double(bySpeed[nearestRank(bySpeed.size(), fraction)].latencyNs) / 1e6;
    };
    result.p50Ms = percentileMs(0.50);
    result.p95Ms = percentileMs(0.95);
    result.p99Ms = percentileMs(0.99);
    // The slowest 1 %: from the p99's rank on, at least one add.
    const std::size_t from = nearestRank(bySpeed.size(), 0.99);
    double all = 0;
    double slowest = 0;
    for (std::size_t i = 0; i < bySpeed.size(); ++i) {
        all += bySpeed[i].requests;
        if (i >= from)
            slowest += bySpeed[i].requests;
    }
    result.meanRoundTrips = all / double(bySpeed.size());
    result.slowestRoundTrips = slowest / double(bySpeed.size() - from);
}

Result<BanquetResult> BanquetRun::check(const QString& host, quint16 port)
{
    BanquetResult result;
    result.waiters = m_options.waiters;
    result.tables = m_options.tables;
    result.seconds = m_windowSeconds;
    result.adds = m_ledger.adds;
    result.conflicts = m_ledger.conflicts;
    result.closes = m_ledger.closes;
    result.meanListLines =
        m_ledger.adds > 0 ? double(m_ledger.writtenLines) / double(m_ledger.adds) : 0;
    result.failures = m_ledger.failures;
    result.unsettledRebases = m_ledger.unsettledRebases;
    result.lastFailure = m_ledger.lastFailure;
    result.clientCpuSeconds = m_cpuSeconds;
    summarizeAdds(result);
    result.fewestWaiterAdds = m_fewestWaiterAdds;
    result.mostWaiterAdds = m_mostWaiterAdds;
    result.unfinishedAdds = m_unfinishedAdds;
    result.oldestUnfinishedMs = double(m_oldestUnfinishedNs) / 1e6;

    HttpConnection control(host, port);
    control.setTimeout(requestTimeoutMs);
    Result<QByteArray> token = login(control);
    if (!token.ok())
        return token.error();
    control.setToken(token.value());

    QSet<qint64> orderIds;
    for (auto it = m_ledger.acknowledged.cbegin(); it != m_ledger.acknowledged.cend(); ++it)
        orderIds.insert(it.key());
    for (const qint64 id : m_ledger.openOrders)
        orderIds.insert(id);
    for (const qint64 orderId : orderIds) {
        const QByteArray path = "/api/v1/orders/" + QByteArray::number(orderId);
        const HttpConnection::Reply orderReply = fetch(control, "GET", path);
        Result<QJsonObject> orderObject = JsonDecoder::parseObject(orderReply.body);
        Result<Order> order = orderObject.ok() ? JsonDecoder::orderFromJson(orderObject.value())
                                               : Result<Order>(orderObject.error());
        const HttpConnection::Reply eventsReply = fetch(control, "GET", path + "/events");
        Result<QJsonObject> eventsObject = JsonDecoder::parseObject(eventsReply.body);
        Result<QList<Event>> events =
            eventsObject.ok()
                ? JsonDecoder::eventsFromJson(eventsObject->value(u"events"_s), u"events"_s)
                : Result<QList<Event>>(eventsObject.error());
        if (orderReply.status != 200 || !order.ok() || eventsReply.status != 200 || !events.ok())
            return ApiError{ErrorCode::HarnessFailed,
                            u"The check could not read order %1 (%2, %3)"_s.arg(orderId)
                                .arg(orderReply.status)
                                .arg(eventsReply.status),
                            {}};
        QSet<QString> held;
        for (const Line& line : order->items)
            held.insert(line.lineId);
        QSet<QString> addEvents;
        for (const Event& event : events.value()) {
            if (event.kind == Event::Kind::Add)
                addEvents.insert(event.lineId);
        }
        const QSet<QString> acknowledged = m_ledger.acknowledged.value(orderId);
        result.acknowledgedLines += acknowledged.size();
        result.storedLines += held.size();
        for (const QString& lineId : acknowledged) {
            if (!held.contains(lineId))
                ++result.lost;
            if (!addEvents.contains(lineId))
                ++result.missingAddEvents;
        }
        for (const QString& lineId : held) {
            if (!acknowledged.contains(lineId))
                ++result.unacknowledgedLines;
        }
    }
    return result;
}
