#include "EventRowsModel.h"

void EventRowsModel::setItemNames(const QHash<QString, QString>& names)
{
    if (m_itemNames.assign(names))
        announceAllChanged();
}

void EventRowsModel::setStaffNames(const QHash<QString, QString>& names)
{
    if (m_staffNames.assign(names))
        announceAllChanged();
}

void EventRowsModel::setTableNames(const QHash<QString, QString>& names)
{
    if (m_tableNames.assign(names))
        announceAllChanged();
}

void EventRowsModel::announceAllChanged()
{
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
}
