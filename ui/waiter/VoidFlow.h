#pragma once

#include "model/ApiError.h"
#include "model/ApiMessages.h"

#include <QObject>
#include <QPointer>

#include <functional>

#include "ManagerPinDialog.h"
class QWidget;
class VoidRequests;

// One void from the waiter's tap to the PATCH: the reason (VoidDialog), then a manager's PIN
// (ManagerPinDialog; none when a manager is signed in), then the engine's VoidRequests part.
// Also asks again for a waiting void whose approval expired. The only piece that talks to the
// part; the dialogs stay thin.
class VoidFlow : public QObject
{
    Q_OBJECT
public:
    // `voids` must outlive this flow (the engine owns it).
    VoidFlow(VoidRequests& voids, QWidget* window);

    // signedIn: who is signed in now; managers: whom the PIN dialog offers.
    void start(qint64 orderId, const QString& lineId, const QString& what, const Staff& signedIn,
               const QList<Staff>& managers);
    // A waiting void's approval expired: a manager's PIN once more, then it replays.
    void renew(qint64 orderId, const QList<Staff>& managers);
    ManagerPinDialog* pinDialog() const { return m_pin; }

Q_SIGNALS:
    // The void could not start; `error` says why (WaiterMessages words it).
    void refused(qint64 orderId, const ApiError& error);

private:
    // Opens the PIN dialog; `approved` runs with the approval once the server grants it.
    void askManager(const QList<Staff>& managers,
                    std::function<void(const ApprovalReply&)> approved);

    VoidRequests& m_voids;
    QWidget* m_window;
    QPointer<ManagerPinDialog> m_pin;
};
