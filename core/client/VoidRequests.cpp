#include "VoidRequests.h"

#include "ApiClient.h"
#include "DraftEditor.h"
#include "DraftStore.h"
#include "model/RequestValidator.h"
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
    if (!m_staff)
        return ApiError{ErrorCode::NotLoggedIn, u"Nobody is signed in to void."_s, {}};
    if (!RequestValidator::voidReasons().contains(reason))
        return ApiError::invalid(u"reason"_s, u"reason must be one of "_s +
                                                  RequestValidator::voidReasons().join(u", "_s));
    if (note.toUcs4().size() > RequestValidator::maxNoteLength)
        return ApiError::invalid(u"note"_s, u"note is longer than 200 characters."_s);
    if (!approval && m_staff->role != Staff::Role::Manager)
        return ApiError{ErrorCode::ApprovalRequired, u"A void needs a manager's approval."_s, {}};
    if (m_sender.isWriting(orderId))
        return ApiError{ErrorCode::SendInFlight, u"The previous send is still on its way."_s, {}};
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    const Lines base = entry ? entry->base.items : Lines{};
    const auto line = std::find_if(base.cbegin(), base.cend(),
                                   [&lineId](const Line& l) { return l.lineId == lineId; });
    if (line == base.cend() || !line->fired())
        return ApiError::invalid(u"line_id"_s, u"Only a fired line on the order is voided."_s);

    Lines draft = entry->draft;
    draft.removeIf([&lineId](const Line& l) { return l.lineId == lineId; });
    if (!m_editor.save(entry->base, draft))
        return ApiError{
            ErrorCode::LocalStorage, u"The void could not be kept on this tablet."_s, {}};
    const QString approvedBy = approval ? approval->staff.id : m_staff->id;
    m_asked[orderId].removeIf([&lineId](const VoidedLine& v) { return v.line.lineId == lineId; });
    m_asked[orderId].append(VoidedLine{*line, reason, note, approvedBy});
    VoidEntry voided{lineId, reason, note, std::nullopt};
    if (approval)
        voided.approval = approval->approval;
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

void VoidRequests::landed(qint64 orderId, const QStringList& lineIds)
{
    QList<VoidedLine>& asked = m_asked[orderId];
    bool changed = false;
    for (const QString& lineId : lineIds) {
        const auto found = std::find_if(asked.begin(), asked.end(), [&lineId](const VoidedLine& v) {
            return v.line.lineId == lineId;
        });
        if (found == asked.end())
            continue; // asked before a restart: landed all the same, only not shown
        m_shown[orderId].append(*found);
        asked.erase(found);
        changed = true;
    }
    if (changed)
        Q_EMIT voidsChanged(orderId);
}
