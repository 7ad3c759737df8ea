#include "FileFlush.h"

#include <QFile>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError flushFailure(const QString& path, const QString& reason)
{
    return ApiError{
        ErrorCode::StorageError, u"Cannot flush %1 to the disk: %2"_s.arg(path, reason), {}};
}

} // namespace

namespace FileFlush {

#ifdef Q_OS_WIN

Result<void> flushData(const QString& path)
{
    // SQLite shares its files for reading, writing and deleting, so a second writer may open it.
    const HANDLE file = CreateFileW(reinterpret_cast<const wchar_t*>(path.utf16()), GENERIC_WRITE,
                                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                    OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE && GetLastError() == ERROR_FILE_NOT_FOUND)
        return {};
    if (file == INVALID_HANDLE_VALUE)
        return flushFailure(path, u"cannot open it (Windows error %1)"_s.arg(GetLastError()));
    const bool flushed = FlushFileBuffers(file);
    const DWORD error = flushed ? 0 : GetLastError();
    CloseHandle(file);
    if (!flushed)
        return flushFailure(path, u"Windows error %1"_s.arg(error));
    return {};
}

#else

Result<void> flushData(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0 && errno == ENOENT)
        return {};
    if (fd < 0)
        return flushFailure(path, QString::fromLocal8Bit(std::strerror(errno)));
#if defined(__linux__)
    // Only the data and the size matter; fdatasync skips the timestamps.
    int flushed = ::fdatasync(fd);
#else
    int flushed = ::fsync(fd);
#endif
    const int error = flushed == 0 ? 0 : errno;
    ::close(fd);
    if (flushed != 0)
        return flushFailure(path, QString::fromLocal8Bit(std::strerror(error)));
    return {};
}

#endif

} // namespace FileFlush
