#include "client/LocalDatabase.h"
#include "client/PrintedTickets.h"

#include "ManualClock.h"
#include "ResultCheck.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPrintedTickets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void survivesARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"kitchen.sqlite"_s);
        ManualClock clock;
        {
            LocalDatabase database(file);
            QVERIFY_OK(database.open());
            PrintedTickets printed(database, clock);
            QVERIFY_OK(printed.load());
            QCOMPARE(printed.count(), 0);
            QVERIFY_OK(printed.markPrinted(17));
            QVERIFY_OK(printed.markPrinted(17)); // twice is once
            QVERIFY_OK(printed.markPrinted(18));
            QVERIFY(printed.contains(17));
        }
        LocalDatabase database(file);
        QVERIFY_OK(database.open());
        PrintedTickets printed(database, clock);
        QVERIFY_OK(printed.load());
        QCOMPARE(printed.count(), 2);
        QVERIFY(printed.contains(17) && printed.contains(18));
        QVERIFY(!printed.contains(19));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT printed_at FROM printed_tickets WHERE ticket_id = 17"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), clock.nowMs());
    }

    void saysWhenItCannotRemember()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ManualClock clock;
        LocalDatabase database(dir.filePath(u"kitchen.sqlite"_s));
        QVERIFY_OK(database.open());
        PrintedTickets printed(database, clock);
        QVERIFY_OK(printed.load());
        QSqlQuery drop(database.connection());
        QVERIFY(drop.exec(u"DROP TABLE printed_tickets"_s));
        const Result<void> kept = printed.markPrinted(5);
        QVERIFY(!kept);
        QCOMPARE(kept.error().code, ErrorCode::LocalStorage);
        // Not remembered in memory either: nothing counts as printed that the file lacks.
        QVERIFY(!printed.contains(5));
    }
};

QTEST_MAIN(TestPrintedTickets)
#include "tst_printedtickets.moc"
