#pragma once

#include "model/Result.h"

#include <QStringList>

class QSqlDatabase;

// The numbered steps that build and upgrade the schema, the same for SQLite and PostgreSQL.
// Each step runs once, in its own write transaction, and is recorded in schema_migrations
// with its number.
class SchemaMigrations
{
public:
    enum class Dialect { Sqlite, Postgres };

    // The statements of step n are steps().at(n - 1); steps are only ever appended.
    static QList<QStringList> steps(Dialect dialect = Dialect::Sqlite);
    static Result<void> apply(QSqlDatabase& database, qint64 now,
                              Dialect dialect = Dialect::Sqlite);
    static int latest();
};
