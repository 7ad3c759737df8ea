// tablesync-ceiling: what the database alone does with the SQL of the guarded write, on the
// server's schema, one writer, no HTTP, no JSON parsing. SQLite with the server's pragmas (WAL,
// synchronous FULL unless told otherwise); PostgreSQL with the server's dialect statements (the
// event-log lock first, pg_notify before COMMIT). The server's writes/s divided by this is the
// fraction the report shows.

#include "store/PostgresDialect.h"
#include "store/PostgresUrl.h"
#include "store/SchemaMigrations.h"
#include "store/SqliteDialect.h"

#include "model/JsonCodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString& text)
{
    std::fputs((u"tablesync-ceiling: "_s + text + u'\n').toLocal8Bit().constData(), stderr);
    return 2;
}

Lines someLines(int count)
{
    Lines lines;
    for (int i = 0; i < count; ++i) {
        Line line;
        line.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        line.menuItemId = u"soup-lentil"_s;
        line.qty = 1 + i % 3;
        line.seat = i % 21;
        line.addedBy = u"ayse"_s;
        line.addedAt = 1'780'000'000'000 + i;
        lines.append(line);
    }
    return lines;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"SQLite or PostgreSQL ceiling of the guarded write: its SQL alone, one writer."_s);
    parser.addHelpOption();
    const QCommandLineOption seconds(u"seconds"_s, u"How long to write."_s, u"D"_s, u"5"_s);
    const QCommandLineOption tables(u"tables"_s, u"Orders written in turn."_s, u"T"_s, u"60"_s);
    const QCommandLineOption lines(u"lines"_s, u"Lines in every written list."_s, u"N"_s, u"50"_s);
    const QCommandLineOption synchronous(u"sqlite-synchronous"_s, u"FULL or NORMAL."_s, u"MODE"_s,
                                         u"FULL"_s);
    const QCommandLineOption withReads(u"with-reads"_s,
                                       u"Also read the order before and after, as a PATCH does."_s);
    const QCommandLineOption directoryOption(u"dir"_s, u"Folder for the database file."_s,
                                             u"DIR"_s);
    const QCommandLineOption database(
        u"database"_s,
        u"A postgresql:// URL of an EMPTY database: the PostgreSQL ceiling (else SQLite)."_s,
        u"URL"_s);
    const QCommandLineOption store(u"store"_s,
                                   u"sqlite (default) or postgresql (needs --database)."_s,
                                   u"STORE"_s, u"sqlite"_s);
    parser.addOptions(
        {seconds, tables, lines, synchronous, withReads, directoryOption, database, store});
    parser.process(app);

    const double duration = parser.value(seconds).toDouble();
    const int orderCount = parser.value(tables).toInt();
    const int lineCount = parser.value(lines).toInt();
    const QString mode = parser.value(synchronous).toUpper();
    if (duration <= 0 || orderCount < 1 || lineCount < 1)
        return fail(u"--seconds, --tables and --lines must be positive."_s);

    const bool postgres = parser.value(store) == "postgresql"_L1;
    if (!postgres && parser.value(store) != "sqlite"_L1)
        return fail(u"--store must be sqlite or postgresql, not %1."_s.arg(parser.value(store)));
    if (postgres != parser.isSet(database))
        return fail(u"--store postgresql and --database postgresql://... go together."_s);
    std::optional<PostgresDialect> dialect;
    QTemporaryDir directory(parser.isSet(directoryOption)
                                ? parser.value(directoryOption) + u"/ceiling-XXXXXX"_s
                                : QString());
    QSqlDatabase db;
    if (postgres) {
        const Result<PostgresUrl> url = PostgresUrl::parse(parser.value(database));
        if (!url.ok())
            return fail(url.error().message);
        dialect.emplace(url.value(), u"ceiling"_s);
        db = QSqlDatabase::addDatabase(u"QPSQL"_s);
        url->applyTo(db);
    } else {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
        db.setDatabaseName(directory.filePath(u"ceiling.sqlite"_s));
    }
    if (!db.open())
        return fail(db.lastError().text());
    if (!postgres) {
        // The server's own pragmas, so the ceiling's SQLite is set up as the server's is.
        const SqliteDialect sqlite(db.databaseName(), mode);
        if (Result<void> started = sqlite.startSession(db); !started.ok())
            return fail(started.error().message);
    }
    QSqlQuery query(db);
    if (Result<void> migrated = SchemaMigrations::apply(
            db, 0,
            postgres ? SchemaMigrations::Dialect::Postgres : SchemaMigrations::Dialect::Sqlite);
        !migrated.ok())
        return fail(migrated.error().message);
    for (int i = 1; i <= orderCount; ++i) {
        query.prepare(
            u"INSERT INTO venue_tables (id, name, seats, position) VALUES (?, ?, 20, ?)"_s);
        query.addBindValue(QString::number(i));
        query.addBindValue(u"Table %1"_s.arg(i));
        query.addBindValue(i);
        if (!query.exec())
            return fail(query.lastError().text());
        query.prepare(
            u"INSERT INTO orders (id, table_id, status, version, updated_at) VALUES (?, ?, 'open', 1, 0)"_s);
        query.addBindValue(i);
        query.addBindValue(QString::number(i));
        if (!query.exec())
            return fail(query.lastError().text());
    }

    const Lines list = someLines(lineCount);
    const QByteArray items = QJsonDocument(JsonCodec::toJson(list)).toJson(QJsonDocument::Compact);
    QSqlQuery begin(db), commit(db), update(db), event(db), read(db), lock(db), notice(db);
    // PostgreSQL cannot prepare transaction control; the server runs it unprepared there too.
    const QString beginSql = postgres ? dialect->beginStatement() : u"BEGIN IMMEDIATE"_s;
    if (!postgres) {
        begin.prepare(beginSql);
        commit.prepare(u"COMMIT"_s);
    }
    const auto control = [postgres](QSqlQuery& statement, const QString& sql) {
        return postgres ? statement.exec(sql) : statement.exec();
    };
    // PostgreSQL: what the server adds to every write (PostgresDialect).
    const std::optional<SqlStatement> lockStatement =
        postgres ? dialect->eventLogLock() : std::nullopt;
    if (lockStatement) {
        lock.prepare(lockStatement->sql);
        for (qsizetype i = 0; i < lockStatement->values.size(); ++i)
            lock.bindValue(int(i), lockStatement->values.at(i));
    }
    // The statements of SqlOrderLog::writeItems, but for the RETURNING the server reads back.
    update.prepare(
        u"UPDATE orders SET version = version + 1, items = ?, item_count = ?, updated_at = ?"
        " WHERE id = ? AND version = ? AND status = 'open'"_s);
    event.prepare(
        u"INSERT INTO events (order_id, table_id, version, kind, line_id, menu_item_id, qty,"
        " prev_qty, note, expected_version, author, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    read.prepare(u"SELECT o.id, o.table_id, o.status, o.version, o.updated_at, o.items, t.seats"
                 " FROM orders o JOIN venue_tables t ON t.id = o.table_id WHERE o.id = ?"_s);
    const bool reads = parser.isSet(withReads);
    const auto readOrder = [&read](int orderId) {
        read.bindValue(0, orderId);
        if (!read.exec())
            return false;
        while (read.next())
            (void)read.value(5).toByteArray();
        read.finish();
        return true;
    };

    QList<qint64> versions(orderCount + 1, 1);
    qint64 writes = 0;
    QElapsedTimer clock;
    clock.start();
    const qint64 until = qint64(duration * 1e9);
    while (clock.nsecsElapsed() < until) {
        const int orderId = int(writes % orderCount) + 1;
        if (reads && !readOrder(orderId))
            return fail(read.lastError().text());
        if (!control(begin, beginSql))
            return fail(begin.lastError().text());
        if (lockStatement && !lock.exec())
            return fail(lock.lastError().text());
        update.bindValue(0, QString::fromUtf8(items));
        update.bindValue(1, lineCount);
        update.bindValue(2, clock.elapsed());
        update.bindValue(3, orderId);
        update.bindValue(4, versions[orderId]);
        if (!update.exec() || update.numRowsAffected() != 1)
            return fail(u"the guarded UPDATE did not apply: "_s + update.lastError().text());
        const QVariantList values{orderId,
                                  QString::number(orderId),
                                  versions[orderId] + 1,
                                  u"add"_s,
                                  list.at(int(writes % lineCount)).lineId,
                                  u"soup-lentil"_s,
                                  1,
                                  QVariant(QMetaType(QMetaType::Int)),
                                  QString(),
                                  QVariant(QMetaType(QMetaType::LongLong)),
                                  u"ayse"_s,
                                  clock.elapsed()};
        for (qsizetype i = 0; i < values.size(); ++i)
            event.bindValue(int(i), values.at(i));
        if (!event.exec())
            return fail(event.lastError().text());
        if (const std::optional<SqlStatement> changed =
                postgres ? dialect->changeNotice(orderId, QString::number(orderId),
                                                 versions[orderId] + 1)
                         : std::nullopt) {
            notice.prepare(changed->sql);
            for (qsizetype i = 0; i < changed->values.size(); ++i)
                notice.bindValue(int(i), changed->values.at(i));
            if (!notice.exec())
                return fail(notice.lastError().text());
        }
        if (!control(commit, u"COMMIT"_s))
            return fail(commit.lastError().text());
        ++versions[orderId];
        ++writes;
        if (reads && !readOrder(orderId))
            return fail(read.lastError().text());
    }
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    const QString shownMode = postgres ? u"n/a"_s : mode;
    std::printf(
        "ceiling: %lld guarded writes in %.2f s on %d orders of %d lines, %s, synchronous=%s%s\n",
        static_cast<long long>(writes), elapsed, orderCount, lineCount,
        postgres ? "PostgreSQL" : "SQLite", qPrintable(shownMode),
        reads ? ", with the reads of a PATCH" : "");
    std::printf("CEILING store=%s synchronous=%s with_reads=%d tables=%d lines=%d "
                "writes_per_s=%.1f mean_ms=%.3f\n",
                postgres ? "postgresql" : "sqlite", qPrintable(shownMode), reads ? 1 : 0,
                orderCount, lineCount, double(writes) / elapsed, elapsed * 1000.0 / double(writes));
    return 0;
}
