#include "ServerProcess.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

ServerProcess::ServerProcess(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_process(m_options.program)
{}

ServerProcess::~ServerProcess()
{
    stop();
}

Result<quint16> ServerProcess::start(int timeoutMs)
{
    if (isRunning())
        return m_port;
    // The first start lets the server pick a free port (no race with other processes for a
    // probed one); a restart asks for the same port again.
    QStringList arguments{u"--db"_s,
                          m_options.database,
                          u"--listen"_s,
                          u"127.0.0.1:%1"_s.arg(m_port),
                          u"--sqlite-synchronous"_s,
                          m_options.synchronous};
    if (m_options.seedDemo)
        arguments << u"--seed-demo"_s;
    // tablesyncd's per-token rate limit is for abuse; these waiters never pause.
    arguments << u"--token-rate"_s << u"0"_s;
    arguments << m_options.extraArguments;
    m_process.setLogFile(m_options.logFile.isEmpty() ? QProcess::nullDevice() : m_options.logFile);
    // A port still in TIME_WAIT of a killed predecessor may take a few attempts to bind;
    // start() keeps waiting for the announcement until its timeout.
    const Result<QUrl> started = m_process.start(arguments, timeoutMs);
    if (!started)
        return started.error();
    m_port = quint16(started->port());
    return m_port;
}

Result<void> ServerProcess::addWaiter(const QString& id, const QString& name, const QString& pin)
{
    const TablesyncdProcess::Finished added = TablesyncdProcess::run(
        {u"--db"_s, m_options.database, u"staff"_s, u"add"_s, u"--id"_s, id, u"--name"_s, name,
         u"--role"_s, u"waiter"_s, u"--pin"_s, pin},
        30000, m_options.adminProgram.isEmpty() ? m_options.program : m_options.adminProgram);
    if (added.exitCode != 0)
        return ApiError{ErrorCode::HarnessFailed,
                        u"tablesyncd staff add --id %1 failed: %2"_s.arg(id, added.err.trimmed()),
                        {}};
    return {};
}

Result<void> ServerProcess::setTables(int count)
{
    const TablesyncdProcess::Finished set = TablesyncdProcess::run(
        {u"--db"_s, m_options.database, u"tables"_s, u"set"_s, u"--count"_s, QString::number(count),
         u"--seats"_s, u"20"_s},
        60000, m_options.adminProgram.isEmpty() ? m_options.program : m_options.adminProgram);
    if (set.exitCode != 0)
        return ApiError{
            ErrorCode::HarnessFailed,
            u"tablesyncd tables set --count %1 failed: %2"_s.arg(count).arg(set.err.trimmed()),
            {}};
    return {};
}

void ServerProcess::kill()
{
    m_process.kill();
}

void ServerProcess::stop()
{
    m_process.stop();
}

double ServerProcess::cpuSeconds() const
{
#ifdef Q_OS_LINUX
    QFile stat(u"/proc/%1/stat"_s.arg(m_process.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which sits in parentheses and may hold spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
#else
    return -1;
#endif
}

double ServerProcess::peakResidentMiB() const
{
#ifdef Q_OS_LINUX
    QFile status(u"/proc/%1/status"_s.arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) // "VmHWM:    12345 kB"
            return double(line.mid(6).trimmed().split(' ').constFirst().toLongLong()) / 1024.0;
    }
    return -1;
#else
    return -1;
#endif
}
