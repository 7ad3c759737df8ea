#include "BillModel.h"

#include "MoneyText.h"

#include <QFont>

#include <algorithm>
#include <climits>

BillModel::BillModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int BillModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BillModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BillModel::seatText(int seat)
{
    return seat == 0 ? tr("Shared") : tr("Seat %1").arg(seat);
}

QString BillModel::money(qint64 cents) const
{
    return MoneyText::text(cents, m_bill.currency);
}

QVariant BillModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case RowKindRole:
        return int(row.kind);
    case SeatRole:
        return row.seat;
    case CentsRole:
        if (row.kind == RowKind::SeatHeading)
            return {};
        return row.kind == RowKind::Line ? row.line.totalCents : row.cents;
    case Qt::FontRole:
        if (row.kind != RowKind::Line) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ItemColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (row.kind) {
    case RowKind::SeatHeading:
        return index.column() == ItemColumn ? QVariant(seatText(row.seat)) : QVariant();
    case RowKind::SeatTotal:
        if (index.column() == ItemColumn)
            return row.seat == 0 ? tr("Shared total") : tr("Seat %1 total").arg(row.seat);
        return index.column() == AmountColumn ? QVariant(money(row.cents)) : QVariant();
    case RowKind::Total:
        if (index.column() == ItemColumn)
            return tr("Total");
        return index.column() == AmountColumn ? QVariant(money(row.cents)) : QVariant();
    case RowKind::Line:
        break;
    }
    switch (index.column()) {
    case ItemColumn:
        return row.line.name;
    case QtyColumn:
        return row.line.qty;
    case UnitColumn:
        return money(row.line.unitCents);
    case AmountColumn:
        return money(row.line.totalCents);
    }
    return {};
}

QVariant BillModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case QtyColumn:
        return tr("Qty");
    case UnitColumn:
        return tr("Price");
    case AmountColumn:
        return tr("Amount");
    }
    return {};
}

void BillModel::setBill(const BillReply& bill)
{
    QList<SeatTotal> seats = bill.seats;
    // Guests first, seat by seat; what the table shares comes last.
    std::stable_sort(seats.begin(), seats.end(), [](const SeatTotal& a, const SeatTotal& b) {
        return (a.seat == 0 ? INT_MAX : a.seat) < (b.seat == 0 ? INT_MAX : b.seat);
    });
    QList<Row> rows;
    for (const SeatTotal& seat : std::as_const(seats)) {
        rows.append(Row{RowKind::SeatHeading, seat.seat, {}, 0});
        for (const BillLine& line : bill.lines) {
            if (line.seat == seat.seat)
                rows.append(Row{RowKind::Line, seat.seat, line, 0});
        }
        rows.append(Row{RowKind::SeatTotal, seat.seat, {}, seat.totalCents});
    }
    if (!bill.lines.isEmpty())
        rows.append(Row{RowKind::Total, 0, {}, bill.totalCents});
    beginResetModel();
    m_bill = bill;
    m_rows = std::move(rows);
    endResetModel();
}

void BillModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
