#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

// The port of "... listening on http://127.0.0.1:PORT/api/v1 ...", or 0.
quint16 announcedPort(const QByteArray& output)
{
    static const QRegularExpression pattern(u"listening on \\w+://[^:]+:(\\d+)/"_s);
    return quint16(pattern.match(QString::fromLatin1(output)).captured(1).toUInt());
}

} // namespace

ServerProcess::ServerProcess(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
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
    if (m_options.logFile.isEmpty())
        m_process.setStandardErrorFile(QProcess::nullDevice());
    else
        m_process.setStandardErrorFile(m_options.logFile, QIODevice::Append);
    m_process.start(m_options.program, arguments);
    if (!m_process.waitForStarted(timeoutMs))
        return ApiError{ErrorCode::HarnessFailed,
                        u"Cannot start %1: %2"_s.arg(m_options.program, m_process.errorString()),
                        {}};

    // Listening is announced on stdout; a port still in TIME_WAIT of a killed predecessor
    // may need a few attempts.
    QElapsedTimer waited;
    waited.start();
    QByteArray output;
    while (waited.elapsed() < timeoutMs) {
        if (m_process.waitForReadyRead(200))
            output += m_process.readAllStandardOutput();
        if (const quint16 port = announcedPort(output)) {
            m_port = port;
            return m_port;
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    const QString failure =
        u"tablesyncd did not start listening (exit %1): %2"_s.arg(m_process.exitCode())
            .arg(QString::fromLocal8Bit(output + m_process.readAllStandardOutput()));
    m_process.kill();
    m_process.waitForFinished(5000);
    return ApiError{ErrorCode::HarnessFailed, failure, {}};
}

Result<void> ServerProcess::addWaiter(const QString& id, const QString& name, const QString& pin)
{
    QProcess admin;
    admin.start(m_options.adminProgram.isEmpty() ? m_options.program : m_options.adminProgram,
                {u"--db"_s, m_options.database, u"staff"_s, u"add"_s, u"--id"_s, id, u"--name"_s,
                 name, u"--role"_s, u"waiter"_s, u"--pin"_s, pin});
    if (!admin.waitForFinished(30000) || admin.exitStatus() != QProcess::NormalExit ||
        admin.exitCode() != 0)
        return ApiError{ErrorCode::HarnessFailed,
                        u"tablesyncd staff add --id %1 failed: %2"_s.arg(
                            id, QString::fromLocal8Bit(admin.readAllStandardError()).trimmed()),
                        {}};
    return {};
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
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
