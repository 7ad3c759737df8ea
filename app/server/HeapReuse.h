#pragma once

#include <QString>

// The server's heap. Release builds link mimalloc (app/server/CMakeLists.txt), which keeps freed
// blocks per size class and thread: with glibc's malloc, allocation was 14 % of the server's
// thread at 16 waiters x 60 tables. Without it, glibc is told to keep freed memory for the next
// request instead of handing it back to the kernel after each one: it trimmed the heap's top and
// grew it again every few requests (brk, page faults, a TLB flush on every core), 7 % of the
// server's CPU in perf.
namespace HeapReuse {

// The most freed memory glibc's heap keeps, and the least it takes from the kernel at a time.
inline constexpr int keptBytes = 32 * 1024 * 1024;
inline constexpr int growthBytes = 1024 * 1024;

void keepFreedMemory();
// The allocator serving the heap, for the startup line ("mimalloc 2.0.9").
QString allocatorName();

} // namespace HeapReuse
