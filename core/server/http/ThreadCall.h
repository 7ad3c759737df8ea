#pragma once

#include <QObject>

#include <condition_variable>
#include <functional>
#include <mutex>

// Runs a call on the thread this object lives on and waits until it has run. The call crosses
// under a std::mutex, and Qt's event queue carries only a wake by name: a functor handed through
// Qt's queue would cross under Qt's own lock, which ThreadSanitizer cannot see.
class ThreadCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // From another thread (or this one, where it runs at once); one call at a time.
    void run(const std::function<void()>& call);

private:
    Q_INVOKABLE void runWaiting();

    std::mutex m_mutex;
    std::condition_variable m_ran;
    const std::function<void()>* m_call = nullptr; // guarded by m_mutex, as is m_done
    bool m_done = false;
};
