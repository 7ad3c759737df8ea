#include "client/LocalDatabase.h"

#include "ResultCheck.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_LocalDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void opensDurable()
    {
        LocalDatabase database(m_dir.filePath(u"tablet.sqlite"_s));
        QVERIFY_OK(database.open());
        QVERIFY(database.isOpen());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), LocalDatabase::schemaVersion());
    }

    void createsMissingFolders()
    {
        LocalDatabase database(m_dir.filePath(u"a/b/tablet.sqlite"_s));
        QVERIFY_OK(database.open());
        QVERIFY(QFile::exists(m_dir.filePath(u"a/b/tablet.sqlite"_s)));
    }

    void reopensWithoutMigratingAgain()
    {
        const QString path = m_dir.filePath(u"again.sqlite"_s);
        {
            LocalDatabase database(path);
            QVERIFY_OK(database.open());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"INSERT INTO drafts (order_id, base, draft, saved_at)"
                               " VALUES (1, '{}', '[]', 0)"_s));
        }
        LocalDatabase database(path);
        QVERIFY_OK(database.open());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM drafts"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void refusesANewerFile()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            LocalDatabase database(path);
            QVERIFY_OK(database.open());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
        }
        LocalDatabase database(path);
        const Result<void> opened = database.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"newer"_s), qPrintable(opened.error().message));
    }

    void transactionRollsBack()
    {
        LocalDatabase database(m_dir.filePath(u"rollback.sqlite"_s));
        QVERIFY_OK(database.open());
        const Result<void> done = database.transaction([&]() -> Result<void> {
            QSqlQuery query(database.connection());
            if (!query.exec(u"INSERT INTO drafts (order_id, base, draft, saved_at)"
                            " VALUES (7, '{}', '[]', 0)"_s))
                return ApiError{ErrorCode::HarnessFailed, u"insert failed"_s, {}};
            return ApiError{ErrorCode::HarnessFailed, u"changed my mind"_s, {}};
        });
        QVERIFY(!done);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM drafts"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // A file written before drafts had owners (schema 2): each draft goes to its recorded
    // waiter (the one whose send of it waits, else the one who added its new lines), a draft
    // without edits (a copy of the server's order) goes, the waiting sends stay as they were.
    void migratesDraftsToTheirWaiters()
    {
        const QString path = m_dir.filePath(u"release-2.sqlite"_s);
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema2"_s);
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            const QString base = u"{\"id\":%1,\"table_id\":\"1\",\"status\":\"open\","
                                 "\"version\":3,\"updated_at\":0,\"items\":%2}"_s;
            const QString kept = u"[{\"line_id\":\"a\",\"added_by\":\"elif\",\"qty\":1}]"_s;
            const QString changed = u"[{\"line_id\":\"a\",\"added_by\":\"elif\",\"qty\":2}]"_s;
            const QString added = u"[{\"line_id\":\"a\",\"added_by\":\"elif\",\"qty\":1},"
                                  "{\"line_id\":\"b\",\"added_by\":\"ayse\",\"qty\":1}]"_s;
            const QStringList statements{
                u"CREATE TABLE drafts (order_id INTEGER PRIMARY KEY, base TEXT NOT NULL,"
                " draft TEXT NOT NULL, saved_at INTEGER NOT NULL)"_s,
                u"CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " order_id INTEGER NOT NULL UNIQUE, base TEXT NOT NULL, draft TEXT NOT NULL,"
                " staff_id TEXT NOT NULL, queued_at INTEGER NOT NULL)"_s,
                u"PRAGMA user_version = 2"_s,
            };
            for (const QString& statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            const auto insertDraft = [&](int orderId, const QString& draft) {
                QSqlQuery insert(old);
                insert.prepare(u"INSERT INTO drafts VALUES (?, ?, ?, 5)"_s);
                insert.addBindValue(orderId);
                insert.addBindValue(base.arg(orderId).arg(kept));
                insert.addBindValue(draft);
                return insert.exec();
            };
            QVERIFY(insertDraft(1, added));   // Ayşe added a line: hers
            QVERIFY(insertDraft(2, changed)); // queued by Mehmet: his
            QVERIFY(insertDraft(3, kept));    // no edits: read again when opened
            QVERIFY(insertDraft(4, changed)); // a change naming nobody: an unknown waiter's
            QVERIFY(query.exec(u"INSERT INTO outbox (order_id, base, draft, staff_id, queued_at)"
                               " VALUES (2, '{}', '[]', 'mehmet', 7)"_s));
            old.close();
        }
        QSqlDatabase::removeDatabase(u"schema2"_s);

        LocalDatabase database(path);
        QVERIFY_OK(database.open());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT order_id, staff_id, saved_at FROM drafts ORDER BY order_id"_s));
        QList<QPair<qint64, QString>> owners;
        while (query.next()) {
            owners.append({query.value(0).toLongLong(), query.value(1).toString()});
            QCOMPARE(query.value(2).toLongLong(), 5);
        }
        QCOMPARE(owners,
                 (QList<QPair<qint64, QString>>{{1, u"ayse"_s}, {2, u"mehmet"_s}, {4, QString()}}));
        QVERIFY(query.exec(u"SELECT order_id, staff_id, queued_at FROM outbox"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 2);
        QCOMPARE(query.value(1).toString(), u"mehmet"_s);
        QCOMPARE(query.value(2).toLongLong(), 7);
        QVERIFY(!query.next());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM discards"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // Two waiters may now each have a draft and a waiting send of the same order.
        QVERIFY(query.exec(u"INSERT INTO drafts (staff_id, order_id, base, draft, saved_at)"
                           " VALUES ('ayse', 2, '{}', '[]', 0)"_s));
        QVERIFY(query.exec(u"INSERT INTO outbox (order_id, base, draft, staff_id, queued_at)"
                           " VALUES (2, '{}', '[]', 'ayse', 8)"_s));
    }

    void twoFilesSideBySide()
    {
        LocalDatabase first(m_dir.filePath(u"one.sqlite"_s));
        LocalDatabase second(m_dir.filePath(u"two.sqlite"_s));
        QVERIFY_OK(first.open());
        QVERIFY_OK(second.open());
        QVERIFY(first.connection().connectionName() != second.connection().connectionName());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_LocalDatabase)
#include "tst_localdatabase.moc"
