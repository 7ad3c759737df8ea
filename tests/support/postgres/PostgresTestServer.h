#pragma once

#include "model/Result.h"

#include <QString>

// The PostgreSQL server a test run uses (TABLESYNC_TEST_DATABASE, started by pgtest.sh from
// CTest): one throw-away database per fixture, made and dropped over an admin connection.
class PostgresTestServer
{
public:
    // The server's URL from the environment, or empty when the suite runs on SQLite.
    static QString url();
    // The URL of database `name` on that server.
    static QString urlOf(const QString& name);
    // A new, empty database with a unique name; its name.
    static Result<QString> createDatabase();
    // Drops the database even while a connection is still open to it.
    static Result<void> dropDatabase(const QString& name);
};
