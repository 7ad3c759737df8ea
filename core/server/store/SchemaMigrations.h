#pragma once

#include "model/Result.h"

#include <QStringList>

class QSqlDatabase;

// The numbered steps that build and upgrade the schema. Each step runs once, in its own
// write transaction, and is recorded in schema_migrations with its number.
class SchemaMigrations
{
public:
    // The statements of step n are steps().at(n - 1); steps are only ever appended.
    static const QList<QStringList>& steps();
    static Result<void> apply(QSqlDatabase& database, qint64 now);
    static int latest() { return int(steps().size()); }
};
