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

OrderSender::OrderSender(ApiClient& api, DraftStore& drafts, DraftEditor& editor, Outbox& outbox,
                         BusyOrders& busy, const std::optional<Staff>& staff)
    : m_api(api)
    , m_drafts(drafts)
    , m_editor(editor)
    , m_outbox(outbox)
    , m_busy(busy)
    , m_staff(staff)
    , m_conflicts(
          drafts, editor, staff, [this](OrderWrite request) { write(std::move(request)); },
          [this](const QString& author, const Order& authoritative, const Lines& sentItems) {
              adopt(author, authoritative, sentItems);
          })
{
    connect(&m_conflicts, &SendConflicts::sent, this, &OrderSender::sent);
    connect(&m_conflicts, &SendConflicts::conflictDetected, this, &OrderSender::conflictDetected);
    connect(&m_conflicts, &SendConflicts::sendFailed, this, &OrderSender::sendFailed);
    connect(&m_conflicts, &SendConflicts::orderChanged, this, &OrderSender::orderChanged);
    connect(&m_conflicts, &SendConflicts::draftChanged, this, &OrderSender::draftChanged);
}

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
    m_conflicts.cancel(orderId);
    // Known offline, or an earlier send of this order still waits: keep the order of sends.
    if (!online || m_outbox.contains(orderId, m_staff->id)) {
        queue(m_staff->id, entry->base, entry->draft, voids);
        if (online)
            Q_EMIT replayWanted();
        return;
    }
    write(OrderWrite{entry->base, entry->draft, OrderWrite::Kind::Send, m_staff->id, voids});
}

void OrderSender::confirmRebase(qint64 orderId, const RebaseDecision& decision)
{
    std::optional<ApiError> refused = refusal(orderId);
    if (!m_writing.contains(orderId) && !m_conflicts.has(orderId))
        refused = ApiError{ErrorCode::NoConflictPending, u"No conflict to confirm."_s, {}};
    if (refused) {
        Q_EMIT sendFailed(orderId, *refused, {});
        return;
    }
    m_conflicts.confirm(orderId, decision);
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
    write(OrderWrite{entry.base, entry.draft, OrderWrite::Kind::Replay, entry.staffId, entry.voids},
          std::move(answered));
}

void OrderSender::write(OrderWrite request, Answered answered)
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

void OrderSender::onWritten(const OrderWrite& request, const Result<PatchReply>& reply,
                            const Answered& answered)
{
    const qint64 orderId = request.base.id;
    const bool replay = request.kind == OrderWrite::Kind::Replay;
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
    const bool stale = !reply && reply.error().code == ErrorCode::NotLoggedIn;
    if (!reply && (reply.error().code == ErrorCode::Unauthorized || stale)) {
        if (replay)
            answered(false);
        else if (!current || stale) // its author signed out on the way
            queue(request.author, request.base, request.items, request.voids);
        if (current && !stale) {
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
        m_conflicts.restoreVoided(request);
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
        // Either way a replayed send no longer waits: it landed, or the waiter decides.
        if (replay)
            removeFromOutbox(orderId, request.author);
        m_conflicts.refused(request, *reply->conflict);
    }

    if (replay)
        answered(true);
    else if (m_outbox.count() > 0)
        Q_EMIT replayWanted();
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
