#pragma once

#include <QAbstractTableModel>
#include <QList>

class VoidReportModel;

// Count and value of the voids shown, per reason, then per waiter, then per approver: one row
// each, the group named on every row so a CSV export reads without the screen.
class VoidTotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { GroupColumn, NameColumn, CountColumn, ValueColumn, ColumnCount };
    enum class Group { Reason, Waiter, Approver };
    enum Role { GroupRole = Qt::UserRole + 1, KeyRole, ValueRole };

    struct Total
    {
        Group group = Group::Reason;
        QString key; // reason code or staff id
        int count = 0;
        qint64 valueCents = 0;
        bool operator==(const Total&) const = default;
    };

    // `voids`: the rows to add up, a VoidReportModel or a filter over one (not owned).
    VoidTotalsModel(QAbstractItemModel* voids, VoidReportModel* report, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<Total>& totals() const { return m_totals; }

private:
    void recount();
    QString groupText(Group group) const;
    QString nameText(const Total& total) const;

    QAbstractItemModel* m_voids;
    VoidReportModel* m_report;
    QList<Total> m_totals;
};
