#pragma once

#include "model/Staff.h"

#include <QAbstractListModel>
#include <QStringList>

// The venue's staff as sign-in tiles: whoever signed in last on this tablet first, then the
// others by name, so a waiter mostly finds their own tile in the first row.
class StaffTilesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        StaffIdRole = Qt::UserRole + 1,
    };

    explicit StaffTilesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // `recent`: staff ids, the last signed-in first; ids not in `staff` are ignored.
    void setStaff(const QList<Staff>& staff, const QStringList& recent);
    QString staffId(int row) const;

private:
    QList<Staff> m_staff;
};
