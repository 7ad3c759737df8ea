#include "ProcessMemory.h"

#include <QByteArray>
#include <QFile>
#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace {

// "VmRSS:	   41234 kB" → 41234
qint64 kibibytes(const QByteArray& line)
{
    const QList<QByteArray> fields = line.mid(line.indexOf(':') + 1).simplified().split(' ');
    return fields.isEmpty() ? 0 : fields.first().toLongLong();
}

} // namespace

ProcessMemory ProcessMemory::current()
{
    ProcessMemory memory;
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return memory;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            memory.residentKib = kibibytes(line);
        else if (line.startsWith("VmHWM:"))
            memory.peakKib = kibibytes(line);
    }
    return memory;
}
