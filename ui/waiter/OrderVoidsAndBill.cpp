#include "OrderVoidsAndBill.h"

#include "BillFlow.h"
#include "client/SyncEngine.h"
#include "client/VoidRequests.h"
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

OrderVoidsAndBill::OrderVoidsAndBill(SyncEngine& engine, OrderView* view, QWidget* window,
                                     std::function<qint64()> currentOrder)
    : QObject(window)
    , m_engine(engine)
    , m_view(view)
    , m_currentOrder(std::move(currentOrder))
    , m_voidFlow(new VoidFlow(*engine.voids(), window))
    , m_billFlow(new BillFlow(*engine.bills(), window))
    , m_voided(new VoidedLinesModel(this))
{
    m_view->setVoidedModel(m_voided);
    connect(m_view, &OrderView::voidRequested, this, &OrderVoidsAndBill::startVoid);
    connect(m_voidFlow, &VoidFlow::refused, this, [this](qint64 orderId, const ApiError& error) {
        if (orderId == m_currentOrder())
            m_view->showResult(OrderView::Result::Error, WaiterMessages::voidRefused(error));
    });
    connect(m_engine.voids(), &VoidRequests::voidsChanged, this, &OrderVoidsAndBill::showVoided);
    connect(&m_engine, &SyncEngine::orderChanged, this, &OrderVoidsAndBill::showVoided);
    connect(&m_engine, &SyncEngine::approvalNeeded, this, [this](qint64 orderId) {
        if (orderId == m_currentOrder())
            m_view->showResult(OrderView::Result::Info,
                               tr("A void waiting on this tablet needs a manager's approval "
                                  "again: the first one expired."));
        m_voidFlow->renew(orderId, managersOf(m_engine.staffList()));
    });
    connect(m_view, &OrderView::billRequested, this, [this] {
        const qint64 orderId = m_currentOrder();
        if (orderId > 0)
            m_billFlow->open(orderId, tableName(orderId));
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
    const qint64 orderId = m_currentOrder();
    const std::optional<Order> base = m_engine.base(orderId);
    const std::optional<Staff> staff = m_engine.staff();
    if (!base || !staff)
        return;
    const auto line = std::find_if(base->items.cbegin(), base->items.cend(),
                                   [&lineId](const Line& l) { return l.lineId == lineId; });
    if (line == base->items.cend())
        return;
    QString name = line->menuItemId;
    for (const MenuItem& item : m_engine.menu()) {
        if (item.id == line->menuItemId)
            name = item.name;
    }
    const QString what = line->seat == 0
                             ? tr("%1× %2 (shared)").arg(line->qty).arg(name)
                             : tr("%1× %2, seat %3").arg(line->qty).arg(name).arg(line->seat);
    m_voidFlow->start(orderId, lineId, what, *staff, managersOf(m_engine.staffList()));
}

void OrderVoidsAndBill::showVoided(qint64 orderId)
{
    if (orderId != m_currentOrder())
        return;
    QHash<QString, QString> items;
    for (const MenuItem& item : m_engine.menu())
        items.insert(item.id, item.name);
    QHash<QString, QString> staff;
    for (const Staff& member : m_engine.staffList())
        staff.insert(member.id, member.name);
    m_voided->setItemNames(items);
    m_voided->setStaffNames(staff);
    m_voided->setLines(m_engine.voids()->recent(orderId));
}

QString OrderVoidsAndBill::tableName(qint64 orderId) const
{
    for (const Table& table : m_engine.tables()) {
        if (table.orderId == orderId)
            return table.name;
    }
    return QString::number(orderId);
}
