#include "VoidTotalsModel.h"

#include "MoneyText.h"
#include "VoidReasons.h"
#include "VoidReportModel.h"

#include <QLocale>

VoidTotalsModel::VoidTotalsModel(QAbstractItemModel* voids, VoidReportModel* report,
                                 QObject* parent)
    : QAbstractTableModel(parent)
    , m_voids(voids)
    , m_report(report)
{
    connect(m_voids, &QAbstractItemModel::modelReset, this, &VoidTotalsModel::recount);
    connect(m_voids, &QAbstractItemModel::layoutChanged, this, &VoidTotalsModel::recount);
    connect(m_voids, &QAbstractItemModel::rowsInserted, this, &VoidTotalsModel::recount);
    connect(m_voids, &QAbstractItemModel::rowsRemoved, this, &VoidTotalsModel::recount);
    // Names and prices changed: the same rows say other words.
    connect(m_voids, &QAbstractItemModel::dataChanged, this, &VoidTotalsModel::recount);
    recount();
}

int VoidTotalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size());
}

int VoidTotalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoidTotalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Total& total = m_totals.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case GroupColumn:
            return groupText(total.group);
        case NameColumn:
            return nameText(total);
        case CountColumn:
            return locale.toString(total.count);
        case ValueColumn:
            return MoneyText::text(total.valueCents, m_report->currency(), locale);
        default:
            return {};
        }
    }
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn || index.column() == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case GroupRole:
        return int(total.group);
    case KeyRole:
        return total.key;
    case ValueRole:
        return total.valueCents;
    default:
        return {};
    }
}

QVariant VoidTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return tr("Per");
    case NameColumn:
        return tr("Name");
    case CountColumn:
        return tr("Voids");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

void VoidTotalsModel::recount()
{
    QList<Total> totals;
    const auto add = [&totals](Group group, const QString& key, qint64 value) {
        auto found = std::find_if(totals.begin(), totals.end(), [&](const Total& total) {
            return total.group == group && total.key == key;
        });
        if (found == totals.end())
            found = totals.insert(totals.end(), Total{group, key, 0, 0});
        ++found->count;
        found->valueCents += value;
    };
    const int rows = m_voids->rowCount();
    for (const Group group : {Group::Reason, Group::Waiter, Group::Approver}) {
        const int role = group == Group::Reason   ? VoidReportModel::ReasonRole
                         : group == Group::Waiter ? VoidReportModel::WaiterRole
                                                  : VoidReportModel::ApproverRole;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_voids->index(row, 0);
            add(group, index.data(role).toString(),
                index.data(VoidReportModel::ValueRole).toLongLong());
        }
    }
    if (totals == m_totals) {
        // Same figures; names or prices may read differently now.
        if (!m_totals.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_totals.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_totals = totals;
    endResetModel();
}

QString VoidTotalsModel::groupText(Group group) const
{
    switch (group) {
    case Group::Reason:
        return tr("Reason");
    case Group::Waiter:
        return tr("Voided by");
    case Group::Approver:
        return tr("Approved by");
    }
    return {};
}

QString VoidTotalsModel::nameText(const Total& total) const
{
    if (total.group == Group::Reason)
        return VoidReasons::text(total.key);
    return m_report->staffName(total.key);
}
