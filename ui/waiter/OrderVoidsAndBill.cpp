#include "OrderVoidsAndBill.h"

#include "BillFlow.h"
#include "client/SyncEngine.h"
#include "client/VoidRequests.h"
#include "OrderFlow.h"
#include "OrderView.h"
#include "VoidedLinesModel.h"
#include "VoidFlow.h"
#include "WaiterMessages.h"

#include <algorithm>

namespace {

QList<Staff> managersOf(const QList<Staff>& staff)
{
    QList<Staff> managers;
    std::copy_if(staff.cbegin(), staff.cend(), std::back_inserter(managers),
                 [](const Staff& s) { return s.role == Staff::Role::Manager; });
    return managers;
}

} // namespace

OrderVoidsAndBill::OrderVoidsAndBill(SyncEngine& engine, OrderFlow& orders, const Clock& clock,
                                     OrderView* view, QWidget* window)
    : QObject(window)
    , m_engine(engine)
    , m_orders(orders)
    , m_view(view)
    , m_voidFlow(new VoidFlow(*engine.voids(), window))
    , m_billFlow(new BillFlow(*engine.bills(), clock, window))
    , m_voided(new VoidedLinesModel(this))
{
    m_view->setVoidedModel(m_voided);
    updateItemNames();
    updateStaffNames();
    connect(&m_engine, &SyncEngine::menuChanged, this, &OrderVoidsAndBill::updateItemNames);
    connect(&m_engine, &SyncEngine::staffListChanged, this, &OrderVoidsAndBill::updateStaffNames);
    // Another table opened: the last one's voids leave the screen at once.
    connect(&m_orders, &OrderFlow::orderShown, this, &OrderVoidsAndBill::showVoided);
    connect(m_view, &OrderView::voidRequested, this, &OrderVoidsAndBill::startVoid);
    connect(m_voidFlow, &VoidFlow::refused, this, [this](qint64 orderId, const ApiError& error) {
        if (orderId == m_orders.orderId())
            m_view->showResult(OrderView::Result::Error, WaiterMessages::voidRefused(error));
    });
    connect(m_engine.voids(), &VoidRequests::voidsChanged, this, &OrderVoidsAndBill::showVoided);
    connect(&m_engine, &SyncEngine::orderChanged, this, &OrderVoidsAndBill::showVoided);
    connect(&m_engine, &SyncEngine::approvalNeeded, this, [this](qint64 orderId) {
        if (orderId == m_orders.orderId())
            m_view->showResult(OrderView::Result::Info,
                               tr("A void waiting on this tablet needs a manager's approval "
                                  "again: the first one expired."));
        m_voidFlow->renew(orderId, managersOf(m_engine.staffList()));
    });
    connect(m_view, &OrderView::billRequested, this, [this] {
        const qint64 orderId = m_orders.orderId();
        if (orderId <= 0)
            return;
        // The bill in the tablet's language: the menu's names for the order's dishes.
        QHash<QString, QString> lineNames;
        if (const std::optional<Order> base = m_engine.base(orderId)) {
            for (const Line& line : base->items) {
                if (const QString name = m_itemNames.value(line.menuItemId); !name.isEmpty())
                    lineNames.insert(line.lineId, name);
            }
        }
        m_billFlow->open(orderId, m_orders.tableName(orderId), lineNames);
    });
    connect(m_billFlow, &BillFlow::failed, this, [this](const QString& message) {
        m_view->showResult(OrderView::Result::Error, message);
    });
    connect(m_billFlow, &BillFlow::paid, this, &OrderVoidsAndBill::tableClosed);
}

void OrderVoidsAndBill::setPrinterName(const QString& printerName)
{
    m_billFlow->setPrinterName(printerName);
}

void OrderVoidsAndBill::startVoid(const QString& lineId)
{
    const qint64 orderId = m_orders.orderId();
    const std::optional<Order> base = m_engine.base(orderId);
    const std::optional<Staff> staff = m_engine.staff();
    if (!base || !staff)
        return;
    const Line* line = findLine(base->items, lineId);
    if (!line)
        return;
    const QString name = m_itemNames.value(line->menuItemId, line->menuItemId);
    const QString what = line->seat == 0
                             ? tr("%1× %2 (shared)").arg(line->qty).arg(name)
                             : tr("%1× %2, seat %3").arg(line->qty).arg(name).arg(line->seat);
    m_voidFlow->start(orderId, lineId, what, *staff, managersOf(m_engine.staffList()));
}

void OrderVoidsAndBill::showVoided(qint64 orderId)
{
    if (orderId == m_orders.orderId())
        m_voided->setLines(orderId == 0 ? QList<VoidedLine>{} : m_engine.voids()->recent(orderId));
}

void OrderVoidsAndBill::updateItemNames()
{
    m_itemNames.clear();
    for (const MenuItem& item : m_engine.menu())
        m_itemNames.insert(item.id, item.name);
    m_voided->setItemNames(m_itemNames);
}

void OrderVoidsAndBill::updateStaffNames()
{
    QHash<QString, QString> staff;
    for (const Staff& member : m_engine.staffList())
        staff.insert(member.id, member.name);
    m_voided->setStaffNames(staff);
}
