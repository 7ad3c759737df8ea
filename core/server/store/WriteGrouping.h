#pragma once

#include "model/Result.h"

#include <QString>

#include <optional>

// Group commit: while on, writes share one open transaction (each in a savepoint) until
// commitGroup(), so one disk flush serves them all. Nothing read from an uncommitted write
// may leave the process before commitGroup() succeeds. Databases without it commit every write.
class WriteGrouping
{
public:
    virtual ~WriteGrouping() = default;

    virtual void setGroupCommit(bool on) = 0;
    virtual bool hasUncommittedWrites() const = 0;
    // Commits the writes made since the last call; on failure every one of them is gone.
    virtual Result<void> commitGroup() = 0;
    // While on, commitGroup() hands its writes to the operating system without waiting for the
    // disk, and the caller must flush the returned file (FileFlush) before anything reports
    // them; none where commits must flush themselves. Off makes commits flush again.
    virtual Result<std::optional<QString>> deferFlushes(bool on) = 0;
};
