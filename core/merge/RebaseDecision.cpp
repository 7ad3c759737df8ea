#include "RebaseDecision.h"

#include "Diff.h"
#include "model/RequestValidator.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

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
    if ((choice == Choice::KeepMine && !conflict.canKeepMine()) || choice == Choice::Void)
        return;
    conflict.choice = choice;
    conflict.voidReason.clear();
    conflict.voidNote.clear();
}

Result<void> RebaseDecision::chooseVoid(qsizetype conflictIndex, const QString& reason,
                                        const QString& note)
{
    if (conflictIndex < 0 || conflictIndex >= m_conflicts.size() ||
        !m_conflicts.at(conflictIndex).canVoid())
        return ApiError::invalid(u"line_id"_s, u"Only a removed line the kitchen has is voided."_s);
    if (!RequestValidator::voidReasons().contains(reason))
        return ApiError::invalid(u"reason"_s, u"reason must be one of "_s +
                                                  RequestValidator::voidReasons().join(u", "_s));
    if (note.toUcs4().size() > RequestValidator::maxNoteLength)
        return ApiError::invalid(u"note"_s, u"note is longer than 200 characters."_s);
    Conflict& conflict = m_conflicts[conflictIndex];
    conflict.choice = Choice::Void;
    conflict.voidReason = reason;
    conflict.voidNote = note;
    return {};
}

bool RebaseDecision::hasVoids() const
{
    return std::any_of(m_conflicts.cbegin(), m_conflicts.cend(),
                       [](const Conflict& conflict) { return conflict.choice == Choice::Void; });
}

QList<VoidEntry> RebaseDecision::voids() const
{
    QList<VoidEntry> entries;
    for (const Conflict& conflict : m_conflicts) {
        if (conflict.choice == Choice::Void)
            entries.append(
                VoidEntry{conflict.lineId, conflict.voidReason, conflict.voidNote, m_approval});
    }
    return entries;
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
        else if (conflict.choice == Choice::Void)
            applyLine(lines, conflict.lineId, std::nullopt);
    }
    return lines;
}

LineChanges RebaseDecision::outgoing() const
{
    return diff(m_current, proposed());
}
