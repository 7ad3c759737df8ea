#include "client/LocalDatabase.h"

#include "ResultCheck.h"

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
