#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestTablesyncCommandLine : public QObject
{
    Q_OBJECT

private:
    // Runs tablesync with arguments in a home of its own, so no settings of a user are read.
    // The finished process, or nullptr when it did not finish within a minute.
    QProcessEnvironment environment(bool withDisplay) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        if (withDisplay)
            environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        else
            environment.remove(u"QT_QPA_PLATFORM"_s);
        return environment;
    }

    std::unique_ptr<QProcess> run(const QStringList& arguments, bool withDisplay = true)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment(withDisplay));
        process->start(QStringLiteral(TABLESYNC_TEST_TABLET_PROGRAM), arguments);
        if (process->waitForFinished(60000))
            return process;
        process->kill();
        process->waitForFinished();
        return nullptr;
    }

    QTemporaryDir m_home;

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void answersWithoutStartingTheApp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withDisplay");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("saysOnStdout");
        QTest::addColumn<QString>("saysOnStderr");
        const QString version = u"tablesync " TABLESYNC_TEST_VERSION ""_s;
        QTest::newRow("--help") << QStringList{u"--help"_s} << true << 0 << u"--waiters"_s
                                << QString();
        QTest::newRow("-h without a display")
            << QStringList{u"-h"_s} << false << 0 << u"--demo"_s << QString();
        QTest::newRow("--version")
            << QStringList{u"--version"_s} << true << 0 << version << QString();
        QTest::newRow("-v without a display")
            << QStringList{u"-v"_s} << false << 0 << version << QString();
        QTest::newRow("-- -h: an argument, not help")
            << QStringList{u"--"_s, u"-h"_s} << true << 1 << QString() << u"“-h”"_s;
        QTest::newRow("-- -v without a display")
            << QStringList{u"--"_s, u"-v"_s} << false << 1 << QString() << u"“-v”"_s;
        QTest::newRow("a positional argument")
            << QStringList{u"--demo"_s, u"extra"_s} << true << 1 << QString() << u"“extra”"_s;
        QTest::newRow("an unknown option")
            << QStringList{u"--no-such-option"_s} << true << 1 << QString() << u"no-such-option"_s;
        QTest::newRow("--waiters 9 --demo")
            << QStringList{u"--waiters"_s, u"9"_s, u"--demo"_s} << true << 1 << QString()
            << u"--waiters must be a number from 1 to 4."_s;
        QTest::newRow("--waiters without --demo") << QStringList{u"--waiters"_s, u"2"_s} << true
                                                  << 1 << QString() << u"--waiters needs --demo."_s;
        QTest::newRow("--kitchen without --demo")
            << QStringList{u"--kitchen"_s} << true << 1 << QString() << u"--kitchen needs --demo"_s;
        QTest::newRow("--printer with an empty name")
            << QStringList{u"--printer"_s, u" "_s} << true << 1 << QString()
            << u"--printer needs the name of a printer."_s;
        QTest::newRow("--help names --kitchen and --printer")
            << QStringList{u"--help"_s} << true << 0 << u"--printer <NAME>"_s << QString();
        QTest::newRow("--demo with --server")
            << QStringList{u"--demo"_s, u"--server"_s, u"http://127.0.0.1:1"_s} << true << 1
            << QString() << u"leave out --server"_s;
        QTest::newRow("a bad fingerprint")
            << QStringList{u"--pin-cert"_s, u"abc"_s} << true << 1 << QString()
            << u"--pin-cert must be a SHA-256 fingerprint"_s;
    }

    void answersWithoutStartingTheApp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withDisplay);
        QFETCH(int, exitCode);
        QFETCH(QString, saysOnStdout);
        QFETCH(QString, saysOnStderr);
        const std::unique_ptr<QProcess> tablesync = run(arguments, withDisplay);
        QVERIFY2(tablesync, "tablesync did not finish");
        const QString output = QString::fromUtf8(tablesync->readAllStandardOutput());
        const QString errors = QString::fromUtf8(tablesync->readAllStandardError());
        // A crash (the exit 139 of old) is not a normal exit.
        QCOMPARE(tablesync->exitStatus(), QProcess::NormalExit);
        QVERIFY2(tablesync->exitCode() == exitCode,
                 qPrintable(u"exit %1; stdout: %2; stderr: %3"_s.arg(tablesync->exitCode())
                                .arg(output, errors)));
        if (!saysOnStdout.isEmpty())
            QVERIFY2(output.contains(saysOnStdout), qPrintable(output));
        if (!saysOnStderr.isEmpty())
            QVERIFY2(errors.contains(saysOnStderr), qPrintable(errors));
    }

    static bool accepts(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, port);
        return socket.waitForConnected(2000);
    }

    // Ended from outside (a session logout, systemd, Ctrl+C), the app still stops its server.
    void demoServerStopsWhenTheAppIsTerminated()
    {
#ifdef Q_OS_WIN
        QSKIP("QProcess::terminate() sends no SIGTERM on Windows");
#endif
        QProcess tablesync;
        tablesync.setProcessEnvironment(environment(true));
        tablesync.start(QStringLiteral(TABLESYNC_TEST_TABLET_PROGRAM), {u"--demo"_s});
        const QRegularExpression announced(u"demo venue server on http://127\\.0\\.0\\.1:(\\d+)"_s);
        QByteArray output;
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT((output += tablesync.readAllStandardOutput(),
                                  (match = announced.match(QString::fromUtf8(output))).hasMatch()),
                                 60000);
        const auto port = match.captured(1).toUShort();
        QVERIFY(accepts(port));

        tablesync.terminate();
        QVERIFY(tablesync.waitForFinished(30000));
        QCOMPARE(tablesync.exitStatus(), QProcess::NormalExit);
        QTRY_VERIFY_WITH_TIMEOUT(!accepts(port), 10000);
    }
};

QTEST_GUILESS_MAIN(TestTablesyncCommandLine)
#include "tst_tablesynccommandline.moc"
