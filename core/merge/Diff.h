#pragma once

#include "LineChange.h"

// The lines added, removed and changed (same line_id, other content) from `before` to
// `after`: removed and changed lines in the order of `before`, then added lines in the order
// of `after`. Author and time are bookkeeping, not content, and never make a change.
LineChanges diff(const Lines& before, const Lines& after);
