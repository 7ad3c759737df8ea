#include "ThreadCall.h"

#include <QThread>

void ThreadCall::run(const std::function<void()>& call)
{
    if (thread() == QThread::currentThread() || !thread()->isRunning()) {
        call();
        return;
    }
    std::unique_lock lock(m_mutex);
    m_call = &call;
    m_done = false;
    QMetaObject::invokeMethod(this, "runWaiting", Qt::QueuedConnection);
    m_ran.wait(lock, [this] { return m_done; });
    m_call = nullptr;
}

void ThreadCall::runWaiting()
{
    const std::function<void()>* call = nullptr;
    {
        std::lock_guard lock(m_mutex);
        call = m_call;
    }
    if (call)
        (*call)();
    // Notified under the lock: the waiter may destroy this object as soon as it wakes.
    std::lock_guard lock(m_mutex);
    m_done = true;
    m_ran.notify_all();
}
