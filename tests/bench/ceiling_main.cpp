// tablesync-ceiling: what SQLite alone does with the SQL of the guarded write, on the server's
// schema and pragmas (WAL, synchronous FULL unless told otherwise), one writer, no HTTP, no
// JSON parsing. The server's writes/s divided by this is the fraction the report shows.

#include "store/SchemaMigrations.h"

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

using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString& text)
{
    std::fputs((u"tablesync-ceiling: "_s + text + u'\n').toLocal8Bit().constData(), stderr);
    return 2;
}

bool exec(QSqlQuery& query, const QString& sql)
{
    if (query.exec(sql))
        return true;
    std::fprintf(stderr, "tablesync-ceiling: %s: %s\n", qUtf8Printable(sql),
                 qUtf8Printable(query.lastError().text()));
    return false;
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
    parser.setApplicationDescription(u"SQLite ceiling of the guarded write."_s);
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
    parser.addOptions({seconds, tables, lines, synchronous, withReads, directoryOption});
    parser.process(app);

    const double duration = parser.value(seconds).toDouble();
    const int orderCount = parser.value(tables).toInt();
    const int lineCount = parser.value(lines).toInt();
    const QString mode = parser.value(synchronous).toUpper();
    if (duration <= 0 || orderCount < 1 || lineCount < 1)
        return fail(u"--seconds, --tables and --lines must be positive."_s);

    QTemporaryDir directory(parser.isSet(directoryOption)
                                ? parser.value(directoryOption) + u"/ceiling-XXXXXX"_s
                                : QString());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
    db.setDatabaseName(directory.filePath(u"ceiling.sqlite"_s));
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    // The server's pragmas (SqliteDialect::startSession).
    const QStringList pragmas{u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA journal_mode = WAL"_s,
                              QString(u"PRAGMA synchronous = "_s + mode),
                              u"PRAGMA foreign_keys = ON"_s};
    for (const QString& pragma : pragmas) {
        if (!exec(query, pragma))
            return 1;
    }
    if (Result<void> migrated = SchemaMigrations::apply(db, 0); !migrated.ok())
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
    QSqlQuery begin(db), commit(db), update(db), event(db), read(db);
    begin.prepare(u"BEGIN IMMEDIATE"_s);
    commit.prepare(u"COMMIT"_s);
    // The statements of SqlOrderStore::writeItems, word for word.
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
        if (!begin.exec())
            return fail(begin.lastError().text());
        update.bindValue(0, items);
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
        if (!commit.exec())
            return fail(commit.lastError().text());
        ++versions[orderId];
        ++writes;
        if (reads && !readOrder(orderId))
            return fail(read.lastError().text());
    }
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    std::printf(
        "ceiling: %lld guarded writes in %.2f s on %d orders of %d lines, synchronous=%s%s\n",
        static_cast<long long>(writes), elapsed, orderCount, lineCount, qPrintable(mode),
        reads ? ", with the reads of a PATCH" : "");
    std::printf("CEILING synchronous=%s with_reads=%d tables=%d lines=%d writes_per_s=%.1f "
                "mean_ms=%.3f\n",
                qPrintable(mode), reads ? 1 : 0, orderCount, lineCount, double(writes) / elapsed,
                elapsed * 1000.0 / double(writes));
    return 0;
}
