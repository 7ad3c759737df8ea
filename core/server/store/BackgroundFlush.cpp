#include "BackgroundFlush.h"

#include "FileFlush.h"

#include <QPointer>

BackgroundFlush::BackgroundFlush(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_thread([this] { run(); })
{}

BackgroundFlush::~BackgroundFlush()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    // Joined before QObject's destructor drops the reports the thread posted to this object.
    m_thread.join();
}

void BackgroundFlush::request(quint64 ticket)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (ticket <= m_requested)
            return;
        m_requested = ticket;
    }
    m_wake.notify_one();
}

void BackgroundFlush::run()
{
    quint64 covered = 0;
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this, covered] { return m_stopping || m_requested > covered; });
        if (m_requested == covered)
            return; // stopping, with nothing left to flush
        const quint64 ticket = m_requested;
        lock.unlock();
        const Result<void> done = FileFlush::flushData(m_path);
        std::optional<ApiError> failure;
        if (!done.ok())
            failure = done.error();
        covered = ticket;
        lock.lock();
        m_reports.push_back({ticket, std::move(failure)});
        if (m_reports.size() == 1) // else a delivery is on its way and takes this one along
            QMetaObject::invokeMethod(this, "deliverReports", Qt::QueuedConnection);
    }
}

void BackgroundFlush::deliverReports()
{
    std::vector<Report> reports;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        reports.swap(m_reports);
    }
    const QPointer<BackgroundFlush> alive(this); // a receiver may end this flush's owner
    for (const Report& report : reports) {
        emit flushed(report.ticket, report.failure);
        if (!alive)
            return;
    }
}
