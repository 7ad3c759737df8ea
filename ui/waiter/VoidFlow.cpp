#include "VoidFlow.h"

#include "client/VoidRequests.h"
#include "ManagerPinDialog.h"
#include "VoidDialog.h"
#include "WaiterMessages.h"

#include <QWidget>

VoidFlow::VoidFlow(VoidRequests& voids, QWidget* window)
    : QObject(window)
    , m_voids(voids)
    , m_window(window)
{
    connect(&m_voids, &VoidRequests::approvalRefused, this, [this](const ApiError& error) {
        if (m_pin)
            m_pin->setError(WaiterMessages::approvalRefused(error));
    });
}

void VoidFlow::start(qint64 orderId, const QString& lineId, const QString& what,
                     const Staff& signedIn, const QList<Staff>& managers)
{
    auto* reasons = new VoidDialog(what, m_window);
    reasons->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        reasons, &QDialog::accepted, this, [this, reasons, orderId, lineId, signedIn, managers] {
            const QString reason = reasons->reason();
            const QString note = reasons->note();
            const auto voidWith = [this, orderId, lineId, reason,
                                   note](const std::optional<ApprovalReply>& approval) {
                if (Result<void> voided = m_voids.voidLine(orderId, lineId, reason, note, approval);
                    !voided)
                    Q_EMIT refused(orderId, voided.error());
            };
            // A manager signed in approves with the tap that voids.
            if (signedIn.role == Staff::Role::Manager)
                voidWith(std::nullopt);
            else
                askManager(managers, voidWith);
        });
    reasons->open();
}

void VoidFlow::renew(qint64 orderId, const QList<Staff>& managers)
{
    askManager(managers, [this, orderId](const ApprovalReply& approval) {
        if (Result<void> renewed = m_voids.renewApproval(orderId, approval); !renewed)
            Q_EMIT refused(orderId, renewed.error());
    });
}

void VoidFlow::askManager(const QList<Staff>& managers,
                          std::function<void(const ApprovalReply&)> approved)
{
    if (m_pin)
        m_pin->close();
    m_pin = new ManagerPinDialog(managers, m_window);
    m_pin->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pin, &ManagerPinDialog::approvalRequested, &m_voids, &VoidRequests::requestApproval);
    // Only this dialog's approval: a later dialog makes its own connection.
    auto* dialog = m_pin.data();
    connect(&m_voids, &VoidRequests::approvalGranted, dialog,
            [dialog, approved = std::move(approved)](const ApprovalReply& approval) {
                dialog->accept();
                approved(approval);
            });
    m_pin->open();
}
