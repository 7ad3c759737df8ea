#include "RebaseDecision.h"

#include "Diff.h"

#include <algorithm>

namespace {

void applyLine(Lines& lines, const QString& lineId, const std::optional<Line>& wanted)
{
    const auto it = std::find_if(lines.begin(), lines.end(),
                                 [&lineId](const Line& line) { return line.lineId == lineId; });
    if (!wanted) {
        if (it != lines.end())
            lines.erase(it);
        return;
    }
    if (it == lines.end()) {
        lines.append(*wanted);
        return;
    }
    // A fired line never changes: the kitchen's copy stands, whatever a stale draft says.
    if (it->fired())
        return;
    // Keep the server's bookkeeping of who added the line and when, its price and state.
    it->course = wanted->course;
    it->menuItemId = wanted->menuItemId;
    it->qty = wanted->qty;
    it->seat = wanted->seat;
    it->note = wanted->note;
}

} // namespace

RebaseDecision::RebaseDecision(Lines current, LineChanges theirs, LineChanges mine,
                               QList<Conflict> conflicts, QStringList firedByOthers)
    : m_current(std::move(current))
    , m_theirChanges(std::move(theirs))
    , m_myChanges(std::move(mine))
    , m_conflicts(std::move(conflicts))
    , m_firedByOthers(std::move(firedByOthers))
{}

void RebaseDecision::choose(qsizetype conflictIndex, Choice choice)
{
    Conflict& conflict = m_conflicts[conflictIndex];
    if (choice == Choice::KeepMine && !conflict.canKeepMine())
        return;
    conflict.choice = choice;
}

bool RebaseDecision::isSettled() const
{
    return std::none_of(m_conflicts.cbegin(), m_conflicts.cend(), [](const Conflict& conflict) {
        return conflict.choice == Choice::Undecided;
    });
}

Lines RebaseDecision::proposed() const
{
    Lines lines = m_current;
    for (const LineChange& change : m_myChanges)
        applyLine(lines, change.lineId(), change.after);
    for (const Conflict& conflict : m_conflicts) {
        if (conflict.choice == Choice::KeepMine)
            applyLine(lines, conflict.lineId, conflict.mine);
    }
    return lines;
}

LineChanges RebaseDecision::outgoing() const
{
    return diff(m_current, proposed());
}
