#include "DemoVenueLaunch.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDemoVenueLaunch : public QObject
{
    Q_OBJECT

private slots:
    // No tablesyncd beside this test program and none in the given build tree.
    void saysWhenTheServerIsMissing()
    {
        DemoVenueLaunch launch(u"/nonexistent/build/app/server/tablesyncd"_s);
        QSignalSpy ready(&launch, &DemoVenueLaunch::ready);
        QSignalSpy failed(&launch, &DemoVenueLaunch::failed);
        launch.start();
        QVERIFY(failed.wait(5000));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(u"tablesyncd"_s), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())),
                 qPrintable(message));
        QCOMPARE(ready.size(), 0);
    }

    void startsTheServerWithProgressAndStopsItWhenGone()
    {
        auto launch =
            std::make_unique<DemoVenueLaunch>(QStringLiteral(TABLESYNC_TEST_SERVER_PROGRAM));
        QSignalSpy ready(launch.get(), &DemoVenueLaunch::ready);
        QSignalSpy failed(launch.get(), &DemoVenueLaunch::failed);
        launch->start();
        const auto progress = [] {
            for (QWidget* widget : QApplication::topLevelWidgets())
                if (auto* dialog = qobject_cast<QProgressDialog*>(widget);
                    dialog && dialog->isVisible())
                    return true;
            return false;
        };
        QVERIFY2(progress(), "a progress window while the server starts");
        QVERIFY(ready.wait(30000));
        QCOMPARE(failed.size(), 0);
        QTRY_VERIFY(!progress());

        const QUrl server = ready.at(0).at(0).toUrl();
        const QString folder = launch->folder();
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(u"venue.sqlite"_s)));
        QTcpSocket reachable;
        reachable.connectToHost(server.host(), quint16(server.port()));
        QVERIFY(reachable.waitForConnected(5000));
        reachable.disconnectFromHost();

        launch.reset();
        QTcpSocket gone;
        gone.connectToHost(server.host(), quint16(server.port()));
        QVERIFY(!gone.waitForConnected(2000));
        QVERIFY2(!QFileInfo::exists(folder), "the temporary folder goes with the server");
    }
};

QTEST_MAIN(TestDemoVenueLaunch)
#include "tst_demovenuelaunch.moc"
