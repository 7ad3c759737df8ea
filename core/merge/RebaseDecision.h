#pragma once

#include "LineChange.h"
#include "model/ApiMessages.h"
#include "model/Result.h"

#include <QStringList>

// What a stale send would do on top of the authoritative order, as a plain object: rebase()
// makes it, the conflict dialog only sets the choices of its conflicts, and proposed() with
// voids() is the write to send with the current version.
class RebaseDecision
{
public:
    // Void: take a fired line off as a void (reason, note, a manager's approval).
    enum class Choice { Undecided, KeepMine, KeepTheirs, Void };

    struct Conflict
    {
        enum class Kind {
            BothChanged,              // both changed the line, to different values
            MineRemovedTheirsChanged, // this waiter removed a line another changed
            MineChangedTheirsRemoved, // this waiter changed a line another removed
            BothAdded,                // the same line_id added with different content
            // Not possible: a fired line never changes; the way forward is a void.
            MineChangedTheirsFired, // this waiter changed a line the kitchen has (another fired it)
            MineRemovedTheirsFired, // this waiter removed a line the kitchen has
        };
        Kind kind = Kind::BothChanged;
        QString lineId;
        std::optional<Line> base;
        std::optional<Line> mine;   // absent when this waiter removed it
        std::optional<Line> theirs; // absent when another removed it
        Choice choice = Choice::Undecided;
        QString voidReason{}; // with Choice::Void: the reason code (api-v1.md "Voids")
        QString voidNote{};

        // False where keeping this waiter's side would change a fired line.
        bool canKeepMine() const
        {
            return kind != Kind::MineChangedTheirsFired && kind != Kind::MineRemovedTheirsFired;
        }
        // A line this waiter removed while the kitchen got it may still come off, as a void.
        bool canVoid() const { return kind == Kind::MineRemovedTheirsFired; }
        bool operator==(const Conflict& other) const = default;
    };

    RebaseDecision() = default;
    // firedByOthers: lines new in the base and fired in current, in the order of current.
    RebaseDecision(Lines current, LineChanges theirs, LineChanges mine, QList<Conflict> conflicts,
                   QStringList firedByOthers = {});

    // The authoritative list the send is rebased onto.
    const Lines& current() const { return m_current; }
    // What others changed since this waiter's base.
    const LineChanges& theirChanges() const { return m_theirChanges; }
    // This waiter's changes that apply without asking.
    const LineChanges& myChanges() const { return m_myChanges; }
    const QList<Conflict>& conflicts() const { return m_conflicts; }
    // Lines another device sent to the kitchen since this waiter's base; they stay fired.
    const QStringList& firedByOthers() const { return m_firedByOthers; }

    // KeepMine on a conflict that cannot keep mine is refused (the choice stays as it was), and
    // so is Void: a void needs its reason (chooseVoid).
    void choose(qsizetype conflictIndex, Choice choice);
    // Answers a conflict that canVoid() with a void. Refused, changing nothing: a conflict that
    // cannot void (InvalidRequest "line_id"), an unknown reason ("reason"), a note over 200
    // characters ("note").
    Result<void> chooseVoid(qsizetype conflictIndex, const QString& reason, const QString& note);
    // The manager's approval the voids carry (one approval covers every void of a write);
    // nullopt when the signed-in manager approves by sending.
    void setApproval(const std::optional<QString>& approval) { m_approval = approval; }
    // True when some conflict is answered with a void.
    bool hasVoids() const;
    // True when no conflict is left undecided, so the send may go.
    bool isSettled() const;
    // The list to send: current, with this waiter's changes and chosen conflict sides applied.
    // An undecided conflict keeps the authoritative side (a fired line stays unless voided).
    Lines proposed() const;
    // The voids to send with proposed(), in the order of the conflicts, with the approval.
    QList<VoidEntry> voids() const;
    // What sending proposed() would add, remove and change against current.
    LineChanges outgoing() const;
    // False when the send would change nothing (for example a replay that already landed).
    bool hasOutgoing() const { return !outgoing().isEmpty(); }

private:
    Lines m_current;
    LineChanges m_theirChanges;
    LineChanges m_myChanges;
    QList<Conflict> m_conflicts;
    QStringList m_firedByOthers;
    std::optional<QString> m_approval;
};
