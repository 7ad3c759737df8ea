#pragma once

#include "model/Result.h"

#include <QProcess>
#include <QStringList>
#include <QUrl>

// A tablesyncd child process of a test: an admin command run to its end, or a server started
// with the test's arguments, its address learnt from the "listening on" line it prints, and
// stopped (politely, else killed) at the latest by the destructor.
class TablesyncdProcess
{
public:
    // What a command that ran to its end left behind.
    struct Finished
    {
        int exitCode = -1; // -1 when it crashed, was killed or did not finish in time
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        QString out;
        QString err;
    };

    // The tablesyncd this build made (TABLESYNCD_PATH), or empty in a build without it.
    static QString executable();
    // Runs `tablesyncd arguments...` to its end; one that hangs is killed and says so in err.
    static Finished run(const QStringList& arguments, int timeoutMs = 30'000,
                        const QString& program = executable());

    explicit TablesyncdProcess(QString program = executable());
    ~TablesyncdProcess();
    TablesyncdProcess(const TablesyncdProcess&) = delete;
    TablesyncdProcess& operator=(const TablesyncdProcess&) = delete;

    // Where stderr (the request log) goes: a file, or QProcess::nullDevice(); kept for log()
    // when never set. Takes effect at the next start().
    void setLogFile(const QString& file) { m_logFile = file; }

    // Starts the server and waits until it listens. Without --listen among the arguments it
    // listens on a loopback port of its own choosing (no race for a probed free port).
    Result<QUrl> start(QStringList arguments, int timeoutMs = 20'000);
    // Asks it to stop (SIGTERM) and waits; kills it when it does not. The exit code, or -1
    // when it did not exit normally.
    int stop(int timeoutMs = 15'000);
    // Ends it at once (SIGKILL on POSIX): none of its shutdown code runs.
    void kill();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }
    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port(0)); }
    // All it printed so far, stdout then stderr (unless stderr goes to a log file).
    QByteArray log();

private:
    QString m_program;
    QString m_logFile;
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_out;
    QByteArray m_err;
};
