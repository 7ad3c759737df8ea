#include "EventLogPrefill.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError failed(const QString& what, const QSqlError& error)
{
    return ApiError{ErrorCode::HarnessFailed,
                    u"Prefilling the event log: %1: %2"_s.arg(what, error.text()),
                    {}};
}

struct Target
{
    qint64 orderId = 0;
    QString tableId;
    qint64 version = 0;
};

Result<qint64> prefill(QSqlDatabase& db, qint64 count, const QStringList& inPlay)
{
    QSqlQuery orders(db);
    if (!orders.exec(u"SELECT id, table_id, version FROM orders WHERE status = 'open'"_s))
        return failed(u"reading the orders"_s, orders.lastError());
    QList<Target> targets;
    while (orders.next()) {
        const QString table = orders.value(1).toString();
        if (!inPlay.contains(table))
            targets.append({orders.value(0).toLongLong(), table, orders.value(2).toLongLong()});
    }
    orders.finish();
    if (targets.isEmpty())
        return ApiError{ErrorCode::HarnessFailed,
                        u"Every table of the venue is in play; give the venue more tables "
                        "(--venue-tables) to hold the prefilled events."_s,
                        {}};
    if (!db.transaction())
        return failed(u"BEGIN"_s, db.lastError());
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO events (order_id, table_id, version, kind, line_id,"
                        " menu_item_id, qty, author, at) VALUES (?, ?, ?, 'add', ?, ?, 1, ?, ?)"_s))
        return failed(u"preparing the insert"_s, insert.lastError());
    const QString line = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (qint64 i = 0; i < count; ++i) {
        Target& target = targets[i % targets.size()];
        // Versions above the order's own, as a long history would have left them.
        ++target.version;
        insert.bindValue(0, target.orderId);
        insert.bindValue(1, target.tableId);
        insert.bindValue(2, target.version);
        insert.bindValue(3, line);
        insert.bindValue(4, u"soup-lentil"_s);
        insert.bindValue(5, u"prefill"_s);
        insert.bindValue(6, qint64(1'780'000'000'000) + i);
        if (!insert.exec())
            return failed(u"inserting event %1"_s.arg(i), insert.lastError());
    }
    if (!db.commit())
        return failed(u"COMMIT"_s, db.lastError());
    return count;
}

} // namespace

Result<qint64> EventLogPrefill::run(const QString& sqlitePath, qint64 count,
                                    const QStringList& inPlay)
{
    const QString name = u"tablesync-bench-prefill"_s;
    Result<qint64> done = qint64(0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open())
            done = failed(u"opening %1"_s.arg(sqlitePath), db.lastError());
        else
            done = prefill(db, count, inPlay);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}
