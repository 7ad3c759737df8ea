#include "SoldOutModel.h"

#include <QFont>

SoldOutModel::SoldOutModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int SoldOutModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SoldOutModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MenuItem& item = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_pending.contains(item.id) ? tr("%1 (saving…)").arg(item.name) : item.name;
    case Qt::CheckStateRole:
        return item.available ? Qt::Unchecked : Qt::Checked;
    case Qt::FontRole:
        if (!item.available) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return item.available ? tr("Tick when sold out") : tr("Sold out; untick when back");
    case MenuItemIdRole:
        return item.id;
    case StationRole:
        return item.station;
    case PendingRole:
        return m_pending.contains(item.id);
    default:
        return {};
    }
}

bool SoldOutModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const MenuItem& item = m_rows.at(index.row());
    const bool available = value.value<Qt::CheckState>() != Qt::Checked;
    if (available == item.available || m_pending.contains(item.id))
        return false;
    m_pending.insert(item.id);
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, PendingRole});
    Q_EMIT availabilityRequested(item.id, available);
    return true;
}

Qt::ItemFlags SoldOutModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!m_pending.contains(m_rows.at(index.row()).id))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

void SoldOutModel::setItems(const QList<MenuItem>& items)
{
    m_items = items;
    rebuild();
}

void SoldOutModel::setStation(const QString& station)
{
    if (station == m_station)
        return;
    m_station = station;
    rebuild();
}

void SoldOutModel::setAvailable(const QString& menuItemId, bool available)
{
    m_pending.remove(menuItemId);
    for (MenuItem& item : m_items) {
        if (item.id == menuItemId)
            item.available = available;
    }
    const int row = rowOf(menuItemId);
    if (row < 0)
        return;
    m_rows[row].available = available;
    Q_EMIT dataChanged(index(row), index(row));
}

void SoldOutModel::dropPending(const QString& menuItemId)
{
    if (!m_pending.remove(menuItemId))
        return;
    const int row = rowOf(menuItemId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

int SoldOutModel::rowOf(const QString& menuItemId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == menuItemId)
            return row;
    }
    return -1;
}

void SoldOutModel::rebuild()
{
    QList<MenuItem> rows;
    for (const MenuItem& item : std::as_const(m_items)) {
        if (m_station.isEmpty() || item.station == m_station)
            rows.append(item);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}
