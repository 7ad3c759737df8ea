#pragma once

// Tells ThreadSanitizer about an order between threads that it cannot see for itself: Debian's
// Qt is not built for it, so a hand-over through Qt's event loop or QThread::quit() looks like
// a race. Without ThreadSanitizer both are nothing.
#if defined(__SANITIZE_THREAD__)
#define TABLESYNC_THREAD_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define TABLESYNC_THREAD_SANITIZER 1
#endif
#endif

#ifdef TABLESYNC_THREAD_SANITIZER
extern "C" void __tsan_acquire(void* address);
extern "C" void __tsan_release(void* address);
#endif

namespace HappensBefore {

// Everything this thread did before release(token) happens before what another thread does
// after its acquire(token) that followed it.
inline void release(void* token)
{
#ifdef TABLESYNC_THREAD_SANITIZER
    __tsan_release(token);
#else
    (void)token;
#endif
}

inline void acquire(void* token)
{
#ifdef TABLESYNC_THREAD_SANITIZER
    __tsan_acquire(token);
#else
    (void)token;
#endif
}

} // namespace HappensBefore
