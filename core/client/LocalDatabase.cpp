#include "LocalDatabase.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// The waiter a draft written before drafts had owners belongs to: the one whose send of it
// waits, else the one who added its new lines; empty when its edits name nobody.
QString recordedAuthor(const QString& baseText, const QString& draftText, const QString& queuedBy)
{
    if (!queuedBy.isEmpty())
        return queuedBy;
    const QJsonArray base =
        QJsonDocument::fromJson(baseText.toUtf8()).object().value(u"items"_s).toArray();
    QSet<QString> known;
    for (const QJsonValue& line : base)
        known.insert(line.toObject().value(u"line_id"_s).toString());
    for (const QJsonValue& line : QJsonDocument::fromJson(draftText.toUtf8()).array()) {
        const QJsonObject object = line.toObject();
        const QString author = object.value(u"added_by"_s).toString();
        if (!known.contains(object.value(u"line_id"_s).toString()) && !author.isEmpty())
            return author;
    }
    return {};
}

bool hasEdits(const QString& baseText, const QString& draftText)
{
    const QJsonArray base =
        QJsonDocument::fromJson(baseText.toUtf8()).object().value(u"items"_s).toArray();
    return base != QJsonDocument::fromJson(draftText.toUtf8()).array();
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

ApiError LocalDatabase::storageError(const QString& what, const QSqlError& error)
{
    return ApiError{ErrorCode::LocalStorage, what + u": "_s + error.text(), {}};
}

QString LocalDatabase::staffKey(const QString& staffId)
{
    return staffId.isNull() ? u""_s : staffId;
}

QList<LocalDatabase::Step> LocalDatabase::migrations()
{
    const auto sql = [](QString statement) -> Step {
        return [statement = std::move(statement)](LocalDatabase& db) { return db.exec(statement); };
    };
    return {
        sql(u"CREATE TABLE drafts (order_id INTEGER PRIMARY KEY, base TEXT NOT NULL,"
            " draft TEXT NOT NULL, saved_at INTEGER NOT NULL)"_s),
        sql(u"CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " order_id INTEGER NOT NULL UNIQUE, base TEXT NOT NULL, draft TEXT NOT NULL,"
            " staff_id TEXT NOT NULL, queued_at INTEGER NOT NULL)"_s),
        [](LocalDatabase& db) { return db.keyByWaiter(); },
        sql(u"CREATE TABLE printed_tickets (ticket_id INTEGER PRIMARY KEY,"
            " printed_at INTEGER NOT NULL)"_s),
        sql(u"ALTER TABLE outbox ADD COLUMN voids TEXT NOT NULL DEFAULT '[]'"_s),
    };
}

int LocalDatabase::schemaVersion()
{
    return int(migrations().size());
}

Result<void> LocalDatabase::keyByWaiter()
{
    const QStringList create{
        u"CREATE TABLE drafts_by_waiter (staff_id TEXT NOT NULL DEFAULT '',"
        " order_id INTEGER NOT NULL, base TEXT NOT NULL, draft TEXT NOT NULL,"
        " saved_at INTEGER NOT NULL, PRIMARY KEY (staff_id, order_id))"_s,
        u"CREATE TABLE outbox_by_waiter (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " order_id INTEGER NOT NULL, base TEXT NOT NULL, draft TEXT NOT NULL,"
        " staff_id TEXT NOT NULL, queued_at INTEGER NOT NULL, UNIQUE (staff_id, order_id))"_s,
        u"INSERT INTO outbox_by_waiter (id, order_id, base, draft, staff_id, queued_at)"
        " SELECT id, order_id, base, draft, staff_id, queued_at FROM outbox"_s,
        u"CREATE TABLE discards (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " staff_id TEXT NOT NULL, discarded_by TEXT NOT NULL, reason TEXT NOT NULL,"
        " orders INTEGER NOT NULL, changes INTEGER NOT NULL, content TEXT NOT NULL,"
        " discarded_at INTEGER NOT NULL)"_s,
    };
    for (const QString& statement : create) {
        if (Result<void> ran = exec(statement); !ran)
            return ran;
    }
    QSqlQuery old(connection());
    if (!old.exec(u"SELECT d.order_id, d.base, d.draft, d.saved_at, o.staff_id FROM drafts d"
                  " LEFT JOIN outbox o ON o.order_id = d.order_id"_s))
        return storageError(u"Cannot read the drafts to migrate"_s, old.lastError());
    QSqlQuery insert(connection());
    insert.prepare(u"INSERT INTO drafts_by_waiter (staff_id, order_id, base, draft, saved_at)"
                   " VALUES (?, ?, ?, ?, ?)"_s);
    while (old.next()) {
        const QString base = old.value(1).toString();
        const QString draft = old.value(2).toString();
        const QString queuedBy = old.value(4).toString();
        // A draft without edits is only a copy of the server's order: it is read again.
        if (queuedBy.isEmpty() && !hasEdits(base, draft))
            continue;
        const QString author = recordedAuthor(base, draft, queuedBy);
        insert.addBindValue(author.isNull() ? u""_s : author); // never NULL
        insert.addBindValue(old.value(0));
        insert.addBindValue(base);
        insert.addBindValue(draft);
        insert.addBindValue(old.value(3));
        if (!insert.exec())
            return storageError(u"Cannot migrate a draft"_s, insert.lastError());
    }
    old.finish();
    const QStringList swap{
        u"DROP TABLE drafts"_s,
        u"DROP TABLE outbox"_s,
        u"ALTER TABLE drafts_by_waiter RENAME TO drafts"_s,
        u"ALTER TABLE outbox_by_waiter RENAME TO outbox"_s,
    };
    for (const QString& statement : swap) {
        if (Result<void> ran = exec(statement); !ran)
            return ran;
    }
    return {};
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
    const QList<Step> steps = migrations();
    if (current > steps.size())
        return ApiError{ErrorCode::LocalStorage,
                        u"The tablet's file "_s + m_path +
                            u" was written by a newer TableSync; update the app."_s,
                        {}};
    for (int step = current; step < steps.size(); ++step) {
        const Result<void> done = transaction([this, step, &steps]() -> Result<void> {
            if (Result<void> ran = steps.at(step)(*this); !ran)
                return ran;
            // PRAGMA takes no bound parameters; the value is our own integer.
            return exec(u"PRAGMA user_version = "_s + QString::number(step + 1));
        });
        if (!done)
            return done;
    }
    return {};
}
