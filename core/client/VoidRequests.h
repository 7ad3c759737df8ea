#pragma once

#include "model/ApiMessages.h"
#include "model/Result.h"
#include "VoidedLine.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class ApiClient;
class DraftStore;
class DraftEditor;
class OrderSender;

// Voids on the tablet: a manager's approval (POST /approvals with the waiter's token), the void
// itself (the draft without the fired line, sent with its reason and approval; queued offline),
// a new approval for a waiting void whose first one expired, and the voided lines shown struck
// through until the order is read again.
class VoidRequests : public QObject
{
    Q_OBJECT
public:
    // `online`: whether the server was reachable last time (a void then waits in the outbox).
    VoidRequests(ApiClient& api, DraftStore& drafts, DraftEditor& editor, OrderSender& sender,
                 const std::optional<Staff>& staff, std::function<bool()> online);

    // A manager's id and PIN; approvalGranted or approvalRefused.
    void requestApproval(const QString& managerId, const QString& pin);
    // Takes the fired line off the draft and sends the draft with the void. A waiter needs a
    // manager's approval; a manager signed in gives none (the server records them). Refused
    // (nothing changes): NotLoggedIn, ApprovalRequired, InvalidRequest naming "reason", "note"
    // or "line_id" (not on the order, or not fired).
    Result<void> voidLine(qint64 orderId, const QString& lineId, const QString& reason,
                          const QString& note, const std::optional<ApprovalReply>& approval);
    // A waiting void met approval_required on replay: it goes again with this approval.
    Result<void> renewApproval(qint64 orderId, const ApprovalReply& approval);

    // The lines voided on this order since it was last read, oldest first.
    QList<VoidedLine> recent(qint64 orderId) const { return m_shown.value(orderId); }
    // How many orders have voids sent or waiting, not landed yet (each cleared once done).
    qsizetype askedOrders() const { return m_asked.size(); }
    // The order was read again: its voided lines are no longer shown.
    void forget(qint64 orderId);

Q_SIGNALS:
    void approvalGranted(const ApprovalReply& approval);
    void approvalRefused(const ApiError& error);
    // The voided lines shown for this order changed.
    void voidsChanged(qint64 orderId);

private:
    void landed(qint64 orderId, const Lines& lines);
    // Voids this tablet asked for before a restart landed: their why is read from the events.
    void showFromEvents(qint64 orderId, const Lines& lines);
    // A failed send put its voided lines back into the draft: they are no longer asked.
    void dropRestored(qint64 orderId);

    ApiClient& m_api;
    DraftStore& m_drafts;
    DraftEditor& m_editor;
    OrderSender& m_sender;
    const std::optional<Staff>& m_staff;
    std::function<bool()> m_online;
    QHash<qint64, QList<VoidedLine>> m_asked; // sent or waiting, not landed yet
    QHash<qint64, QList<VoidedLine>> m_shown;
};
