#pragma once

#include "PostgresUrl.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>

class QTimer;

// The thread side of PostgresNotifier: one PostgreSQL connection that LISTENs, heartbeats and
// re-reads what a notification names. Lives and dies in the notifier's thread.
class NotificationListener : public QObject
{
    Q_OBJECT
public:
    // fromSeq: the first subscription reports changes after this event too (-1: none).
    NotificationListener(PostgresUrl url, QString origin, int heartbeatMs, qint64 fromSeq);
    ~NotificationListener() override;

    void start();

signals:
    void changed(qint64 orderId, const QString& tableId, qint64 version);
    void ticketMade(qint64 ticketId, const QString& station, qint64 orderId, bool isVoid);
    void menuChanged(const QString& menuItemId, bool available);
    void subscribed();
    void connectionLost(const QString& reason);

private:
    bool connectAndListen();
    void disconnectDatabase();
    void heartbeat();
    void notified(const QString& name, QSqlDriver::NotificationSource source,
                  const QVariant& payload);
    void catchUp(qint64 afterSeq);
    void reread(qint64 orderId);
    void report(qint64 orderId, const QString& tableId, qint64 version);
    // The highest event seq now, or -1 when the connection failed.
    qint64 latestSeq();

    PostgresUrl m_url;
    QString m_origin;
    int m_heartbeatMs;
    QString m_connectionName;
    QSqlDatabase m_database;
    QTimer* m_timer = nullptr;
    bool m_connected = false;
    qint64 m_mark = -1; // the highest seq known to be reported; -1 before the first connection
    qint64 m_startMark; // where the first connection catches up from; -1: it does not
    QHash<qint64, qint64> m_reported; // order id -> highest version reported
};
