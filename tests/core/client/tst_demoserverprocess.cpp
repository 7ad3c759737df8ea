#include "client/DemoServerProcess.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The real tablesyncd of this build tree, as `tablesync --demo` finds it there.
const QString serverProgram = QStringLiteral(TABLESYNC_TEST_SERVER_PROGRAM);

class TestDemoServerProcess : public QObject
{
    Q_OBJECT

private:
    // The HTTP status of GET url, or 0 when the server could not be reached.
    static int healthStatus(const QUrl& server)
    {
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(
            network.get(QNetworkRequest(server.resolved(QUrl(u"/api/v1/health"_s)))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void locatesTheServerBesideTheAppFirst_data()
    {
        QTest::addColumn<bool>("beside");
        QTest::addColumn<bool>("inBuildTree");
        QTest::addColumn<QString>("expected");
        QTest::newRow("beside the app wins") << true << true << u"beside"_s;
        QTest::newRow("the build tree as fallback") << false << true << u"build"_s;
        QTest::newRow("nowhere") << false << false << QString();
    }

    void locatesTheServerBesideTheAppFirst()
    {
        QFETCH(bool, beside);
        QFETCH(bool, inBuildTree);
        QFETCH(QString, expected);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir(root.path()).mkpath(u"app"_s));
        QVERIFY(QDir(root.path()).mkpath(u"build"_s));
#ifdef Q_OS_WIN
        const QString name = u"tablesyncd.exe"_s;
#else
        const QString name = u"tablesyncd"_s;
#endif
        const QString besideFile = root.filePath(u"app/"_s + name);
        const QString buildFile = root.filePath(u"build/"_s + name);
        if (beside)
            QVERIFY(QFile::copy(serverProgram, besideFile));
        if (inBuildTree)
            QVERIFY(QFile::copy(serverProgram, buildFile));

        const QString found = DemoServerProcess::locate(root.filePath(u"app"_s), buildFile);
        if (expected.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QCOMPARE(
                found,
                QFileInfo(expected == "beside"_L1 ? besideFile : buildFile).absoluteFilePath());
    }

    void servesTheDemoVenueUntilDestroyed()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        auto server = std::make_unique<DemoServerProcess>(serverProgram);
        QSignalSpy ready(server.get(), &DemoServerProcess::ready);
        QSignalSpy failed(server.get(), &DemoServerProcess::failed);
        server->start(folder.filePath(u"venue.sqlite"_s));
        QVERIFY(ready.wait(30000));
        QCOMPARE(failed.size(), 0);
        const QUrl url = ready.at(0).at(0).toUrl();
        QCOMPARE(url, server->url());
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0);
        QCOMPARE(healthStatus(url), 200);
        QVERIFY(QFile::exists(folder.filePath(u"venue.sqlite"_s)));

        const qint64 child = server->processId();
        QVERIFY(child > 0);
        server.reset();
        // Gone: nothing listens on its port any more, and (Linux) no such process exists.
        QTcpSocket probe;
        probe.connectToHost(u"127.0.0.1"_s, quint16(url.port()));
        QVERIFY(!probe.waitForConnected(2000));
#ifdef Q_OS_LINUX
        QVERIFY(!QFile::exists(u"/proc/%1"_s.arg(child)));
#endif
    }

    void saysWhenTheServerStopsBeforeItIsReady()
    {
        // A database in a folder that does not exist: tablesyncd exits with its reason.
        DemoServerProcess server(serverProgram);
        QSignalSpy ready(&server, &DemoServerProcess::ready);
        QSignalSpy failed(&server, &DemoServerProcess::failed);
        server.start(u"/nonexistent-folder/for/tablesync/venue.sqlite"_s);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).value<DemoServerProcess::Failure>(),
                 DemoServerProcess::Failure::Exited);
        QVERIFY2(!failed.at(0).at(1).toString().isEmpty(), "the child's reason is passed on");
        QCOMPARE(ready.size(), 0);
        QVERIFY(!server.isRunning());
    }

    void saysWhenTheProgramCannotStart()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        DemoServerProcess server(folder.filePath(u"no-such-tablesyncd"_s));
        QSignalSpy failed(&server, &DemoServerProcess::failed);
        server.start(folder.filePath(u"venue.sqlite"_s));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.at(0).at(0).value<DemoServerProcess::Failure>(),
                 DemoServerProcess::Failure::CannotStart);
    }
};

QTEST_GUILESS_MAIN(TestDemoServerProcess)
#include "tst_demoserverprocess.moc"
