#include "WaiterTotalsModel.h"

#include "MoneyText.h"

#include <QLocale>
#include <QMap>

WaiterTotalsModel::WaiterTotalsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int WaiterTotalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size());
}

int WaiterTotalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaiterTotalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Totals& row = m_totals.at(index.row());
    if (role == StaffIdRole)
        return row.staffId;
    if (role == Qt::TextAlignmentRole) {
        return index.column() == WaiterColumn
                   ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    // The lines count has no column of its own (room in the docked panel): it is told here.
    if (role == Qt::ToolTipRole && index.column() == ItemsColumn)
        return tr("In %n line(s) still on the order", nullptr, row.lines);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case WaiterColumn:
        return m_staffNames.value(row.staffId, row.staffId);
    case ItemsColumn:
        return locale.toString(row.items);
    case SalesColumn:
        return MoneyText::text(row.salesCents, m_currency, locale);
    case AddedColumn:
        return locale.toString(row.added);
    case RemovedColumn:
        return locale.toString(row.removed);
    case ConflictsColumn:
        // A number and a word of warning when non-zero, so it reads without colour.
        return row.conflicts > 0 ? tr("⚠ %1").arg(locale.toString(row.conflicts))
                                 : locale.toString(row.conflicts);
    default:
        return {};
    }
}

QVariant WaiterTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == ItemsColumn)
            return tr("Items this waiter put on the order that are still on it");
        if (section == SalesColumn)
            return tr("What those items sell for at the menu's prices");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WaiterColumn:
        return tr("Waiter");
    case ItemsColumn:
        return tr("Items");
    case SalesColumn:
        return tr("Sales");
    case AddedColumn:
        return tr("Added");
    case RemovedColumn:
        return tr("Removed");
    case ConflictsColumn:
        return tr("Conflicts");
    default:
        return {};
    }
}

void WaiterTotalsModel::setEvents(const QList<Event>& events)
{
    m_events = events;
    beginResetModel();
    m_totals = totalsOf(m_events, m_prices);
    endResetModel();
}

void WaiterTotalsModel::setPrices(const QHash<QString, int>& cents, const QString& currency)
{
    if (cents == m_prices && currency == m_currency)
        return;
    m_prices = cents;
    m_currency = currency;
    setEvents(m_events);
}

void WaiterTotalsModel::setStaffNames(const QHash<QString, QString>& names)
{
    m_staffNames = names;
    if (!m_totals.isEmpty())
        Q_EMIT dataChanged(index(0, WaiterColumn), index(int(m_totals.size()) - 1, WaiterColumn));
}

QList<WaiterTotalsModel::Totals> WaiterTotalsModel::totalsOf(const QList<Event>& events,
                                                             const QHash<QString, int>& prices)
{
    struct Held
    {
        QString addedBy;
        int qty = 0;
        QString menuItemId;
    };
    QHash<QString, Held> lines; // line_id -> who put it on the order, and its qty now
    QMap<QString, Totals> byStaff;
    const auto totalsFor = [&byStaff](const QString& staffId) -> Totals& {
        Totals& totals = byStaff[staffId];
        totals.staffId = staffId;
        return totals;
    };
    for (const Event& event : events) {
        switch (event.kind) {
        case Event::Kind::Add:
            lines.insert(event.lineId, Held{event.author, event.qty.value_or(1), event.menuItemId});
            ++totalsFor(event.author).added;
            break;
        case Event::Kind::Change:
            if (auto line = lines.find(event.lineId); line != lines.end())
                line->qty = event.qty.value_or(line->qty);
            break;
        case Event::Kind::Remove:
            lines.remove(event.lineId);
            ++totalsFor(event.author).removed;
            break;
        case Event::Kind::Conflict:
            ++totalsFor(event.author).conflicts;
            break;
        case Event::Kind::Close:
        case Event::Kind::Fire:
            break;
        case Event::Kind::Void:
            // A void takes a fired line off the order (a manager approved it): a removal.
            lines.remove(event.lineId);
            ++totalsFor(event.author).removed;
            break;
        }
    }
    for (const Held& line : std::as_const(lines)) {
        Totals& totals = totalsFor(line.addedBy);
        ++totals.lines;
        totals.items += line.qty;
        totals.salesCents += qint64(line.qty) * prices.value(line.menuItemId, 0);
    }
    return byStaff.values();
}
