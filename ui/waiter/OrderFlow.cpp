#include "OrderFlow.h"

#include "ConflictDialog.h"
#include "MenuModel.h"
#include "OrderLinesModel.h"
#include "OrderView.h"
#include "WaiterMessages.h"

#include "client/CoursePlan.h"
#include "client/SyncEngine.h"
#include "client/VoidRequests.h"

#include <QWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

OrderFlow::OrderFlow(SyncEngine& engine, OrderView& view, OrderLinesModel& authoritative,
                     OrderLinesModel& pending, MenuModel& menu, QWidget& window)
    : QObject(&window)
    , m_engine(engine)
    , m_view(view)
    , m_authoritative(authoritative)
    , m_pending(pending)
    , m_menu(menu)
    , m_window(window)
{
    connectEngine();
    connectView();
}

void OrderFlow::open(qint64 orderId)
{
    m_orderId = orderId;
    m_view.startTable(tableName(orderId), tableSeats(orderId));
    reload();
    Q_EMIT orderShown(orderId);
    m_engine.openOrder(orderId);
}

void OrderFlow::close()
{
    m_orderId = 0;
    m_authoritative.clear();
    m_pending.clear();
    Q_EMIT orderShown(0);
}

void OrderFlow::refreshTable()
{
    if (m_orderId != 0)
        m_view.setTable(tableName(m_orderId), tableSeats(m_orderId));
}

ConflictDialog* OrderFlow::conflictDialog(qint64 orderId) const
{
    return m_conflicts.value(orderId);
}

QString OrderFlow::tableName(qint64 orderId) const
{
    for (const Table& table : m_engine.tables()) {
        if (table.orderId == orderId)
            return table.name;
    }
    return tr("Order %1").arg(orderId);
}

int OrderFlow::tableSeats(qint64 orderId) const
{
    for (const Table& table : m_engine.tables()) {
        if (table.orderId == orderId)
            return table.seats;
    }
    return 0;
}

void OrderFlow::connectEngine()
{
    const auto reloadIfCurrent = [this](qint64 orderId) {
        if (orderId == m_orderId)
            reload();
    };
    connect(&m_engine, &SyncEngine::orderChanged, this, reloadIfCurrent);
    connect(&m_engine, &SyncEngine::draftChanged, this, reloadIfCurrent);
    connect(&m_engine, &SyncEngine::othersChanged, this, [this](qint64 orderId) {
        if (orderId == m_orderId)
            m_view.setOthersChanged(true);
    });
    connect(&m_engine, &SyncEngine::busyChanged, this, [this](qint64 orderId, bool busy) {
        if (orderId == m_orderId)
            m_view.setBusy(busy);
    });
    connect(&m_engine, &SyncEngine::sent, this, [this](qint64 orderId, const Order& order) {
        if (orderId == m_orderId)
            m_view.showSent(int(order.items.size()));
    });
    connect(&m_engine, &SyncEngine::fired, this,
            [this](qint64 orderId, const QList<int>& courses, int lines) {
                if (orderId != m_orderId || courses.isEmpty())
                    return;
                QStringList numbers;
                for (const int course : courses)
                    numbers.append(QString::number(course));
                m_view.showFired(tr("Course %1 is in the kitchen (%n lines).", nullptr, lines)
                                     .arg(numbers.join(u", "_s)));
            });
    connect(&m_engine, &SyncEngine::fireFailed, this,
            [this](qint64 orderId, int course, const ApiError& error) {
                if (orderId == m_orderId)
                    m_view.showResult(OrderView::Result::Error,
                                      WaiterMessages::fireRefused(error, course));
            });
    connect(&m_engine, &SyncEngine::menuAvailabilityChanged, this,
            [this](const QString& menuItemId, bool available) {
                if (!available)
                    announceSoldOut(menuItemId);
            });
    connect(&m_engine, &SyncEngine::conflictDetected, this, &OrderFlow::onConflict);
    connect(&m_engine, &SyncEngine::sendFailed, this,
            [this](qint64 orderId, const ApiError& error, const Lines& sent) {
                if (orderId == m_orderId) {
                    m_view.showResult(OrderView::Result::Error,
                                      WaiterMessages::sendRefused(error, sent, m_engine.menu()));
                }
            });
    connect(&m_engine, &SyncEngine::queued, this, [this](qint64 orderId) {
        if (orderId == m_orderId) {
            m_view.showResult(OrderView::Result::Info,
                              tr("No connection. Saved on this tablet; it is sent by itself "
                                 "when the server is back."));
        }
    });
}

void OrderFlow::connectView()
{
    connect(&m_view, &OrderView::addRequested, this,
            [this](const QString& menuItemId, int seat, int course) {
                const QString lineId = m_engine.addLine(m_orderId, menuItemId, seat, 1, {}, course);
                m_view.clearResult();
                m_view.selectLine(lineId);
            });
    connect(&m_view, &OrderView::qtyChangeRequested, this,
            [this](const QString& lineId, int qty) { m_engine.setQty(m_orderId, lineId, qty); });
    connect(&m_view, &OrderView::seatChangeRequested, this,
            [this](const QString& lineId, int seat) { m_engine.setSeat(m_orderId, lineId, seat); });
    connect(&m_view, &OrderView::noteChangeRequested, this,
            [this](const QString& lineId, const QString& note) {
                m_engine.setNote(m_orderId, lineId, note);
            });
    connect(&m_view, &OrderView::removeRequested, this,
            [this](const QString& lineId) { m_engine.removeLine(m_orderId, lineId); });
    connect(&m_view, &OrderView::discardRequested, this, [this] {
        m_engine.discardDraft(m_orderId);
        m_view.showResult(OrderView::Result::Info, tr("Your changes were discarded."));
    });
    connect(&m_view, &OrderView::sendRequested, this, [this] {
        m_view.clearResult();
        m_engine.send(m_orderId);
    });
    connect(&m_view, &OrderView::fireCourseRequested, this, [this](int course) {
        m_view.clearResult();
        m_engine.fireCourse(m_orderId, course);
    });
}

void OrderFlow::reload()
{
    const std::optional<Order> base = m_engine.base(m_orderId);
    const LineChanges pending = m_engine.pendingChanges(m_orderId);
    QHash<QString, LineSyncState> states;
    for (const LineChange& change : pending)
        states.insert(change.lineId(), m_engine.lineState(m_orderId, change.lineId()));
    m_authoritative.setContent(base ? base->items : Lines{}, pending, states);
    m_pending.setContent(base ? base->items : Lines{}, pending, states);
    m_view.setVersion(base ? base->version : 0);
    m_view.setLineCount(base ? int(base->items.size()) : 0);
    const CoursePlan plan(base ? base->items : Lines{});
    const std::optional<int> waiting = plan.waiting();
    m_view.setWaitingCourse(waiting, waiting ? plan.waitingLines(*waiting) : 0);
    m_view.setDraft(m_engine.draft(m_orderId));
    // Sent, merged or discarded: nothing of this waiter's is left to collide with.
    if (pending.isEmpty())
        m_view.setOthersChanged(false);
}

void OrderFlow::onConflict(qint64 orderId, const RebaseDecision& decision,
                           const QList<Event>& theirEvents)
{
    if (ConflictDialog* open = m_conflicts.value(orderId))
        open->deleteLater();
    auto* dialog = new ConflictDialog(tableName(orderId), decision, theirEvents, m_menu.itemNames(),
                                      m_staffNames, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal: in demo mode the other waiters' windows stay usable.
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(std::min(m_window.width() - 40, 1100), std::min(m_window.height() - 40, 720));
    m_conflicts.insert(orderId, dialog);
    // A line the kitchen got meanwhile may be voided here, approved like any void.
    QList<Staff> managers;
    for (const Staff& member : m_engine.staffList()) {
        if (member.role == Staff::Role::Manager)
            managers.append(member);
    }
    if (const std::optional<Staff> signedIn = m_engine.staff())
        dialog->setApprovers(*signedIn, managers);
    connect(dialog, &ConflictDialog::approvalRequested, m_engine.voids(),
            &VoidRequests::requestApproval);
    connect(m_engine.voids(), &VoidRequests::approvalGranted, dialog,
            &ConflictDialog::grantApproval);
    connect(m_engine.voids(), &VoidRequests::approvalRefused, dialog,
            &ConflictDialog::refuseApproval);
    connect(dialog, &QDialog::finished, this, [this, dialog, orderId](int result) {
        m_conflicts.remove(orderId);
        if (result == QDialog::Accepted) {
            m_engine.confirmRebase(orderId, dialog->decision());
        } else {
            m_engine.cancelRebase(orderId);
            if (orderId == m_orderId) {
                m_view.showResult(OrderView::Result::Info,
                                  tr("Not sent. Your changes are kept on this tablet."));
            }
        }
    });
    dialog->open();
}

void OrderFlow::announceSoldOut(const QString& menuItemId)
{
    if (m_orderId == 0)
        return;
    for (const LineChange& change : m_engine.pendingChanges(m_orderId)) {
        if (change.kind == LineChange::Kind::Added && change.after->menuItemId == menuItemId) {
            m_view.showResult(
                OrderView::Result::Error,
                WaiterMessages::soldOutInDraft(m_menu.itemNames().value(menuItemId, menuItemId)));
            return;
        }
    }
}
