#include "Rebase.h"

#include "Diff.h"

#include <QHash>

RebaseDecision rebase(const Lines& base, const Lines& mine, const Lines& theirs)
{
    using Conflict = RebaseDecision::Conflict;

    QHash<QString, const Line*> theirsById;
    theirsById.reserve(theirs.size());
    for (const Line& line : theirs)
        theirsById.insert(line.lineId, &line);

    LineChanges clean;
    QList<Conflict> conflicts;
    for (const LineChange& change : diff(base, mine)) {
        const QString id = change.lineId();
        const Line* their = theirsById.value(id, nullptr);
        const std::optional<Line> theirLine = their ? std::optional<Line>(*their) : std::nullopt;
        // The kitchen has the line: no change of this waiter's may reach it (a void would).
        const bool removed = change.kind == LineChange::Kind::Removed;
        if (their && their->fired() && (removed || !their->sameContent(*change.after))) {
            conflicts.append({removed ? Conflict::Kind::MineRemovedTheirsFired
                                      : Conflict::Kind::MineChangedTheirsFired,
                              id, change.before, change.after, theirLine,
                              RebaseDecision::Choice::Undecided});
            continue;
        }
        switch (change.kind) {
        case LineChange::Kind::Added:
            if (!their)
                clean.append(change);
            else if (!their->sameContent(*change.after))
                conflicts.append({Conflict::Kind::BothAdded, id, std::nullopt, change.after,
                                  theirLine, RebaseDecision::Choice::Undecided});
            // Same content: the line already landed (a replay); nothing to add.
            break;
        case LineChange::Kind::Removed:
            if (their && their->sameContent(*change.before))
                clean.append(change);
            else if (their)
                conflicts.append({Conflict::Kind::MineRemovedTheirsChanged, id, change.before,
                                  std::nullopt, theirLine, RebaseDecision::Choice::Undecided});
            // Removed on both sides: nothing to do.
            break;
        case LineChange::Kind::Changed:
            if (!their)
                conflicts.append({Conflict::Kind::MineChangedTheirsRemoved, id, change.before,
                                  change.after, std::nullopt, RebaseDecision::Choice::Undecided});
            else if (their->sameContent(*change.before))
                clean.append(change);
            else if (!their->sameContent(*change.after))
                conflicts.append({Conflict::Kind::BothChanged, id, change.before, change.after,
                                  theirLine, RebaseDecision::Choice::Undecided});
            // Changed to the same value on both sides: nothing to do.
            break;
        }
    }
    QHash<QString, const Line*> baseById;
    baseById.reserve(base.size());
    for (const Line& line : base)
        baseById.insert(line.lineId, &line);
    QStringList firedByOthers;
    for (const Line& line : theirs) {
        const Line* was = baseById.value(line.lineId, nullptr);
        if (line.fired() && (!was || !was->fired()))
            firedByOthers.append(line.lineId);
    }
    return RebaseDecision(theirs, diff(base, theirs), std::move(clean), std::move(conflicts),
                          std::move(firedByOthers));
}
