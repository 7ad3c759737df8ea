#include "Diff.h"

#include <QHash>
#include <QSet>

LineChanges diff(const Lines& before, const Lines& after)
{
    QHash<QString, qsizetype> afterIndex;
    afterIndex.reserve(after.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        afterIndex.insert(after.at(i).lineId, i);

    LineChanges changes;
    QSet<QString> beforeIds;
    beforeIds.reserve(before.size());
    for (const Line& old : before) {
        beforeIds.insert(old.lineId);
        const auto found = afterIndex.constFind(old.lineId);
        if (found == afterIndex.constEnd()) {
            changes.append({LineChange::Kind::Removed, old, std::nullopt});
        } else if (const Line& now = after.at(*found); !old.sameContent(now)) {
            changes.append({LineChange::Kind::Changed, old, now});
        }
    }
    for (const Line& now : after) {
        if (!beforeIds.contains(now.lineId))
            changes.append({LineChange::Kind::Added, std::nullopt, now});
    }
    return changes;
}
