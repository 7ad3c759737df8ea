#include "NotificationListener.h"

#include "HappensBefore.h"
#include "PostgresNotifier.h"

#include "model/KitchenCodec.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

QAtomicInteger<quint64> connectionCounter;

} // namespace

NotificationListener::NotificationListener(PostgresUrl url, QString origin, int heartbeatMs,
                                           qint64 fromSeq)
    : m_url(std::move(url))
    , m_origin(std::move(origin))
    , m_heartbeatMs(heartbeatMs)
    , m_connectionName(u"tablesync-listen-%1"_s.arg(++connectionCounter))
    , m_startMark(fromSeq)
{}

NotificationListener::~NotificationListener()
{
    HappensBefore::acquire(this); // after the owner let go of it (PostgresNotifier's destructor)
    disconnectDatabase();
}

void NotificationListener::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(m_heartbeatMs);
    connect(m_timer, &QTimer::timeout, this, &NotificationListener::heartbeat);
    m_timer->start();
    connectAndListen();
}

bool NotificationListener::connectAndListen()
{
    m_database = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    m_url.applyTo(m_database);
    if (!m_database.open() ||
        !m_database.driver()->subscribeToNotification(PostgresNotifier::channel())) {
        const QString reason = m_database.lastError().text();
        disconnectDatabase();
        if (m_connected || m_mark < 0)
            emit connectionLost(reason);
        m_connected = false;
        return false;
    }
    connect(m_database.driver(), &QSqlDriver::notification, this, &NotificationListener::notified);
    const qint64 before = m_mark >= 0 ? m_mark : m_startMark;
    const qint64 latest = latestSeq();
    if (latest < 0)
        return false;
    m_connected = true;
    // Notifications sent before this subscription (while the server started, or while the
    // connection was lost) are gone: report what changed since the mark.
    if (before >= 0)
        catchUp(before);
    m_mark = latest;
    emit subscribed();
    return true;
}

void NotificationListener::disconnectDatabase()
{
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

qint64 NotificationListener::latestSeq()
{
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT COALESCE(MAX(seq), 0) FROM events"_s) || !query.next()) {
        const QString reason = query.lastError().text();
        query.finish();
        disconnectDatabase();
        if (m_connected)
            emit connectionLost(reason);
        m_connected = false;
        return -1;
    }
    const qint64 seq = query.value(0).toLongLong();
    query.finish();
    return seq;
}

void NotificationListener::heartbeat()
{
    if (!m_connected) {
        connectAndListen();
        return;
    }
    // QPSQL reports no dropped connection; a query does. The mark only moves forward past
    // changes that were reported or are about to be (their notifications are queued).
    const qint64 latest = latestSeq();
    if (latest >= 0)
        m_mark = latest;
}

void NotificationListener::notified(const QString& name, QSqlDriver::NotificationSource,
                                    const QVariant& payload)
{
    if (name != PostgresNotifier::channel())
        return;
    const QJsonObject object = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (object.value(u"origin"_s).toString() == m_origin)
        return;
    // Tickets and menu changes are news in themselves: they never change once made.
    const QString type = object.value(u"type"_s).toString();
    if (type == "ticket"_L1) {
        if (const Result<TicketMessage> ticket = KitchenCodec::ticketMessageFromJson(object))
            emit ticketMade(ticket->ticketId, ticket->station, ticket->orderId,
                            ticket->kind == Ticket::Kind::Void);
        return;
    }
    if (type == "menu"_L1) {
        if (const Result<MenuMessage> menu = KitchenCodec::menuMessageFromJson(object))
            emit menuChanged(menu->menuItemId, menu->available);
        return;
    }
    const qint64 orderId = object.value(u"order_id"_s).toInteger();
    if (orderId <= 0)
        return;
    // A wake-up, not the news itself: the stored version is what counts.
    reread(orderId);
}

void NotificationListener::reread(qint64 orderId)
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT table_id, version FROM orders WHERE id = ?"_s);
    query.addBindValue(orderId);
    if (!query.exec()) {
        query.finish();
        return; // the heartbeat finds out whether the connection is gone
    }
    if (query.next())
        report(orderId, query.value(0).toString(), query.value(1).toLongLong());
    query.finish();
}

void NotificationListener::catchUp(qint64 afterSeq)
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT e.order_id, o.table_id, o.version FROM events e"
                  " JOIN orders o ON o.id = e.order_id"
                  " WHERE e.seq > ? AND e.kind <> 'conflict'"
                  " GROUP BY e.order_id, o.table_id, o.version ORDER BY MIN(e.seq)"_s);
    query.addBindValue(afterSeq);
    if (!query.exec()) {
        query.finish();
        return;
    }
    while (query.next())
        report(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong());
    query.finish();
}

void NotificationListener::report(qint64 orderId, const QString& tableId, qint64 version)
{
    if (m_reported.value(orderId, 0) >= version)
        return;
    m_reported.insert(orderId, version);
    emit changed(orderId, tableId, version);
}
