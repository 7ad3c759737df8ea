#pragma once

#include "model/Result.h"

#include <QString>

class QSqlDatabase;

// Where a PostgreSQL database is: postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?key=value&...].
// The password is kept apart so that what is shown or logged never carries it.
struct PostgresUrl
{
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString databaseName;
    QString connectOptions; // libpq keywords from the query, "key=value;key=value"

    // True for a postgresql:// (or postgres://) URL; anything else is an SQLite path.
    static bool isPostgres(const QString& database);
    static Result<PostgresUrl> parse(const QString& url);

    // The URL without its password.
    QString displayed() const;
    // The same server and user, another database.
    PostgresUrl withDatabase(const QString& name) const;
    // Names this database on a QPSQL connection that is not open yet.
    void applyTo(QSqlDatabase& database) const;
};
