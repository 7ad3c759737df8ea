#pragma once

#include "model/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

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

    static int schemaVersion();

private:
    Result<void> exec(const QString& statement);
    Result<void> migrate();
    // Numbered steps; PRAGMA user_version holds how many ran. Never edit an old one.
    QList<std::function<Result<void>()>> migrations();
    // Step 3: drafts and waiting sends keyed by their waiter; the log of discarded work.
    Result<void> keyByWaiter();

    QString m_path;
    QString m_connectionName;
};
