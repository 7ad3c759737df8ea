#pragma once

#include <QtGlobal>

// This process's resident memory now and at its peak, from /proc/self/status (Linux only;
// zeros elsewhere). The benchmark is Linux-only, so this stays out of core/ and ui/.
struct ProcessMemory
{
    qint64 residentKib = 0; // VmRSS
    qint64 peakKib = 0;     // VmHWM

    static ProcessMemory current();
};
