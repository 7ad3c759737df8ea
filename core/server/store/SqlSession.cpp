#include "SqlSession.h"

#include <QAtomicInteger>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace {

QAtomicInteger<quint64> connectionCounter;

} // namespace

SqlSession::SqlSession(std::unique_ptr<SqlDialect> dialect)
    : m_dialect(std::move(dialect))
    , m_connectionName(u"tablesync-store-%1"_s.arg(++connectionCounter))
    , m_othersCommitsQuery(m_dialect->othersCommitsQuery())
{}

SqlSession::~SqlSession()
{
    close();
}

Result<void> SqlSession::open(qint64 now)
{
    if (Result<void> connected = connectDatabase(); !connected.ok())
        return connected;
    Result<void> migrated = SchemaMigrations::apply(m_database, now, m_dialect->schema());
    if (!migrated.ok()) {
        disconnectDatabase();
        return migrated;
    }
    return {};
}

void SqlSession::close()
{
    m_groupLost = false;
    disconnectDatabase();
}

Result<void> SqlSession::connectDatabase()
{
    m_database = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (!m_database.isValid()) {
        disconnectDatabase();
        return ApiError{
            ErrorCode::StorageError,
            u"The Qt database driver %1 is not installed."_s.arg(m_dialect->driverName()),
            {}};
    }
    if (Result<void> configured = m_dialect->configure(m_database); !configured.ok()) {
        disconnectDatabase();
        return configured;
    }
    if (!m_database.open()) {
        const QString reason = m_database.lastError().text();
        disconnectDatabase();
        return m_dialect->openFailure(reason);
    }
    if (Result<void> started = m_dialect->startSession(m_database); !started.ok()) {
        disconnectDatabase();
        return started;
    }
    // A new connection flushes its commits itself until told otherwise, which is safe but slow.
    if (m_flushesDeferred)
        (void)m_dialect->deferFlushes(m_database, true);
    m_lost = false;
    return {};
}

void SqlSession::disconnectDatabase()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    m_groupOpen = false;
    // What was learnt on the old connection no longer counts.
    m_othersValue.reset();
    m_othersAskedInGroup = false;
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<void> SqlSession::reconnect()
{
    m_groupLost = m_groupLost || m_groupOpen;
    disconnectDatabase();
    if (Result<void> connected = connectDatabase(); !connected.ok())
        return connected;
    ++m_reconnects;
    return {};
}

ApiError SqlSession::notConnected() const
{
    return ApiError{ErrorCode::StoreUnavailable,
                    u"The database %1 is not connected."_s.arg(m_dialect->displayName()),
                    {}};
}

ApiError SqlSession::groupLost() const
{
    return ApiError{ErrorCode::StoreUnavailable,
                    u"The connection to the database %1 was lost with the writes of the open "
                    "group."_s.arg(m_dialect->displayName()),
                    {}};
}

ApiError SqlSession::failure(const QString& what, const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    if (m_dialect->connectionLost(error, m_database)) {
        m_lost = true;
        return ApiError{ErrorCode::StoreUnavailable,
                        u"The database %1 is unreachable (%2): %3"_s.arg(m_dialect->displayName(),
                                                                         what, error.text()),
                        {}};
    }
    return ApiError{
        ErrorCode::StorageError,
        u"The database %1 failed to %2: %3"_s.arg(m_dialect->displayName(), what, error.text()),
        {}};
}

Result<QSqlQuery*> SqlSession::prepared(const QString& sql)
{
    if (QSqlQuery* query = m_statements.value(sql))
        return query;
    auto fresh = std::make_unique<QSqlQuery>(m_database);
    fresh->setForwardOnly(true);
    if (!fresh->prepare(sql))
        return failure(u"prepare \"%1\""_s.arg(sql.left(60)), *fresh);
    QSqlQuery* query = fresh.release();
    m_statements.insert(sql, query);
    return query;
}

Result<QSqlQuery*> SqlSession::run(const QString& sql, const QVariantList& values)
{
    if (!m_database.isValid())
        return notConnected();
    Result<QSqlQuery*> statement = prepared(sql);
    if (!statement.ok())
        return statement.error();
    QSqlQuery* query = statement.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec()) {
        const ApiError error = failure(u"run \"%1\""_s.arg(sql.left(60)), *query);
        query->finish();
        return error;
    }
    return query;
}

Result<QSqlQuery*> SqlSession::run(const SqlStatement& statement)
{
    return run(statement.sql, statement.values);
}

Result<void> SqlSession::runIfAny(const std::optional<SqlStatement>& statement)
{
    if (!statement)
        return {};
    Result<QSqlQuery*> query = run(*statement);
    if (!query.ok())
        return query.error();
    query.value()->finish();
    return {};
}

Result<void> SqlSession::control(const QString& sql)
{
    if (!m_database.isValid())
        return notConnected();
    if (m_dialect->preparesControl()) {
        // Prepared once: every grouped write runs a SAVEPOINT and a RELEASE.
        Result<QSqlQuery*> statement = prepared(sql);
        if (!statement.ok())
            return statement.error();
        QSqlQuery* query = statement.value();
        if (!query->exec()) {
            const ApiError error = failure(sql, *query);
            query->finish();
            return error;
        }
        query->finish();
        return {};
    }
    QSqlQuery query(m_database);
    if (!query.exec(sql))
        return failure(sql, query);
    return {};
}

Result<void> SqlSession::beginLocked()
{
    if (Result<void> begun = control(m_dialect->beginStatement()); !begun.ok())
        return begun;
    // The event-log lock before any row lock, in every write: writers queue in one order.
    if (Result<void> locked = runIfAny(m_dialect->eventLogLock()); !locked.ok()) {
        if (!m_lost)
            (void)control(u"ROLLBACK"_s);
        return locked;
    }
    return {};
}

Result<void> SqlSession::openGroup()
{
    if (m_groupLost)
        return groupLost();
    if (!m_groupCommit || m_groupOpen)
        return {};
    if (Result<void> begun = beginLocked(); !begun.ok())
        return begun;
    m_groupOpen = true;
    m_othersAskedInGroup = false;
    return {};
}

Result<void> SqlSession::begin()
{
    if (Result<void> opened = openGroup(); !opened.ok())
        return opened;
    if (m_groupOpen)
        return control(u"SAVEPOINT write"_s);
    return beginLocked();
}

Result<void> SqlSession::commit()
{
    Result<void> committed = control(m_groupOpen ? u"RELEASE write"_s : u"COMMIT"_s);
    if (!committed.ok())
        rollback();
    return committed;
}

void SqlSession::rollback()
{
    // On a lost connection the server has already undone the transaction.
    if (m_lost)
        return;
    if (m_groupOpen) {
        (void)control(u"ROLLBACK TO write"_s);
        (void)control(u"RELEASE write"_s);
    } else {
        (void)control(u"ROLLBACK"_s);
    }
}

Result<bool> SqlSession::transaction(const std::function<Result<bool>()>& body)
{
    // Nothing was sent yet, so BEGIN may be retried on a new connection like a read.
    if (Result<void> started = reading([this] { return begin(); }); !started.ok())
        return started.error();
    m_inTransaction = true;
    Result<bool> done = body();
    m_inTransaction = false;
    if (!done.ok() || !done.value()) {
        rollback();
        if (m_ended)
            m_ended(false);
        return done;
    }
    Result<void> committed = commit();
    if (m_ended)
        m_ended(committed.ok());
    if (!committed.ok())
        return committed.error();
    return true;
}

void SqlSession::setGroupCommit(bool on)
{
    // Turned off only once the group's owner committed what waited.
    Q_ASSERT(on || !m_groupOpen);
    m_groupCommit = on && m_dialect->groupsCommits();
}

Result<std::optional<QString>> SqlSession::deferFlushes(bool on)
{
    Result<std::optional<QString>> file = m_dialect->deferFlushes(m_database, on);
    m_flushesDeferred = file.ok() && file.value().has_value();
    return file;
}

Result<void> SqlSession::commitGroup()
{
    if (m_groupLost) {
        abandonGroup();
        return groupLost();
    }
    if (!m_groupOpen)
        return {};
    Result<void> committed = control(u"COMMIT"_s);
    if (!committed.ok()) {
        abandonGroup();
        return committed;
    }
    m_groupOpen = false;
    m_othersAskedInGroup = false;
    return committed;
}

void SqlSession::abandonGroup()
{
    m_groupLost = false;
    if (!m_groupOpen)
        return;
    m_groupOpen = false;
    m_othersAskedInGroup = false;
    if (!m_lost)
        (void)control(u"ROLLBACK"_s);
    // What was learnt inside the group may name rows that never were.
    ++m_othersCommits;
}

std::optional<quint64> SqlSession::othersCommits()
{
    if (!m_othersCommitsQuery || !m_database.isValid() || m_lost)
        return std::nullopt;
    if (m_groupOpen && m_othersAskedInGroup)
        return m_othersCommits;
    Result<QSqlQuery*> query = run(*m_othersCommitsQuery);
    if (!query.ok())
        return std::nullopt;
    QSqlQuery* q = query.value();
    const std::optional<qint64> value =
        q->next() ? std::optional<qint64>(q->value(0).toLongLong()) : std::nullopt;
    q->finish();
    if (!value)
        return std::nullopt;
    if (value != m_othersValue) {
        ++m_othersCommits;
        m_othersValue = value;
    }
    m_othersAskedInGroup = m_groupOpen;
    return m_othersCommits;
}
