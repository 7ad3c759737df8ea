#include "ConflictRowsModel.h"

#include "TouchStyle.h"
#include "VoidReasons.h"

#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

ConflictRowsModel::ConflictRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ConflictRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    const bool struck = row.kind == RowKind::MineRemoved || row.kind == RowKind::TheirsRemoved ||
                        row.choice == RebaseDecision::Choice::Void;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, column);
    case Qt::DecorationRole:
        if (column == MarkColumn && row.kind == RowKind::Conflict)
            return QIcon(u":/icons/conflict.svg"_s);
        return {};
    case Qt::TextAlignmentRole:
        if (column == MarkColumn || column == SeatColumn || column == QtyColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont font;
        if (struck && column != MarkColumn && column != WhoColumn)
            font.setStrikeOut(true);
        if (column == MarkColumn || (column == WhoColumn && row.kind != RowKind::Unchanged))
            font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        switch (row.kind) {
        case RowKind::MineAdded:
            return TouchStyle::addedBackground();
        case RowKind::MineRemoved:
            return TouchStyle::removedBackground();
        case RowKind::MineChanged:
            return TouchStyle::changedBackground();
        case RowKind::TheirsAdded:
        case RowKind::TheirsChanged:
        case RowKind::TheirsRemoved:
        case RowKind::TheirsFired:
            return TouchStyle::theirsBackground();
        case RowKind::Conflict:
            return TouchStyle::conflictBackground();
        case RowKind::Unchanged:
            return {};
        }
        return {};
    case Qt::ForegroundRole:
        if (row.kind == RowKind::MineAdded)
            return TouchStyle::addedForeground();
        if (row.kind == RowKind::MineRemoved)
            return TouchStyle::removedForeground();
        return {};
    case RowKindRole:
        return int(row.kind);
    case LineIdRole:
        return row.lineId;
    case ConflictIndexRole:
        return row.conflictIndex;
    case AuthorRole:
        return row.author;
    default:
        return {};
    }
}

QVariant ConflictRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MarkColumn:
        return QString();
    case SeatColumn:
        return tr("Seat");
    case ItemColumn:
        return tr("Item");
    case QtyColumn:
        return tr("Qty");
    case NoteColumn:
        return tr("Note");
    case WhoColumn:
        return tr("What happens");
    default:
        return {};
    }
}

void ConflictRowsModel::setDecision(const RebaseDecision& decision, const QList<Event>& theirEvents)
{
    QHash<QString, const LineChange*> mine;
    for (const LineChange& change : decision.myChanges())
        mine.insert(change.lineId(), &change);
    QHash<QString, const LineChange*> theirs;
    for (const LineChange& change : decision.theirChanges())
        theirs.insert(change.lineId(), &change);
    const QSet<QString> firedByOthers(decision.firedByOthers().cbegin(),
                                      decision.firedByOthers().cend());
    QHash<QString, int> conflictOf;
    for (qsizetype i = 0; i < decision.conflicts().size(); ++i)
        conflictOf.insert(decision.conflicts().at(i).lineId, int(i));

    m_authorByLine.clear();
    for (const Event& event : theirEvents) {
        // Oldest first: the last event on a line names who touched it last.
        if (!event.lineId.isEmpty() && event.kind != Event::Kind::Conflict)
            m_authorByLine.insert(event.lineId, event.author);
    }

    QList<Row> rows;
    QSet<QString> listed;
    for (const Line& line : decision.current()) {
        Row row{RowKind::Unchanged,
                line.lineId,
                std::nullopt,
                line,
                -1,
                RebaseDecision::Choice::Undecided,
                {}};
        if (conflictOf.contains(line.lineId)) {
            const auto& conflict = decision.conflicts().at(conflictOf.value(line.lineId));
            row.kind = RowKind::Conflict;
            row.conflictIndex = conflictOf.value(line.lineId);
            row.choice = conflict.choice;
            row.canKeepMine = conflict.canKeepMine();
            row.canVoid = conflict.canVoid();
            row.voidReason = conflict.voidReason;
            row.before = conflict.mine;
            // A change the events do not name is older than the newest ones a 409 carries: who
            // added the line need not be who changed it, so nobody is named.
            row.author = m_authorByLine.value(line.lineId);
        } else if (const LineChange* myChange = mine.value(line.lineId, nullptr)) {
            row.kind = myChange->kind == LineChange::Kind::Removed ? RowKind::MineRemoved
                                                                   : RowKind::MineChanged;
            row.before = line;
            if (myChange->after)
                row.shown = *myChange->after;
        } else if (const LineChange* theirChange = theirs.value(line.lineId, nullptr)) {
            row.kind = theirChange->kind == LineChange::Kind::Added ? RowKind::TheirsAdded
                                                                    : RowKind::TheirsChanged;
            row.before = theirChange->before;
            // Only an added line's adder is its author when the events leave it out.
            row.author = m_authorByLine.value(
                line.lineId,
                theirChange->kind == LineChange::Kind::Added ? line.addedBy : QString());
        } else if (firedByOthers.contains(line.lineId)) {
            row.kind = RowKind::TheirsFired;
            row.author = m_authorByLine.value(line.lineId, line.addedBy);
        } else {
            row.author = line.addedBy;
        }
        listed.insert(line.lineId);
        row.seat = row.shown ? row.shown->seat : line.seat;
        rows.append(row);
    }
    // Waiters think in seats; the server's order stays within a seat.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.seat < b.seat; });

    for (const LineChange& change : decision.myChanges()) {
        if (change.kind == LineChange::Kind::Added && !listed.contains(change.lineId())) {
            rows.append(Row{RowKind::MineAdded,
                            change.lineId(),
                            std::nullopt,
                            change.after,
                            -1,
                            RebaseDecision::Choice::Undecided,
                            {}});
            listed.insert(change.lineId());
        }
    }
    for (qsizetype i = 0; i < decision.conflicts().size(); ++i) {
        const auto& conflict = decision.conflicts().at(i);
        if (listed.contains(conflict.lineId))
            continue;
        // Another waiter removed a line this waiter changed: show this waiter's version.
        rows.append(Row{RowKind::Conflict, conflict.lineId, conflict.base,
                        conflict.mine ? conflict.mine : conflict.base, int(i), conflict.choice,
                        m_authorByLine.value(conflict.lineId)});
        listed.insert(conflict.lineId);
    }
    for (const LineChange& change : decision.theirChanges()) {
        if (change.kind == LineChange::Kind::Removed && !listed.contains(change.lineId())) {
            rows.append(Row{RowKind::TheirsRemoved, change.lineId(), change.before, change.before,
                            -1, RebaseDecision::Choice::Undecided,
                            m_authorByLine.value(change.lineId(), {})});
        }
    }

    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ConflictRowsModel::setItemNames(const QHash<QString, QString>& names)
{
    m_itemNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ConflictRowsModel::setStaffNames(const QHash<QString, QString>& names)
{
    m_staffNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ConflictRowsModel::rowOfConflict(int conflictIndex) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).conflictIndex == conflictIndex)
            return int(i);
    }
    return -1;
}

QString ConflictRowsModel::authorName(const QString& lineId) const
{
    for (const Row& row : m_rows) {
        if (row.lineId == lineId)
            return staffName(row.author);
    }
    return staffName(m_authorByLine.value(lineId));
}

QString ConflictRowsModel::itemName(const QString& menuItemId) const
{
    return m_itemNames.value(menuItemId, menuItemId);
}

QString ConflictRowsModel::seatText(int seat)
{
    return seat == 0 ? tr("Shared") : QString::number(seat);
}

QString ConflictRowsModel::firedTimeText(qint64 firedAt)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(firedAt).time(), QLocale::ShortFormat);
}

QVariant ConflictRowsModel::display(const Row& row, int column) const
{
    const Line& shown = *row.shown;
    const bool changed = row.kind == RowKind::MineChanged || row.kind == RowKind::TheirsChanged;
    const Line& was = changed && row.before ? *row.before : shown;
    const auto beforeAfter = [](const QString& before, const QString& after) {
        return before == after ? after : before % u" → "_s % after;
    };
    switch (column) {
    case MarkColumn:
        switch (row.kind) {
        case RowKind::MineAdded:
            return u"+"_s;
        case RowKind::MineRemoved:
            return u"−"_s;
        case RowKind::MineChanged:
            return u"~"_s;
        case RowKind::Conflict:
            return u"!"_s;
        case RowKind::TheirsAdded:
        case RowKind::TheirsChanged:
        case RowKind::TheirsRemoved:
        case RowKind::TheirsFired:
        case RowKind::Unchanged:
            // Others' rows are named in words ("added by mehmet"), so "+" and "−" stay this
            // waiter's own.
            return QString();
        }
        return QString();
    case SeatColumn:
        return beforeAfter(seatText(was.seat), seatText(shown.seat));
    case ItemColumn:
        return beforeAfter(itemName(was.menuItemId), itemName(shown.menuItemId));
    case QtyColumn:
        return beforeAfter(QString::number(was.qty), QString::number(shown.qty));
    case NoteColumn:
        return beforeAfter(was.note, shown.note);
    case WhoColumn:
        return whoText(row);
    default:
        return {};
    }
}

QString ConflictRowsModel::whoText(const Row& row) const
{
    switch (row.kind) {
    case RowKind::Unchanged:
        return tr("on the order (%1)").arg(staffName(row.author));
    case RowKind::MineAdded:
        return tr("you add");
    case RowKind::MineRemoved:
        return tr("you remove");
    case RowKind::MineChanged:
        return tr("you change");
    case RowKind::TheirsAdded:
        return tr("added by %1").arg(staffName(row.author));
    // Without a name, whole sentences: German and Russian inflect "another waiter" by its place.
    case RowKind::TheirsChanged:
        return row.author.isEmpty() ? tr("changed by another waiter")
                                    : tr("changed by %1").arg(staffName(row.author));
    case RowKind::TheirsRemoved:
        return row.author.isEmpty() ? tr("removed by another waiter")
                                    : tr("removed by %1").arg(staffName(row.author));
    case RowKind::TheirsFired:
        return tr("in the kitchen since %1 (sent by %2)")
            .arg(firedTimeText(row.shown->firedAt), staffName(row.author));
    case RowKind::Conflict:
        if (row.canVoid) {
            switch (row.choice) {
            case RebaseDecision::Choice::Void:
                return tr("void: %1 (a manager approves)").arg(VoidReasons::text(row.voidReason));
            case RebaseDecision::Choice::Undecided:
                return tr("in the kitchen since %1: keep it or void it")
                    .arg(firedTimeText(row.shown->firedAt));
            case RebaseDecision::Choice::KeepMine:
            case RebaseDecision::Choice::KeepTheirs:
                return tr("stays as the kitchen has it");
            }
        }
        if (!row.canKeepMine) {
            if (row.choice == RebaseDecision::Choice::Undecided)
                return tr("not possible: in the kitchen since %1 — a void takes it off")
                    .arg(firedTimeText(row.shown->firedAt));
            return tr("stays as the kitchen has it");
        }
        switch (row.choice) {
        case RebaseDecision::Choice::Undecided:
            return row.author.isEmpty() ? tr("conflict with another waiter: choose")
                                        : tr("conflict with %1: choose").arg(staffName(row.author));
        case RebaseDecision::Choice::KeepMine:
            return tr("conflict: keeping yours");
        case RebaseDecision::Choice::KeepTheirs:
            return row.author.isEmpty() ? tr("conflict: keeping the other waiter's")
                                        : tr("conflict: keeping %1's").arg(staffName(row.author));
        case RebaseDecision::Choice::Void: // only a line that can void is voided
            return {};
        }
    }
    return {};
}

QString ConflictRowsModel::staffName(const QString& staffId) const
{
    if (staffId.isEmpty())
        return tr("another waiter");
    return m_staffNames.value(staffId, staffId);
}
