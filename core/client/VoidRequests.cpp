#include "VoidRequests.h"

#include "ApiClient.h"
#include "DraftEditor.h"
#include "DraftStore.h"
#include "model/Event.h"
#include "model/VoidCodec.h"
#include "OrderSender.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

VoidRequests::VoidRequests(ApiClient& api, DraftStore& drafts, DraftEditor& editor,
                           OrderSender& sender, const std::optional<Staff>& staff,
                           std::function<bool()> online)
    : m_api(api)
    , m_drafts(drafts)
    , m_editor(editor)
    , m_sender(sender)
    , m_staff(staff)
    , m_online(std::move(online))
{
    connect(&m_sender, &OrderSender::voided, this, &VoidRequests::landed);
    // A void that will not land is back in the draft: no longer waited for.
    connect(&m_sender, &OrderSender::sendFailed, this,
            [this](qint64 orderId) { dropRestored(orderId); });
}

void VoidRequests::requestApproval(const QString& managerId, const QString& pin)
{
    m_api.requestApproval(LoginRequest{managerId, pin}, [this](Result<ApprovalReply> reply) {
        if (reply)
            Q_EMIT approvalGranted(reply.value());
        else
            Q_EMIT approvalRefused(reply.error());
    });
}

Result<void> VoidRequests::voidLine(qint64 orderId, const QString& lineId, const QString& reason,
                                    const QString& note,
                                    const std::optional<ApprovalReply>& approval)
{
    if (const std::optional<ApiError> refused = m_sender.refusal(orderId))
        return *refused;
    VoidEntry voided{lineId, reason, note, std::nullopt};
    if (approval)
        voided.approval = approval->approval;
    // The server's own check of a void entry: a bad reason or note is refused here, named.
    if (Result<VoidEntry> valid = VoidCodec::voidFromJson(VoidCodec::toJson(voided), {}); !valid)
        return valid.error();
    if (!approval && m_staff->role != Staff::Role::Manager)
        return ApiError{ErrorCode::ApprovalRequired, u"A void needs a manager's approval."_s, {}};
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    const Lines base = entry ? entry->base.items : Lines{};
    const Line* line = findLine(base, lineId);
    if (!line || !line->fired())
        return ApiError::invalid(u"line_id"_s, u"Only a fired line on the order is voided."_s);

    Lines draft = entry->draft;
    draft.removeIf([&lineId](const Line& l) { return l.lineId == lineId; });
    if (!m_editor.save(entry->base, draft))
        return ApiError{
            ErrorCode::LocalStorage, u"The void could not be kept on this tablet."_s, {}};
    const QString approvedBy = approval ? approval->staff.id : m_staff->id;
    m_asked[orderId].removeIf([&lineId](const VoidedLine& v) { return v.line.lineId == lineId; });
    m_asked[orderId].append(VoidedLine{*line, reason, note, approvedBy});
    m_sender.send(orderId, m_online(), {voided});
    return {};
}

Result<void> VoidRequests::renewApproval(qint64 orderId, const ApprovalReply& approval)
{
    if (Result<void> renewed = m_sender.renewApproval(orderId, approval.approval); !renewed)
        return renewed;
    for (VoidedLine& asked : m_asked[orderId])
        asked.approvedBy = approval.staff.id;
    return {};
}

void VoidRequests::forget(qint64 orderId)
{
    if (m_shown.remove(orderId) > 0)
        Q_EMIT voidsChanged(orderId);
}

void VoidRequests::landed(qint64 orderId, const Lines& lines)
{
    QList<VoidedLine>& asked = m_asked[orderId];
    Lines askedElsewhere;
    bool changed = false;
    for (const Line& line : lines) {
        const auto found = std::find_if(asked.begin(), asked.end(), [&line](const VoidedLine& v) {
            return v.line.lineId == line.lineId;
        });
        if (found == asked.end()) {
            askedElsewhere.append(line); // asked before a restart: the server knows the why
            continue;
        }
        m_shown[orderId].append(*found);
        asked.erase(found);
        changed = true;
    }
    if (asked.isEmpty())
        m_asked.remove(orderId);
    if (changed)
        Q_EMIT voidsChanged(orderId);
    if (!askedElsewhere.isEmpty())
        showFromEvents(orderId, askedElsewhere);
}

void VoidRequests::showFromEvents(qint64 orderId, const Lines& lines)
{
    m_api.orderEvents(orderId, [this, orderId, lines](Result<QList<Event>> events) {
        if (!events)
            return; // shown on the next read of the order as a line that is gone
        QList<VoidedLine>& shown = m_shown[orderId];
        for (const Line& line : lines) {
            for (const Event& event : events.value()) {
                if (event.kind == Event::Kind::Void && event.lineId == line.lineId)
                    shown.append(VoidedLine{line, event.reason, event.note.value_or(QString()),
                                            event.approvedBy});
            }
        }
        Q_EMIT voidsChanged(orderId);
    });
}

void VoidRequests::dropRestored(qint64 orderId)
{
    const auto asked = m_asked.find(orderId);
    if (asked == m_asked.end())
        return;
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    const Lines draft = entry ? entry->draft : Lines{};
    asked->removeIf([&draft](const VoidedLine& v) { return findLine(draft, v.line.lineId); });
    if (asked->isEmpty())
        m_asked.erase(asked);
}
