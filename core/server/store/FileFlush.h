#pragma once

#include "model/Result.h"

#include <QString>

// Makes the data written to a file durable through a handle of its own (fdatasync on Linux,
// fsync on other POSIX systems, FlushFileBuffers on Windows): the operating system flushes the
// file, whichever handle wrote it. The one place the store calls the platform for this.
namespace FileFlush {

// A file that is gone has nothing left to flush: SQLite removes a write-ahead log only after
// copying it into the database file and flushing that. Fails with StorageError, naming the
// file, when it cannot be opened or flushed.
Result<void> flushData(const QString& path);

} // namespace FileFlush
