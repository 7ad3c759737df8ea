#include "HeapReuse.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void HeapReuse::keepFreedMemory()
{
#if defined(__GLIBC__)
    // A fixed trim threshold also stops glibc from raising it on its own.
    mallopt(M_TRIM_THRESHOLD, keptBytes);
    mallopt(M_TOP_PAD, growthBytes);
    // Reply and body buffers of a few hundred KiB stay in the heap rather than each being
    // mapped and unmapped.
    mallopt(M_MMAP_THRESHOLD, 4 * growthBytes);
#endif
}
