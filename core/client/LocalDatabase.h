#pragma once

#include "model/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlError;

// The tablet's own SQLite file (drafts and outbox, each keyed by its waiter, the outbox with
// its voids; the discard log; printed kitchen tickets). Every write is durable when the call
// returns: WAL with synchronous=FULL, so killing the app at any moment loses nothing it
// acknowledged.
class LocalDatabase
{
public:
    explicit LocalDatabase(QString path);
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase&) = delete;
    LocalDatabase& operator=(const LocalDatabase&) = delete;

    // Opens (creating if missing) and migrates the file.
    Result<void> open();
    bool isOpen() const;
    const QString& path() const { return m_path; }
    QSqlDatabase connection() const;

    // Runs `work` in one transaction; rolls back when it fails.
    Result<void> transaction(const std::function<Result<void>()>& work);

    // How many migration steps there are: the user_version a migrated file has.
    static int schemaVersion();
    // ErrorCode::LocalStorage naming what failed and why SQLite says it did.
    static ApiError storageError(const QString& what, const QSqlError& error);
    // The staff_id column is never NULL: a null id is stored as the empty one.
    static QString staffKey(const QString& staffId);

private:
    Result<void> exec(const QString& statement);
    Result<void> migrate();
    using Step = std::function<Result<void>(LocalDatabase&)>;
    // Numbered steps; PRAGMA user_version holds how many ran. Never edit an old one.
    static QList<Step> migrations();
    // Step 3: drafts and waiting sends keyed by their waiter; the log of discarded work.
    Result<void> keyByWaiter();

    QString m_path;
    QString m_connectionName;
};
