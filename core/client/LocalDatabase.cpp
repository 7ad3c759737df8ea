#include "LocalDatabase.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// Numbered migrations; PRAGMA user_version holds how many ran.
const QStringList& migrations()
{
    static const QStringList steps{
        u"CREATE TABLE drafts (order_id INTEGER PRIMARY KEY, base TEXT NOT NULL,"
        " draft TEXT NOT NULL, saved_at INTEGER NOT NULL)"_s,
        u"CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " order_id INTEGER NOT NULL UNIQUE, base TEXT NOT NULL, draft TEXT NOT NULL,"
        " staff_id TEXT NOT NULL, queued_at INTEGER NOT NULL)"_s,
        u"CREATE TABLE printed_tickets (ticket_id INTEGER PRIMARY KEY,"
        " printed_at INTEGER NOT NULL)"_s,
    };
    return steps;
}

ApiError storageError(const QString& what, const QSqlError& error)
{
    return ApiError{ErrorCode::LocalStorage, what + u": "_s + error.text(), {}};
}

} // namespace

LocalDatabase::LocalDatabase(QString path)
    : m_path(std::move(path))
{
    static QAtomicInteger<int> counter;
    m_connectionName = u"tablesync-client-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}

LocalDatabase::~LocalDatabase()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<void> LocalDatabase::open()
{
    if (isOpen())
        return {};
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath()))
        return ApiError{ErrorCode::LocalStorage,
                        u"Cannot create the folder "_s + file.absolutePath() + u'.',
                        {}};
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return storageError(u"Cannot open the tablet's file "_s + m_path, db.lastError());

    QSqlQuery journal(db);
    if (!journal.exec(u"PRAGMA journal_mode=WAL"_s) || !journal.next() ||
        journal.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0) {
        db.close();
        return ApiError{ErrorCode::LocalStorage,
                        u"The tablet's file "_s + m_path + u" cannot use write-ahead logging."_s,
                        {}};
    }
    journal.finish();
    if (Result<void> done = exec(u"PRAGMA synchronous=FULL"_s); !done) {
        db.close();
        return done;
    }
    if (Result<void> done = migrate(); !done) {
        db.close();
        return done;
    }
    return {};
}

bool LocalDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase LocalDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int LocalDatabase::schemaVersion()
{
    return int(migrations().size());
}

Result<void> LocalDatabase::transaction(const std::function<Result<void>()>& work)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return storageError(u"Cannot start a transaction"_s, db.lastError());
    Result<void> done = work();
    if (!done) {
        db.rollback();
        return done;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return storageError(u"Cannot save on this tablet"_s, error);
    }
    return {};
}

Result<void> LocalDatabase::exec(const QString& statement)
{
    QSqlQuery query(connection());
    if (!query.exec(statement))
        return storageError(u"Cannot prepare the tablet's file"_s, query.lastError());
    return {};
}

Result<void> LocalDatabase::migrate()
{
    QSqlQuery version(connection());
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next())
        return storageError(u"Cannot read the tablet's file version"_s, version.lastError());
    const int current = version.value(0).toInt();
    version.finish();
    if (current > schemaVersion())
        return ApiError{ErrorCode::LocalStorage,
                        u"The tablet's file "_s + m_path +
                            u" was written by a newer TableSync; update the app."_s,
                        {}};
    for (int step = current; step < schemaVersion(); ++step) {
        const Result<void> done = transaction([this, step]() -> Result<void> {
            if (Result<void> ran = exec(migrations().at(step)); !ran)
                return ran;
            // PRAGMA takes no bound parameters; the value is our own integer.
            return exec(u"PRAGMA user_version = "_s + QString::number(step + 1));
        });
        if (!done)
            return done;
    }
    return {};
}
