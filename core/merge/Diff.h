#pragma once

#include "LineChange.h"

#include "model/LineIndex.h"

// The lines added, removed and changed (same line_id, other content) from `before` to
// `after`: removed and changed lines in the order of `before`, then added lines in the order
// of `after`. Author and time are bookkeeping, not content, and never make a change. Where a
// line_id repeats in `after`, its first line is the one compared.
LineChanges diff(const Lines& before, const Lines& after);
// The same with both lists already indexed, as a server write has them: no index is built twice.
LineChanges diff(const Lines& before, const LineIndex& beforeIds, const Lines& after,
                 const LineIndex& afterIds);
