#include "VoidedLinesModel.h"

#include "VoidReasons.h"

#include <QFont>

VoidedLinesModel::VoidedLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int VoidedLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int VoidedLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoidedLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VoidedLine& voided = m_lines.at(index.row());
    if (role == Qt::FontRole && index.column() <= QtyColumn) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case SeatColumn:
        return voided.line.seat == 0 ? tr("Shared") : QString::number(voided.line.seat);
    case ItemColumn:
        return m_itemNames.value(voided.line.menuItemId, voided.line.menuItemId);
    case QtyColumn:
        return voided.line.qty;
    case ReasonColumn: {
        const QString reason = VoidReasons::text(voided.reason);
        return voided.note.isEmpty() ? reason : tr("%1: %2").arg(reason, voided.note);
    }
    case ApprovedByColumn:
        return tr("Voided, approved by %1")
            .arg(m_staffNames.value(voided.approvedBy, voided.approvedBy));
    }
    return {};
}

QVariant VoidedLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeatColumn:
        return tr("Seat");
    case ItemColumn:
        return tr("Voided item");
    case QtyColumn:
        return tr("Qty");
    case ReasonColumn:
        return tr("Reason");
    case ApprovedByColumn:
        return tr("Approval");
    }
    return {};
}

void VoidedLinesModel::setLines(const QList<VoidedLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

void VoidedLinesModel::setItemNames(const QHash<QString, QString>& names)
{
    m_itemNames = names;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, ItemColumn), index(rowCount() - 1, ItemColumn));
}

void VoidedLinesModel::setStaffNames(const QHash<QString, QString>& names)
{
    m_staffNames = names;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, ApprovedByColumn), index(rowCount() - 1, ApprovedByColumn));
}
