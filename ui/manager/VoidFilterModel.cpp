#include "VoidFilterModel.h"

#include "VoidReportModel.h"

VoidFilterModel::VoidFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // Sorted by seq, so appended rows land in place and the order never depends on a column.
    setDynamicSortFilter(true);
    sort(0, Qt::DescendingOrder);
}

void VoidFilterModel::setFilter(By by, const QString& value)
{
    QString& field = by == By::Reason ? m_reason : by == By::Waiter ? m_waiter : m_approver;
    if (field == value)
        return;
    field = value;
    invalidateFilter();
}

QString VoidFilterModel::filter(By by) const
{
    return by == By::Reason ? m_reason : by == By::Waiter ? m_waiter : m_approver;
}

bool VoidFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto matches = [&index](const QString& wanted, int role) {
        return wanted.isEmpty() || index.data(role).toString() == wanted;
    };
    return matches(m_reason, VoidReportModel::ReasonRole) &&
           matches(m_waiter, VoidReportModel::WaiterRole) &&
           matches(m_approver, VoidReportModel::ApproverRole);
}

bool VoidFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return left.data(VoidReportModel::SeqRole).toLongLong() <
           right.data(VoidReportModel::SeqRole).toLongLong();
}
