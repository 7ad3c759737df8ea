#pragma once

#include "model/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

// The tablet's own SQLite file (drafts, outbox, printed kitchen tickets). Every write is durable when the call returns:
// WAL with synchronous=FULL, so killing the app at any moment loses nothing it acknowledged.
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

    QString m_path;
    QString m_connectionName;
};
