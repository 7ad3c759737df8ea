#include "DemoServerProcess.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

DemoServerProcess::DemoServerProcess(QString program, QObject* parent)
    : QObject(parent)
    , m_program(std::move(program))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { fail(Failure::TimedOut); });
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            &DemoServerProcess::readAnnouncement);
    // Read stderr all along: the child logs every request there, and a full pipe would stall it.
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        constexpr qsizetype kept = 4096;
        m_errorTail += m_process.readAllStandardError();
        m_errorTail = m_errorTail.right(kept);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(Failure::CannotStart);
    });
    connect(&m_process, &QProcess::finished, this, [this] {
        if (m_url.isEmpty() && m_deadline.isActive())
            fail(Failure::Exited);
    });
}

DemoServerProcess::~DemoServerProcess()
{
    stop();
}

QString DemoServerProcess::locate(const QString& programDirectory, const QString& buildTreeProgram)
{
#ifdef Q_OS_WIN
    const QString name = u"tablesyncd.exe"_s;
#else
    const QString name = u"tablesyncd"_s;
#endif
    for (const QString& candidate : {QDir(programDirectory).filePath(name), buildTreeProgram}) {
        const QFileInfo file(candidate);
        if (!candidate.isEmpty() && file.isFile() && file.isExecutable())
            return file.absoluteFilePath();
    }
    return {};
}

QUrl DemoServerProcess::announcedUrl(const QByteArray& output)
{
    const QByteArray marker = " listening on ";
    // Only whole lines: a port read from half a line would be wrong.
    for (const QByteArray& line : output.left(output.lastIndexOf('\n') + 1).split('\n')) {
        const qsizetype at = line.indexOf(marker);
        if (!line.startsWith("tablesyncd ") || at < 0)
            continue;
        const QByteArray rest = line.mid(at + marker.size());
        const QUrl api(QString::fromUtf8(rest.left(rest.indexOf(' '))));
        if (api.isValid() && api.port() > 0)
            return api.adjusted(QUrl::RemovePath);
    }
    return {};
}

void DemoServerProcess::start(const QString& database, int timeoutMs)
{
    m_url.clear();
    m_output.clear();
    m_errorTail.clear();
    m_deadline.start(timeoutMs);
    // Port 0: tablesyncd picks a free one and names it in its listening line.
    m_process.start(m_program,
                    {u"--db"_s, database, u"--seed-demo"_s, u"--listen"_s, u"127.0.0.1:0"_s});
}

void DemoServerProcess::stop(int graceMs)
{
    m_deadline.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGTERM lets tablesyncd close its database; a Windows console child ignores it: kill.
    m_process.terminate();
    if (!m_process.waitForFinished(graceMs)) {
        m_process.kill();
        m_process.waitForFinished(graceMs);
    }
}

void DemoServerProcess::readAnnouncement()
{
    const QByteArray output = m_process.readAllStandardOutput();
    if (!m_url.isEmpty())
        return;
    m_output += output;
    m_url = announcedUrl(m_output);
    if (m_url.isEmpty())
        return;
    m_deadline.stop();
    emit ready(m_url);
}

void DemoServerProcess::fail(Failure failure)
{
    m_deadline.stop();
    const QString detail =
        failure == Failure::CannotStart
            ? m_process.errorString()
            : QString::fromLocal8Bit(m_errorTail + m_process.readAllStandardError()).trimmed();
    stop();
    emit failed(failure, detail);
}
