#include "HeapReuse.h"

#if defined(TABLESYNC_WITH_MIMALLOC)
#include <mimalloc.h>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::Literals::StringLiterals;

void HeapReuse::keepFreedMemory()
{
#if !defined(TABLESYNC_WITH_MIMALLOC) && defined(__GLIBC__)
    // A fixed trim threshold also stops glibc from raising it on its own.
    mallopt(M_TRIM_THRESHOLD, keptBytes);
    mallopt(M_TOP_PAD, growthBytes);
    // Reply and body buffers of a few hundred KiB stay in the heap rather than each being
    // mapped and unmapped.
    mallopt(M_MMAP_THRESHOLD, 4 * growthBytes);
#endif
}

QString HeapReuse::allocatorName()
{
#if defined(TABLESYNC_WITH_MIMALLOC)
    // mi_version() is 209 for 2.0.9; calling it also keeps the library linked under --as-needed.
    const int version = mi_version();
    return u"mimalloc %1.%2.%3"_s.arg(version / 100).arg(version / 10 % 10).arg(version % 10);
#elif defined(__GLIBC__)
    return u"glibc malloc"_s;
#else
    return u"the C runtime's malloc"_s;
#endif
}
