#include "RequestLog.h"

#include <QDateTime>

RequestLog::RequestLog(std::FILE* stream, QObject* parent)
    : QObject(parent)
    , m_stream(stream)
{
    // A zero timer fires once the events already queued are handled: the end of this pass.
    m_endOfPass.setSingleShot(true);
    m_endOfPass.setInterval(0);
    connect(&m_endOfPass, &QTimer::timeout, this, &RequestLog::flush);
}

RequestLog::~RequestLog()
{
    flush();
}

void RequestLog::record(const QByteArray& method, const QString& path, int status, qint64 elapsedMs,
                        const QString& staffId)
{
    m_pending += QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    m_pending += ' ';
    m_pending += method;
    m_pending += ' ';
    m_pending += path.toLocal8Bit();
    m_pending += ' ';
    m_pending += QByteArray::number(status);
    m_pending += ' ';
    m_pending += QByteArray::number(elapsedMs);
    m_pending += "ms ";
    m_pending += staffId.toLocal8Bit();
    m_pending += '\n';
    if (m_pending.size() >= maxPendingBytes)
        flush();
    else if (!m_endOfPass.isActive())
        m_endOfPass.start();
}

void RequestLog::flush()
{
    m_endOfPass.stop();
    if (m_pending.isEmpty())
        return;
    std::fwrite(m_pending.constData(), 1, std::size_t(m_pending.size()), m_stream);
    std::fflush(m_stream);
    m_pending.clear();
}
