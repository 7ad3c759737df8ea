#include "Diff.h"

LineChanges diff(const Lines& before, const Lines& after)
{
    return diff(before, LineIndex(before), after, LineIndex(after));
}

LineChanges diff(const Lines& before, const LineIndex& beforeIds, const Lines& after,
                 const LineIndex& afterIds)
{
    LineChanges changes;
    for (const Line& old : before) {
        const Line* now = afterIds.find(old.lineId);
        if (!now)
            changes.append({LineChange::Kind::Removed, old, std::nullopt});
        else if (!old.sameContent(*now))
            changes.append({LineChange::Kind::Changed, old, *now});
    }
    for (const Line& now : after) {
        if (!beforeIds.find(now.lineId))
            changes.append({LineChange::Kind::Added, std::nullopt, now});
    }
    return changes;
}
