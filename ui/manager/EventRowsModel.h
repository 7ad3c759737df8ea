#pragma once

#include "NameMap.h"

#include <QAbstractTableModel>

// A table of log events for a manager: shows items, staff and tables by name, and repaints every
// row when a name changes (a waiter signs in, the menu is renamed).
class EventRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setItemNames(const QHash<QString, QString>& names);
    void setStaffNames(const QHash<QString, QString>& names);
    void setTableNames(const QHash<QString, QString>& names);
    QString staffName(const QString& staffId) const { return m_staffNames.name(staffId); }

protected:
    QString itemName(const QString& menuItemId) const { return m_itemNames.name(menuItemId); }
    const NameMap& tableNames() const { return m_tableNames; }
    void announceAllChanged();

private:
    NameMap m_itemNames;
    NameMap m_staffNames;
    NameMap m_tableNames;
};
