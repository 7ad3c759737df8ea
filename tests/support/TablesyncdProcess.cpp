#include "TablesyncdProcess.h"

#include "client/DemoServerProcess.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

QString TablesyncdProcess::executable()
{
#ifdef TABLESYNCD_PATH
    return QStringLiteral(TABLESYNCD_PATH);
#else
    return {};
#endif
}

TablesyncdProcess::Finished TablesyncdProcess::run(const QStringList& arguments, int timeoutMs,
                                                   const QString& program)
{
    QProcess process;
    process.start(program, arguments);
    Finished finished;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        finished.err = u"tablesyncd did not finish: "_s + arguments.join(u' ');
        return finished;
    }
    finished.exitStatus = process.exitStatus();
    finished.exitCode = finished.exitStatus == QProcess::NormalExit ? process.exitCode() : -1;
    finished.out = QString::fromUtf8(process.readAllStandardOutput());
    finished.err = QString::fromUtf8(process.readAllStandardError());
    return finished;
}

TablesyncdProcess::TablesyncdProcess(QString program)
    : m_program(std::move(program))
{}

TablesyncdProcess::~TablesyncdProcess()
{
    stop();
}

Result<QUrl> TablesyncdProcess::start(QStringList arguments, int timeoutMs)
{
    if (isRunning())
        return m_baseUrl;
    if (!arguments.contains(u"--listen"_s))
        arguments << u"--listen"_s << u"127.0.0.1:0"_s;
    if (!m_logFile.isEmpty())
        m_process.setStandardErrorFile(m_logFile, QIODevice::Append);
    m_out.clear();
    m_err.clear();
    m_baseUrl.clear();
    m_process.start(m_program, arguments);
    if (!m_process.waitForStarted(timeoutMs))
        return ApiError{ErrorCode::HarnessFailed,
                        u"cannot start %1: %2"_s.arg(m_program, m_process.errorString()),
                        {}};
    // Listening is announced on stdout once the port is bound.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        m_process.waitForReadyRead(200);
        m_out += m_process.readAllStandardOutput();
        m_baseUrl = DemoServerProcess::announcedUrl(m_out);
        if (m_baseUrl.isValid())
            return m_baseUrl;
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    const QString failure = u"tablesyncd did not start listening: "_s + QString::fromUtf8(log());
    kill();
    return ApiError{ErrorCode::HarnessFailed, failure, {}};
}

int TablesyncdProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs))
        kill();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void TablesyncdProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10'000);
}

QByteArray TablesyncdProcess::log()
{
    m_out += m_process.readAllStandardOutput();
    if (m_logFile.isEmpty())
        m_err += m_process.readAllStandardError();
    return m_out + m_err;
}
