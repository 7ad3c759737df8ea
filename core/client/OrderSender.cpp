#include "OrderSender.h"

#include "ApiClient.h"
#include "BusyOrders.h"
#include "DraftEditor.h"
#include "DraftStore.h"
#include "merge/Rebase.h"
#include "Outbox.h"
#include "WaiterMessages.h"

using namespace Qt::Literals::StringLiterals;

OrderSender::OrderSender(ApiClient& api, DraftStore& drafts, DraftEditor& editor, Outbox& outbox,
                         BusyOrders& busy, const std::optional<Staff>& staff,
                         const QList<MenuItem>& menu)
    : m_api(api)
    , m_drafts(drafts)
    , m_editor(editor)
    , m_outbox(outbox)
    , m_busy(busy)
    , m_staff(staff)
    , m_menu(menu)
{}

QString OrderSender::refusal(qint64 orderId) const
{
    if (m_writing.contains(orderId))
        return u"The previous send for this table is still on its way. Try again in a moment."_s;
    return {};
}

void OrderSender::send(qint64 orderId, bool online)
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry) {
        Q_EMIT sendFailed(orderId, u"Open the table before sending."_s);
        return;
    }
    if (const QString busy = refusal(orderId); !busy.isEmpty()) {
        Q_EMIT sendFailed(orderId, busy);
        return;
    }
    if (!m_staff) {
        Q_EMIT sendFailed(orderId, u"Please log in to send; your items are kept on this tablet."_s);
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
    if (const QString busy = refusal(orderId); !busy.isEmpty()) {
        Q_EMIT sendFailed(orderId, busy);
        return;
    }
    if (!m_conflicts.contains(orderId)) {
        Q_EMIT sendFailed(orderId, u"There is no conflict waiting for this table; send again."_s);
        return;
    }
    if (!m_staff) {
        Q_EMIT sendFailed(orderId, u"Please log in to send; your items are kept on this tablet."_s);
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
    if (!reply && reply.error().code == "unauthorized"_L1) {
        if (replay)
            answered(false);
        Q_EMIT sendFailed(orderId, WaiterMessages::loginExpired());
        Q_EMIT sessionExpired();
        return;
    }

    if (!reply) {
        if (replay)
            removeFromOutbox(orderId);
        Q_EMIT sendFailed(orderId, WaiterMessages::sendRefused(reply.error(), items, m_menu));
    } else if (reply->applied()) {
        if (replay)
            removeFromOutbox(orderId);
        adopt(reply->order, items);
        Q_EMIT sent(orderId, reply->order);
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
    if (conflict.error == "order_closed"_L1) {
        Q_EMIT sendFailed(orderId, WaiterMessages::orderClosed());
        return;
    }
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
        Q_EMIT sendFailed(base.id, u"Not sent, and this tablet could not keep the send: "_s +
                                       kept.error().message);
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
