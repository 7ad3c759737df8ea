#include "OrderSender.h"

#include "ApiClient.h"
#include "BusyOrders.h"
#include "CoursePlan.h"
#include "DraftEditor.h"
#include "DraftStore.h"
#include "merge/Rebase.h"
#include "Outbox.h"

using namespace Qt::Literals::StringLiterals;

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

void OrderSender::send(qint64 orderId, bool online)
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
    if (!online || m_outbox.contains(orderId)) {
        queue(entry->base, entry->draft);
        if (online)
            Q_EMIT replayWanted();
        return;
    }
    write(entry->base, entry->draft, WriteKind::Send);
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
    write(pending.current, proposed, WriteKind::Confirm);
}

void OrderSender::replay(const OutboxEntry& entry, std::function<void(bool carryOn)> answered)
{
    write(entry.base, entry.draft, WriteKind::Replay, std::move(answered));
}

void OrderSender::write(const Order& base, const Lines& items, WriteKind kind, Answered answered)
{
    m_writing.insert(base.id);
    m_busy.begin(base.id);
    m_api.patchOrder(
        base.id, base.version, items,
        [this, base, items, kind, answered = std::move(answered)](Result<PatchReply> reply) {
            m_writing.remove(base.id);
            m_busy.end(base.id);
            onWritten(base, items, kind, reply, answered);
        });
}

void OrderSender::onWritten(const Order& base, const Lines& items, WriteKind kind,
                            const Result<PatchReply>& reply, const Answered& answered)
{
    const qint64 orderId = base.id;
    const bool replay = kind == WriteKind::Replay;
    if (!reply && ApiClient::isUnreachable(reply.error())) {
        // The send may or may not have landed; a replay sorts that out without duplicates.
        if (replay)
            answered(false);
        else
            queue(base, items);
        Q_EMIT unreachable();
        return;
    }
    if (!reply && reply.error().code == ErrorCode::Unauthorized) {
        if (replay)
            answered(false);
        Q_EMIT sendFailed(orderId, reply.error(), items);
        Q_EMIT sessionExpired();
        return;
    }

    if (!reply) {
        if (replay)
            removeFromOutbox(orderId);
        Q_EMIT sendFailed(orderId, reply.error(), items);
    } else if (reply->applied()) {
        if (replay)
            removeFromOutbox(orderId);
        adopt(reply->order, items);
        Q_EMIT sent(orderId, reply->order);
        // "Send" stores and fires: the courses the kitchen is on go now, later ones wait.
        if (const QList<int> courses = CoursePlan(reply->order.items).sendCourses();
            !courses.isEmpty())
            fireOn(reply->order, courses, false);
    } else {
        onConflict(base, items, kind, *reply->conflict);
    }

    if (replay)
        answered(true);
    else if (m_outbox.count() > 0)
        Q_EMIT replayWanted();
}

void OrderSender::onConflict(const Order& base, const Lines& items, WriteKind kind,
                             const ConflictReply& conflict)
{
    const qint64 orderId = base.id;
    // Either way a replayed send no longer waits: it landed, or the waiter decides.
    if (kind == WriteKind::Replay)
        removeFromOutbox(orderId);
    if (conflict.error == ErrorCode::OrderClosed) {
        Q_EMIT sendFailed(orderId, ApiError{conflict.error, conflict.message, {}}, items);
        return;
    }
    if (conflict.error == ErrorCode::ItemUnavailable) {
        // The draft stays as it is; the waiter is told which items are sold out.
        Q_EMIT sendFailed(
            orderId, ApiError{conflict.error, conflict.message, conflict.items.join(u',')}, items);
        return;
    }
    // line_fired / void_required: the order holds the lines fired; the rebase below shows the
    // waiter's change to them as not possible in the conflict dialog, never drops it silently.
    const Order& current = conflict.current;
    if (kind == WriteKind::Replay) {
        // Its answer was lost but the send had landed: nothing left to add, never a duplicate.
        const RebaseDecision replayed = rebase(base.items, items, current.items);
        if (replayed.conflicts().isEmpty() && !replayed.hasOutgoing()) {
            adopt(current, items);
            Q_EMIT sent(orderId, current);
            return;
        }
    }
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    const Lines draftNow = entry ? entry->draft : items;
    const Lines baseItems = entry ? entry->base.items : base.items;
    RebaseDecision decision = rebase(baseItems, draftNow, current.items);
    if (decision.conflicts().isEmpty() && !decision.hasOutgoing()) {
        adopt(current, draftNow);
        Q_EMIT sent(orderId, current);
        return;
    }
    m_conflicts.insert(orderId, PendingConflict{current, draftNow});
    Q_EMIT conflictDetected(orderId, decision, conflict.events);
}

void OrderSender::adopt(const Order& authoritative, const Lines& sentItems)
{
    // Edits made while the send was on its way stay in the draft, on top of the new order.
    Lines draft = authoritative.items;
    if (const std::optional<OrderDraft> entry = m_drafts.find(authoritative.id);
        entry && entry->draft != sentItems) {
        draft = rebase(sentItems, entry->draft, authoritative.items).proposed();
    }
    if (m_editor.save(authoritative, draft))
        Q_EMIT orderChanged(authoritative.id);
}

void OrderSender::queue(const Order& base, const Lines& items)
{
    if (Result<void> kept = m_outbox.enqueue(base, items, m_staff ? m_staff->id : QString());
        !kept) {
        Q_EMIT sendFailed(base.id, kept.error(), items);
        return;
    }
    Q_EMIT queued(base.id);
    Q_EMIT outboxChanged(m_outbox.count());
    Q_EMIT draftChanged(base.id); // line states moved from local to queued
}

void OrderSender::removeFromOutbox(qint64 orderId)
{
    if (m_outbox.remove(orderId))
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
    fireOn(entry->base, courses, false);
}

void OrderSender::fireOn(const Order& order, const QList<int>& courses, bool retried)
{
    const qint64 orderId = order.id;
    m_writing.insert(orderId);
    m_busy.begin(orderId);
    m_api.fireOrder(
        orderId, order.version, courses, {},
        [this, orderId, courses, retried](Result<FireOutcome> reply) {
            m_writing.remove(orderId);
            m_busy.end(orderId);
            const int first = courses.value(0, 1);
            if (!reply) {
                if (ApiClient::isUnreachable(reply.error()))
                    Q_EMIT unreachable();
                Q_EMIT fireFailed(orderId, first, reply.error());
                if (reply.error().code == ErrorCode::Unauthorized)
                    Q_EMIT sessionExpired();
                return;
            }
            if (reply->conflict) {
                const ConflictReply& conflict = *reply->conflict;
                // Another device wrote in between: fire on what is current (nothing fires twice).
                if (conflict.error == ErrorCode::VersionConflict && !retried) {
                    fireOn(conflict.current, courses, true);
                    return;
                }
                Q_EMIT fireFailed(orderId, first, ApiError{conflict.error, conflict.message, {}});
                return;
            }
            int lines = 0;
            for (const Ticket& ticket : reply->fired.tickets)
                lines += int(ticket.lines.size());
            adoptFired(reply->fired.order);
            Q_EMIT fired(orderId, courses, lines);
        });
}

void OrderSender::adoptFired(const Order& order)
{
    const std::optional<OrderDraft> entry = m_drafts.find(order.id);
    if (!entry || entry->draft == entry->base.items) {
        if (m_editor.save(order, order.items))
            Q_EMIT orderChanged(order.id);
        return;
    }
    // Edits made meanwhile stay on top; if they collide with another's write the base stays
    // old, so the next Send meets the 409 and the waiter decides in the conflict dialog.
    const RebaseDecision carried = rebase(entry->base.items, entry->draft, order.items);
    if (!carried.conflicts().isEmpty())
        return;
    if (m_editor.save(order, carried.proposed()))
        Q_EMIT orderChanged(order.id);
}
