#include "HistoryFilterModel.h"

#include "HistoryModel.h"

HistoryFilterModel::HistoryFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // Sorted by seq, so appended rows land in place and the order never depends on a column.
    setSortRole(HistoryModel::SeqRole);
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void HistoryFilterModel::setAuthor(const QString& staffId)
{
    if (staffId == m_author)
        return;
    m_author = staffId;
    invalidateFilter();
}

void HistoryFilterModel::setKind(std::optional<Event::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void HistoryFilterModel::setNewestFirst(bool newestFirst)
{
    m_newestFirst = newestFirst;
    sort(0, newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_author.isEmpty() && index.data(HistoryModel::AuthorIdRole).toString() != m_author)
        return false;
    if (m_kind && index.data(HistoryModel::KindRole).toInt() != int(*m_kind))
        return false;
    return true;
}

bool HistoryFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return left.data(HistoryModel::SeqRole).toLongLong() <
           right.data(HistoryModel::SeqRole).toLongLong();
}
