#include "BanquetRun.h"
#include "ServerProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// kill -9 of tablesyncd in the middle of a stream of writes, then a restart on the same file:
// every line the server acknowledged is there, each with its add event. Three rounds, so the
// restarted server is killed too.
class tst_ServerKill : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedLinesSurviveKill();
};

void tst_ServerKill::acknowledgedLinesSurviveKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerProcess::Options options;
    options.program = QStringLiteral(TABLESYNCD_PATH);
    options.database = dir.filePath(u"venue.sqlite"_s);
    ServerProcess server(options);

    for (int round = 1; round <= 3; ++round) {
        const Result<quint16> port = server.start();
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));

        BanquetRun::Options banquet;
        banquet.port = port.value();
        banquet.waiters = 4;
        banquet.tables = 6;
        banquet.linesPerOrder = 40;
        banquet.staff = {{u"ayse"_s, u"1111"_s},
                         {u"mehmet"_s, u"2222"_s},
                         {u"elif"_s, u"3333"_s},
                         {u"can"_s, u"4444"_s}};
        BanquetRun run(banquet);
        const Result<void> prepared = run.prepare();
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : qPrintable(prepared.error().message));
        run.startAdding();
        // Killed while writes are in flight: the waiters never pause between adds.
        const qint64 target = 20 * round;
        QTRY_VERIFY_WITH_TIMEOUT(run.ledger().adds >= target, 60000);
        server.kill();
        QVERIFY(!server.isRunning());
        run.stopAdding(15000);

        QVERIFY2(server.start().ok(), "tablesyncd did not start again on the killed database");
        const Result<BanquetResult> checked = run.check(banquet.host, server.port());
        QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
        qInfo("round %d: %lld acknowledged, %lld stored so far, %lld stored without an "
              "acknowledgement (this or earlier rounds)",
              round, checked->acknowledgedLines, checked->storedLines,
              checked->unacknowledgedLines);
        QVERIFY(checked->acknowledgedLines >= target);
        QCOMPARE(checked->lost, 0);
        QCOMPARE(checked->missingAddEvents, 0);
        server.kill();
    }
}

QTEST_GUILESS_MAIN(tst_ServerKill)
#include "tst_serverkill.moc"
