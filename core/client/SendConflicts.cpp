#include "SendConflicts.h"

#include "DraftEditor.h"
#include "DraftStore.h"
#include "merge/Rebase.h"

#include <algorithm>

namespace {

Lines withoutVoided(Lines lines, const QList<VoidEntry>& voids)
{
    lines.removeIf([&voids](const Line& line) {
        return std::any_of(voids.cbegin(), voids.cend(),
                           [&line](const VoidEntry& entry) { return entry.lineId == line.lineId; });
    });
    return lines;
}

} // namespace

SendConflicts::SendConflicts(DraftStore& drafts, DraftEditor& editor,
                             const std::optional<Staff>& staff, Resend resend, Adopt adopt)
    : m_drafts(drafts)
    , m_editor(editor)
    , m_staff(staff)
    , m_resend(std::move(resend))
    , m_adopt(std::move(adopt))
{}

void SendConflicts::confirm(qint64 orderId, const RebaseDecision& decision)
{
    const Pending pending = m_pending.take(orderId);
    const Lines proposed = decision.proposed();
    // The settled list becomes the draft on top of the current order; edits made while the
    // dialog was open are carried over.
    Lines draft = proposed;
    if (const std::optional<OrderDraft> entry = m_drafts.find(orderId);
        entry && entry->draft != pending.draftAtDetection) {
        draft = rebase(pending.draftAtDetection, entry->draft, proposed).proposed();
    }
    if (!m_editor.save(pending.current, draft))
        return;
    Q_EMIT orderChanged(orderId);
    // The voids still asked for: lines the order holds fired that the settled list leaves out;
    // the dialog's own voids (with their reason and approval) replace an earlier ask.
    const QList<VoidEntry> chosen = decision.voids();
    QList<VoidEntry> voids = pending.voids;
    voids.removeIf([&pending, &proposed, &chosen](const VoidEntry& entry) {
        const bool rechosen =
            std::any_of(chosen.cbegin(), chosen.cend(),
                        [&entry](const VoidEntry& c) { return c.lineId == entry.lineId; });
        return !findLine(pending.current.items, entry.lineId) || findLine(proposed, entry.lineId) ||
               rechosen;
    });
    voids += chosen;
    // A void the waiter chose here goes once: a version that moves again asks again.
    m_resend(OrderWrite{pending.current, proposed, OrderWrite::Kind::Confirm, m_staff->id, voids,
                        !chosen.isEmpty()});
}

void SendConflicts::refused(const OrderWrite& request, const ConflictReply& conflict)
{
    const qint64 orderId = request.base.id;
    const bool current = isSignedIn(request.author);
    if (!request.voids.isEmpty() && retryVoids(request, conflict))
        return;
    if (conflict.error == ErrorCode::OrderClosed || conflict.error == ErrorCode::ItemUnavailable)
        restoreVoided(request);
    if (conflict.error == ErrorCode::OrderClosed) {
        if (current)
            Q_EMIT sendFailed(orderId, ApiError{conflict.error, conflict.message, {}},
                              request.items);
        return;
    }
    if (conflict.error == ErrorCode::ItemUnavailable) {
        // The draft stays as it is; the waiter is told which items are sold out.
        if (current)
            Q_EMIT sendFailed(orderId,
                              ApiError{conflict.error, conflict.message, conflict.items.join(u',')},
                              request.items);
        return;
    }
    // line_fired / void_required: the order holds the lines fired; the rebase below asks the
    // waiter about their change to them in the conflict dialog, never drops it silently.
    const Order& latest = conflict.current;
    if (request.kind == OrderWrite::Kind::Replay) {
        // Its answer was lost but the send had landed: nothing left to add, never a duplicate.
        const RebaseDecision replayed = rebase(request.base.items, request.items, latest.items);
        if (replayed.conflicts().isEmpty() && !replayed.hasOutgoing()) {
            m_adopt(request.author, latest, request.items);
            if (current)
                Q_EMIT sent(orderId, latest);
            return;
        }
    }
    const std::optional<OrderDraft> entry = m_drafts.find(request.author, orderId);
    const Lines draftNow = entry ? entry->draft : request.items;
    const Lines baseItems = entry ? entry->base.items : request.base.items;
    // A voided line is off on every side: asked for by the void, not a change of a fired line.
    RebaseDecision decision = rebase(withoutVoided(baseItems, request.voids), draftNow,
                                     withoutVoided(latest.items, request.voids));
    if (decision.conflicts().isEmpty() && !decision.hasOutgoing()) {
        m_adopt(request.author, latest, draftNow);
        if (current)
            Q_EMIT sent(orderId, latest);
        return;
    }
    // Only its author settles a conflict; theirs waits in their draft for their next Send.
    if (!current)
        return;
    m_pending.insert(orderId, Pending{latest, draftNow, request.voids});
    Q_EMIT conflictDetected(orderId, decision, conflict.events);
}

bool SendConflicts::retryVoids(const OrderWrite& request, const ConflictReply& conflict)
{
    if (request.retried || conflict.error != ErrorCode::VersionConflict)
        return false;
    const Order& latest = conflict.current;
    const std::optional<OrderDraft> entry = m_drafts.find(request.author, latest.id);
    const Lines draftNow = entry ? entry->draft : request.items;
    const Lines baseItems = entry ? entry->base.items : request.base.items;
    const RebaseDecision decision = rebase(withoutVoided(baseItems, request.voids), draftNow,
                                           withoutVoided(latest.items, request.voids));
    // Other edits of the waiter's go through the conflict dialog, as any moved send's do.
    if (!decision.conflicts().isEmpty() || decision.hasOutgoing())
        return false;
    // Only voids of lines the order still holds: another may have voided one meanwhile.
    QList<VoidEntry> voids = request.voids;
    voids.removeIf(
        [&latest](const VoidEntry& e) { return findLine(latest.items, e.lineId) == nullptr; });
    if (voids.isEmpty())
        return false;
    const Lines proposed = decision.proposed();
    if (!m_editor.save(request.author, latest, proposed))
        return false;
    Q_EMIT orderChanged(latest.id);
    m_resend(OrderWrite{latest, proposed, OrderWrite::Kind::Send, request.author, voids, true});
    return true;
}

void SendConflicts::restoreVoided(const OrderWrite& request)
{
    const std::optional<OrderDraft> entry = m_drafts.find(request.author, request.base.id);
    if (!entry || request.voids.isEmpty())
        return;
    Lines draft = entry->draft;
    bool restored = false;
    for (const VoidEntry& voided : request.voids) {
        const Line* line = findLine(entry->base.items, voided.lineId);
        if (line && !findLine(draft, voided.lineId)) {
            draft.append(*line);
            restored = true;
        }
    }
    if (restored && m_editor.save(request.author, entry->base, draft))
        Q_EMIT draftChanged(request.base.id);
}
