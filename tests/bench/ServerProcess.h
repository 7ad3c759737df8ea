#pragma once

#include "TablesyncdProcess.h"

#include "model/Result.h"

#include <QObject>
#include <QStringList>

// A tablesyncd child process on a database file of the caller's, listening on a free loopback
// port: what the benchmark runs against when no URL is given, and what the fault tests kill.
class ServerProcess : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString program;      // the tablesyncd executable (or tablesyncd-designs)
        QString adminProgram; // runs `staff add`; the program when empty
        QString database;
        QString synchronous = QStringLiteral("FULL");
        bool seedDemo = true;
        QStringList extraArguments; // for example --write-design in a designs build
        QString logFile;            // the request log (stderr); none when empty
    };

    explicit ServerProcess(Options options, QObject* parent = nullptr);
    ~ServerProcess() override;

    // Starts the server and waits until it listens; the same port again after a restart.
    Result<quint16> start(int timeoutMs = 30000);
    // Adds a waiter with the admin CLI (on the same file; the server may be running).
    Result<void> addWaiter(const QString& id, const QString& name, const QString& pin);
    // Gives the venue `count` tables of 20 seats with the admin CLI, as addWaiter() does.
    Result<void> setTables(int count);
    // SIGKILL on POSIX: no shutdown code of the server runs.
    void kill();
    // A polite stop (SIGTERM), waiting for the exit.
    void stop();

    quint16 port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }
    bool isRunning() const { return m_process.isRunning(); }
    // CPU time (user + system) the server has used so far; -1 where unknown.
    double cpuSeconds() const;
    // The server's peak resident memory so far (VmHWM) in MiB; -1 where not known (non-Linux).
    double peakResidentMiB() const;

private:
    Options m_options;
    TablesyncdProcess m_process;
    quint16 m_port = 0;
};
