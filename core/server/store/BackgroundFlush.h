#pragma once

#include "model/ApiError.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

// Flushes one file on a thread of its own, so that the thread writing it goes on meanwhile.
// Requests carry numbers that only grow; one flush serves every request made before it began,
// and reports the highest number it covered.
class BackgroundFlush : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundFlush(QString path, QObject* parent = nullptr);
    // Finishes the flushes asked for (their data is then durable) before it returns.
    ~BackgroundFlush() override;

    const QString& path() const { return m_path; }
    // Asks for a flush of everything written to the file before now, reported as `ticket`.
    void request(quint64 ticket);

signals:
    // In this object's thread: what was written before request(ticket) is on the disk, or
    // (failure) may not be.
    void flushed(quint64 ticket, const std::optional<ApiError>& failure);

private:
    struct Report
    {
        quint64 ticket;
        std::optional<ApiError> failure;
    };

    void run();
    // In this object's thread: emits the reports the flush thread left, in their order.
    Q_INVOKABLE void deliverReports();

    const QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    quint64 m_requested = 0; // guarded by m_mutex, as are m_stopping and m_reports
    bool m_stopping = false;
    // Reports cross threads here, under our own lock, not as arguments in Qt's event queue:
    // that keeps the hand-over visible to ThreadSanitizer, which cannot see Qt's locks.
    std::vector<Report> m_reports;
    std::thread m_thread; // last: it starts once the members it reads exist
};
