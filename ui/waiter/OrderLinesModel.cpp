#include "OrderLinesModel.h"

#include "TouchStyle.h"

#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// "1 → 2" when a value changed, else just the value.
QString beforeAfter(const QString& before, const QString& after)
{
    return before == after ? after : before % u" → "_s % after;
}

} // namespace

OrderLinesModel::OrderLinesModel(Part part, QObject* parent)
    : QAbstractTableModel(parent)
    , m_part(part)
{}

int OrderLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    const bool removed = row.changeKind == int(LineChange::Kind::Removed);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, column);
    case Qt::DecorationRole:
        if (column == StateColumn)
            return QIcon(firedLine(row) ? u":/icons/state-fired.svg"_s : stateIconPath(row.state));
        return {};
    case Qt::TextAlignmentRole:
        if (column == SeatColumn || column == CourseColumn || column == QtyColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (removed && column != ChangeColumn && column != StateColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (column == ChangeColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        switch (row.changeKind) {
        case int(LineChange::Kind::Added):
            return TouchStyle::addedBackground();
        case int(LineChange::Kind::Removed):
            return TouchStyle::removedBackground();
        case int(LineChange::Kind::Changed):
            return TouchStyle::changedBackground();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (row.changeKind == int(LineChange::Kind::Added))
            return TouchStyle::addedForeground();
        if (removed)
            return TouchStyle::removedForeground();
        return {};
    case LineIdRole:
        return row.lineId;
    case ChangeKindRole:
        return row.changeKind;
    case SyncStateRole:
        return int(row.state);
    case FiredRole:
        return firedLine(row) != nullptr;
    default:
        return {};
    }
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case SeatColumn:
        return tr("Seat");
    case CourseColumn:
        return tr("Course");
    case ItemColumn:
        return tr("Item");
    case QtyColumn:
        return tr("Qty");
    case NoteColumn:
        return tr("Note");
    case AddedByColumn:
        return tr("Added by");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void OrderLinesModel::setContent(const Lines& base, const LineChanges& pending,
                                 const QHash<QString, LineSyncState>& states)
{
    QList<Row> rows;
    if (m_part == Part::Authoritative) {
        // Waiters think in seats: keep the server's order within a seat.
        Lines bySeat = base;
        std::stable_sort(bySeat.begin(), bySeat.end(),
                         [](const Line& a, const Line& b) { return a.seat < b.seat; });
        for (const Line& line : bySeat)
            rows.append(Row{line.lineId, -1, line, line, LineSyncState::Confirmed});
    } else {
        for (const LineChange& change : pending) {
            rows.append(Row{change.lineId(), int(change.kind), change.before, change.after,
                            states.value(change.lineId(), LineSyncState::Local)});
        }
    }
    replaceRows(std::move(rows));
}

void OrderLinesModel::clear()
{
    replaceRows({});
}

void OrderLinesModel::setItemNames(const QHash<QString, QString>& names)
{
    m_itemNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void OrderLinesModel::setStaffNames(const QHash<QString, QString>& names, const QString& ownStaffId)
{
    m_staffNames = names;
    m_ownStaffId = ownStaffId;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString OrderLinesModel::lineIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).lineId : QString();
}

int OrderLinesModel::rowOf(const QString& lineId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).lineId == lineId)
            return int(i);
    }
    return -1;
}

QString OrderLinesModel::stateText(LineSyncState state)
{
    switch (state) {
    case LineSyncState::Local:
        return tr("Not sent");
    case LineSyncState::Queued:
        return tr("Queued");
    case LineSyncState::Confirmed:
        return tr("On the order");
    }
    return {};
}

QString OrderLinesModel::firedText(qint64 firedAt)
{
    return tr("In the kitchen since %1")
        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(firedAt).time(),
                                QLocale::ShortFormat));
}

const Line* OrderLinesModel::firedLine(const Row& row)
{
    // Only the authoritative part holds lines as the server has them.
    if (row.changeKind != -1 || !row.after || !row.after->fired())
        return nullptr;
    return &*row.after;
}

QString OrderLinesModel::stateIconPath(LineSyncState state)
{
    switch (state) {
    case LineSyncState::Local:
        return u":/icons/state-local.svg"_s;
    case LineSyncState::Queued:
        return u":/icons/state-queued.svg"_s;
    case LineSyncState::Confirmed:
        return u":/icons/state-confirmed.svg"_s;
    }
    return {};
}

QVariant OrderLinesModel::display(const Row& row, int column) const
{
    const Line& shown = row.after ? *row.after : *row.before;
    const Line& was = row.before ? *row.before : shown;
    switch (column) {
    case ChangeColumn:
        switch (row.changeKind) {
        case int(LineChange::Kind::Added):
            return tr("+ Add");
        case int(LineChange::Kind::Removed):
            return tr("− Remove");
        case int(LineChange::Kind::Changed):
            return tr("~ Change");
        default:
            return QString();
        }
    case SeatColumn:
        return beforeAfter(seatText(was.seat), seatText(shown.seat));
    case CourseColumn:
        return beforeAfter(QString::number(was.course), QString::number(shown.course));
    case ItemColumn:
        return beforeAfter(itemName(was.menuItemId), itemName(shown.menuItemId));
    case QtyColumn:
        return beforeAfter(QString::number(was.qty), QString::number(shown.qty));
    case NoteColumn:
        if (was.note != shown.note)
            return QString((was.note.isEmpty() ? tr("(none)") : was.note) % u" → "_s %
                           (shown.note.isEmpty() ? tr("(none)") : shown.note));
        return shown.note;
    case AddedByColumn:
        return staffName(was.addedBy);
    case StateColumn:
        if (const Line* fired = firedLine(row))
            return firedText(fired->firedAt);
        return stateText(row.state);
    default:
        return {};
    }
}

QString OrderLinesModel::itemName(const QString& menuItemId) const
{
    return m_itemNames.value(menuItemId, menuItemId);
}

QString OrderLinesModel::staffName(const QString& staffId) const
{
    // A line not yet on the server has no author: it is this waiter's.
    if (staffId.isEmpty() || staffId == m_ownStaffId)
        return tr("you");
    return m_staffNames.value(staffId, staffId);
}

QString OrderLinesModel::seatText(int seat)
{
    return seat == 0 ? tr("Shared") : QString::number(seat);
}

void OrderLinesModel::replaceRows(QList<Row> rows)
{
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).lineId == m_rows.at(i).lineId &&
                   rows.at(i).changeKind == m_rows.at(i).changeKind;
    if (sameRows) {
        // Same rows in the same places: update in place so selection and scrolling stay.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}
