#pragma once

#include "model/Table.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

// The tables a banquet captain may fire a course for: a check box per table (all tables by
// default) and how many lines of the course wait on each, once they are counted.
class BanquetTablesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TableColumn, WaitingColumn, ColumnCount };
    enum Role { TableIdRole = Qt::UserRole + 1, WaitingRole };

    explicit BanquetTablesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Keeps the picks of tables still listed; new tables start picked.
    void setTables(const QList<Table>& tables);
    const QList<Table>& tables() const { return m_tables; }
    // Lines waiting per table id; none known (before counting) shows "…".
    void setWaiting(const QHash<QString, int>& waiting);
    void clearWaiting();
    void setAllPicked(bool picked);
    void setPicked(const QString& tableId, bool picked);
    bool isPicked(const QString& tableId) const { return m_picked.contains(tableId); }

    // Picked tables with something waiting, in the grid's order: what a fire would touch.
    QStringList tablesToFire() const;
    int linesToFire() const;
    bool isCounted() const { return m_counted; }

Q_SIGNALS:
    void pickChanged();

private:
    QList<Table> m_tables;
    QSet<QString> m_picked;
    QHash<QString, int> m_waiting;
    bool m_counted = false;
};
