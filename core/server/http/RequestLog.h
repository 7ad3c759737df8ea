#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <cstdio>

class Clock;

// One line per answered request: time, method, path (no query, so no token from ?token=),
// status, milliseconds, staff id. Never a body, so never a PIN. The lines of one event-loop pass
// leave together in one write once the pass is over: a write per request was one system call
// more for every answer under load.
class RequestLog : public QObject
{
    Q_OBJECT
public:
    // Lines past this many bytes leave at once rather than at the end of the pass.
    static constexpr qsizetype maxPendingBytes = 64 * 1024;

    // The clock stamps each line; it must outlive the log.
    RequestLog(std::FILE* stream, const Clock& clock, QObject* parent = nullptr);
    // Writes what is pending.
    ~RequestLog() override;

    void record(const QByteArray& method, const QString& path, int status, qint64 elapsedMs,
                const QString& staffId);
    // Writes the pending lines now.
    void flush();

private:
    std::FILE* m_stream;
    const Clock& m_clock;
    QByteArray m_pending;
    QTimer m_endOfPass;
    // The stamp up to its second ("2026-05-28T20:26:40."), made once per second: formatting a
    // date for every answer was a measurable share of the server's thread.
    qint64 m_stampSecond = -1;
    QByteArray m_stampPrefix;
};
