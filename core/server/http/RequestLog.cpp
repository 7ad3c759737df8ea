#include "RequestLog.h"

#include "model/Clock.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

RequestLog::RequestLog(std::FILE* stream, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_stream(stream)
    , m_clock(clock)
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
    const qint64 now = m_clock.nowMs();
    const qint64 second = now >= 0 ? now / 1000 : (now - 999) / 1000;
    if (second != m_stampSecond) {
        // The zone is written by hand below: Qt 6.4 would print its "UTC" zone as +00:00.
        m_stampPrefix = QDateTime::fromMSecsSinceEpoch(second * 1000, QTimeZone::utc())
                            .toString(u"yyyy-MM-ddTHH:mm:ss."_s)
                            .toLatin1();
        m_stampSecond = second;
    }
    const int ms = int(now - second * 1000);
    m_pending += m_stampPrefix;
    m_pending += char('0' + ms / 100);
    m_pending += char('0' + ms / 10 % 10);
    m_pending += char('0' + ms % 10);
    m_pending += "Z ";
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
