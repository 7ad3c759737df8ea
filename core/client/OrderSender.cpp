#include "OrderSender.h"

#include "ApiClient.h"
#include "BusyOrders.h"
#include "CoursePlan.h"
#include "DraftEditor.h"
#include "DraftStore.h"
#include "merge/Rebase.h"
#include "Outbox.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

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

OrderSender::OrderSender(ApiClient& api, DraftStore& drafts, DraftEditor& editor, Outbox& outbox,
                         BusyOrders& busy, const std::optional<Staff>& staff)
    : m_api(api)
    , m_drafts(drafts)
    , m_editor(editor)
    , m_outbox(outbox)
    , m_busy(busy)
    , m_staff(staff)
{}

std::optional<ApiError> OrderSender::refusal(qint64 orderId) const
{
    if (m_writing.contains(orderId))
        return ApiError{ErrorCode::SendInFlight, u"The previous send is still on its way."_s, {}};
    if (!m_staff)
        return ApiError{ErrorCode::NotLoggedIn, u"Nobody is logged in to send."_s, {}};
    return std::nullopt;
}

void OrderSender::send(qint64 orderId, bool online, const QList<VoidEntry>& voids)
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry) {
        Q_EMIT sendFailed(orderId, ApiError{ErrorCode::OrderNotOpen, u"No draft to send."_s, {}},
                          {});
        return;
    }
    if (const std::optional<ApiError> refused = refusal(orderId)) {
        Q_EMIT sendFailed(orderId, *refused, {});
        return;
    }
    m_conflicts.remove(orderId);
    // Known offline, or an earlier send of this order still waits: keep the order of sends.
    if (!online || m_outbox.contains(orderId, m_staff->id)) {
        queue(m_staff->id, entry->base, entry->draft, voids);
        if (online)
            Q_EMIT replayWanted();
        return;
    }
    write(Write{entry->base, entry->draft, WriteKind::Send, m_staff->id, voids});
}

void OrderSender::confirmRebase(qint64 orderId, const RebaseDecision& decision)
{
    std::optional<ApiError> refused = refusal(orderId);
    if (!m_writing.contains(orderId) && !m_conflicts.contains(orderId))
        refused = ApiError{ErrorCode::NoConflictPending, u"No conflict to confirm."_s, {}};
    if (refused) {
        Q_EMIT sendFailed(orderId, *refused, {});
        return;
    }
    const PendingConflict pending = m_conflicts.take(orderId);
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
    // The voids still asked for: lines the order holds fired that the settled list leaves out.
    QList<VoidEntry> voids = pending.voids;
    voids.removeIf([&pending, &proposed](const VoidEntry& entry) {
        return !findLine(pending.current.items, entry.lineId) || findLine(proposed, entry.lineId);
    });
    write(Write{pending.current, proposed, WriteKind::Confirm, m_staff->id, voids});
}

Result<void> OrderSender::renewApproval(qint64 orderId, const QString& approval)
{
    if (!m_staff)
        return ApiError{ErrorCode::NotLoggedIn, u"Nobody is signed in."_s, {}};
    if (Result<void> kept = m_outbox.setApproval(orderId, m_staff->id, approval); !kept)
        return kept;
    m_awaitingApproval.remove({orderId, m_staff->id});
    Q_EMIT replayWanted();
    return {};
}

void OrderSender::replay(const OutboxEntry& entry, std::function<void(bool carryOn)> answered)
{
    if (!isSignedIn(entry.staffId) || m_writing.contains(entry.orderId)) {
        answered(false);
        return;
    }
    write(Write{entry.base, entry.draft, WriteKind::Replay, entry.staffId, entry.voids},
          std::move(answered));
}

void OrderSender::write(Write request, Answered answered)
{
    const qint64 orderId = request.base.id;
    m_writing.insert(orderId);
    m_busy.begin(orderId);
    const PatchRequest patch{request.base.version, request.items, request.voids};
    m_api.patchOrder(orderId, patch,
                     [this, request = std::move(request),
                      answered = std::move(answered)](Result<PatchReply> reply) {
                         m_writing.remove(request.base.id);
                         m_busy.end(request.base.id);
                         onWritten(request, reply, answered);
                     });
}

void OrderSender::onWritten(const Write& request, const Result<PatchReply>& reply,
                            const Answered& answered)
{
    const qint64 orderId = request.base.id;
    const bool replay = request.kind == WriteKind::Replay;
    const bool current = isSignedIn(request.author);
    if (!reply && ApiClient::isUnreachable(reply.error())) {
        // The send may or may not have landed; a replay sorts that out without duplicates.
        if (replay)
            answered(false);
        else
            queue(request.author, request.base, request.items, request.voids);
        Q_EMIT unreachable();
        return;
    }
    if (!reply && reply.error().code == ErrorCode::Unauthorized) {
        if (replay)
            answered(false);
        else if (!current) // its author signed out on the way
            queue(request.author, request.base, request.items, request.voids);
        if (current) {
            Q_EMIT sendFailed(orderId, reply.error(), request.items);
            Q_EMIT sessionExpired();
        }
        return;
    }

    if (!reply && replay && reply.error().code == ErrorCode::ApprovalRequired) {
        // The approval expired while the send waited: it keeps waiting, for a new one.
        m_awaitingApproval.insert({orderId, request.author});
        QStringList lineIds;
        for (const VoidEntry& entry : request.voids)
            lineIds.append(entry.lineId);
        if (current)
            Q_EMIT approvalNeeded(orderId, lineIds);
        answered(true);
        return;
    }
    if (!reply) {
        if (replay)
            removeFromOutbox(orderId, request.author);
        restoreVoided(request);
        if (current)
            Q_EMIT sendFailed(orderId, reply.error(), request.items);
    } else if (reply->applied()) {
        if (replay)
            removeFromOutbox(orderId, request.author);
        adopt(request.author, reply->order, request.items);
        if (!request.voids.isEmpty()) {
            Lines lines;
            for (const VoidEntry& entry : request.voids) {
                if (const Line* line = findLine(request.base.items, entry.lineId))
                    lines.append(*line);
            }
            Q_EMIT voided(orderId, lines);
        }
        if (current) {
            Q_EMIT sent(orderId, reply->order);
            // "Send" stores and fires: the courses the kitchen is on go now, later ones wait.
            // Only under its author's session, like the send; a signed-out author fires later.
            if (const QList<int> courses = CoursePlan(reply->order.items).sendCourses();
                !courses.isEmpty())
                fireOn(request.author, reply->order, courses, false);
        }
    } else {
        onConflict(request, *reply->conflict);
    }

    if (replay)
        answered(true);
    else if (m_outbox.count() > 0)
        Q_EMIT replayWanted();
}

void OrderSender::onConflict(const Write& request, const ConflictReply& conflict)
{
    const qint64 orderId = request.base.id;
    const bool current = isSignedIn(request.author);
    // Either way a replayed send no longer waits: it landed, or the waiter decides.
    if (request.kind == WriteKind::Replay)
        removeFromOutbox(orderId, request.author);
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
    // line_fired / void_required: the order holds the lines fired; the rebase below shows the
    // waiter's change to them as not possible in the conflict dialog, never drops it silently.
    const Order& latest = conflict.current;
    if (request.kind == WriteKind::Replay) {
        // Its answer was lost but the send had landed: nothing left to add, never a duplicate.
        const RebaseDecision replayed = rebase(request.base.items, request.items, latest.items);
        if (replayed.conflicts().isEmpty() && !replayed.hasOutgoing()) {
            adopt(request.author, latest, request.items);
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
        adopt(request.author, latest, draftNow);
        if (current)
            Q_EMIT sent(orderId, latest);
        return;
    }
    // Only its author settles a conflict; theirs waits in their draft for their next Send.
    if (!current)
        return;
    m_conflicts.insert(orderId, PendingConflict{latest, draftNow, request.voids});
    Q_EMIT conflictDetected(orderId, decision, conflict.events);
}

void OrderSender::adopt(const QString& author, const Order& authoritative, const Lines& sentItems)
{
    // Edits made while the send was on its way stay in the draft, on top of the new order.
    Lines draft = authoritative.items;
    if (const std::optional<OrderDraft> entry = m_drafts.find(author, authoritative.id);
        entry && entry->draft != sentItems) {
        draft = rebase(sentItems, entry->draft, authoritative.items).proposed();
    }
    if (m_editor.save(author, authoritative, draft))
        Q_EMIT orderChanged(authoritative.id);
}

void OrderSender::queue(const QString& author, const Order& base, const Lines& items,
                        const QList<VoidEntry>& voids)
{
    if (Result<void> kept = m_outbox.enqueue(base, items, author, voids); !kept) {
        Q_EMIT sendFailed(base.id, kept.error(), items);
        return;
    }
    // A changed send is tried afresh: a still expired approval meets 403 and asks again.
    m_awaitingApproval.remove({base.id, author});
    Q_EMIT queued(base.id);
    Q_EMIT outboxChanged(m_outbox.count());
    Q_EMIT draftChanged(base.id); // line states moved from local to queued
}

bool OrderSender::retryVoids(const Write& request, const ConflictReply& conflict)
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
    Write again{latest, proposed, WriteKind::Send, request.author, voids, true};
    write(std::move(again));
    return true;
}

void OrderSender::restoreVoided(const Write& request)
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

void OrderSender::removeFromOutbox(qint64 orderId, const QString& author)
{
    m_awaitingApproval.remove({orderId, author});
    if (m_outbox.remove(orderId, author))
        Q_EMIT outboxChanged(m_outbox.count());
}

void OrderSender::fire(qint64 orderId, const QList<int>& courses)
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    const int first = courses.value(0, 1);
    if (!entry) {
        Q_EMIT fireFailed(orderId, first,
                          ApiError{ErrorCode::OrderNotOpen, u"The order is not open here."_s, {}});
        return;
    }
    if (const std::optional<ApiError> refused = refusal(orderId)) {
        Q_EMIT fireFailed(orderId, first, *refused);
        return;
    }
    fireOn(m_staff->id, entry->base, courses, false);
}

void OrderSender::fireOn(const QString& author, const Order& order, const QList<int>& courses,
                         bool retried)
{
    const qint64 orderId = order.id;
    m_writing.insert(orderId);
    m_busy.begin(orderId);
    m_api.fireOrder(orderId, order.version, courses, {},
                    [this, author, orderId, courses, retried](Result<FireAnswer> reply) {
                        m_writing.remove(orderId);
                        m_busy.end(orderId);
                        const int first = courses.value(0, 1);
                        // Like a send's answer, only its author hears it; another waiter may be
                        // signed in now.
                        const bool current = isSignedIn(author);
                        if (!reply) {
                            if (ApiClient::isUnreachable(reply.error()))
                                Q_EMIT unreachable();
                            if (!current)
                                return;
                            Q_EMIT fireFailed(orderId, first, reply.error());
                            if (reply.error().code == ErrorCode::Unauthorized)
                                Q_EMIT sessionExpired();
                            return;
                        }
                        if (reply->conflict) {
                            const ConflictReply& conflict = *reply->conflict;
                            // Another device wrote in between: fire on what is current (nothing
                            // fires twice).
                            if (conflict.error == ErrorCode::VersionConflict && !retried) {
                                fireOn(author, conflict.current, courses, true);
                                return;
                            }
                            if (current)
                                Q_EMIT fireFailed(orderId, first,
                                                  ApiError{conflict.error, conflict.message, {}});
                            return;
                        }
                        int lines = 0;
                        for (const Ticket& ticket : reply->fired.tickets)
                            lines += int(ticket.lines.size());
                        adoptFired(author, reply->fired.order);
                        if (current)
                            Q_EMIT fired(orderId, courses, lines);
                    });
}

void OrderSender::adoptFired(const QString& author, const Order& order)
{
    const std::optional<OrderDraft> entry = m_drafts.find(author, order.id);
    if (!entry || entry->draft == entry->base.items) {
        if (m_editor.save(author, order, order.items))
            Q_EMIT orderChanged(order.id);
        return;
    }
    // Edits made meanwhile stay on top; if they collide with another's write the base stays
    // old, so the next Send meets the 409 and the waiter decides in the conflict dialog.
    const RebaseDecision carried = rebase(entry->base.items, entry->draft, order.items);
    if (!carried.conflicts().isEmpty())
        return;
    if (m_editor.save(author, order, carried.proposed()))
        Q_EMIT orderChanged(order.id);
}
