#pragma once

#include "RebaseDecision.h"

// Three-way rebase of this waiter's draft onto the authoritative order:
// mine = draft - base, theirs = current - base, proposed = current + mine.
// Lines only one side touched merge without asking; a line both changed differently, or one
// removed while the other changed, is a conflict the caller settles; a change to a line the
// kitchen has (fired) is a conflict that can only keep the fired line. Kitchen state is never
// content: another's fire is never undone. A naive two-way diff of
// draft against current would delete others' new lines; this never does.
RebaseDecision rebase(const Lines& base, const Lines& mine, const Lines& theirs);
