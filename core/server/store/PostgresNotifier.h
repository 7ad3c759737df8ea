#pragma once

#include "PostgresUrl.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

class NotificationListener;

// Tells this process about orders other tablesyncd processes changed in the shared PostgreSQL
// database. Each committed write sends pg_notify() on channel(); a listener with its own
// connection, in its own thread, skips this process's own notifications (marked with the
// store's origin), re-reads the order a notification names, heartbeats, and after a lost
// connection resubscribes and reports every order changed while it was away.
class PostgresNotifier : public QObject
{
    Q_OBJECT
public:
    PostgresNotifier(PostgresUrl url, QString origin, int heartbeatMs, QObject* parent = nullptr);
    ~PostgresNotifier() override;

    // Changes after event `fromSeq` are reported even when they commit before the listener has
    // subscribed; -1: only those after it has.
    void start(qint64 fromSeq = -1);

    // Lower case: QPSQL quotes the channel name, and pg_notify() takes it as written.
    static QString channel();
    // A notification's payload: the message (an order's move, a ticket, a menu change) and the
    // process that sent it, so that process does not announce it twice.
    static QString payload(const QString& origin, QJsonObject message);

signals:
    // In this object's thread; version is the order's version when it was re-read.
    void orderChanged(qint64 orderId, const QString& tableId, qint64 version);
    // Another process made a ticket / changed a menu item's availability (in this object's
    // thread). Notifications missed while the connection was lost are not caught up: a kitchen
    // display catches up by ticket id, a tablet by reading the menu.
    void ticketMade(qint64 ticketId, const QString& station, qint64 orderId, bool isVoid);
    void menuChanged(const QString& menuItemId, bool available);
    // The listener subscribed (again) after connecting.
    void subscribed();
    // The listener lost its connection; it keeps trying to reconnect.
    void connectionLost(const QString& reason);

private:
    PostgresUrl m_url;
    QString m_origin;
    int m_heartbeatMs;
    QThread m_thread;
    NotificationListener* m_listener = nullptr;
};
