#pragma once

#include "merge/RebaseDecision.h"
#include "model/Event.h"

#include <QAbstractTableModel>
#include <QHash>

// The rows of the conflict dialog: the authoritative list from `current`, with this waiter's
// additions (+) and removals (−) laid over it, others' changes since the base marked with
// their author, and the true conflicts with the side chosen so far.
class ConflictRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class RowKind {
        Unchanged,     // on the order, nobody touches it
        MineAdded,     // this send adds it
        MineRemoved,   // this send removes it
        MineChanged,   // this send changes it
        TheirsAdded,   // another waiter added it since the base
        TheirsChanged, // another waiter changed it since the base
        TheirsRemoved, // another waiter removed it since the base (no longer on the order)
        Conflict,      // both touched it: the waiter must choose
        TheirsFired,   // another device sent it to the kitchen since the base
    };
    enum Column {
        MarkColumn,
        SeatColumn,
        ItemColumn,
        QtyColumn,
        NoteColumn,
        WhoColumn,
        ColumnCount
    };
    enum Role {
        RowKindRole = Qt::UserRole + 1,
        LineIdRole,
        ConflictIndexRole, // index into RebaseDecision::conflicts(), or -1
        AuthorRole,        // staff id of the other waiter, where known
    };

    explicit ConflictRowsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // theirEvents: the 409's events, to name who changed what since the base.
    void setDecision(const RebaseDecision& decision, const QList<Event>& theirEvents);
    void setItemNames(const QHash<QString, QString>& names);
    void setStaffNames(const QHash<QString, QString>& names);

    RowKind rowKind(int row) const { return m_rows.at(row).kind; }
    int rowOfConflict(int conflictIndex) const;
    // The display name of who last touched the line in the events, or its adder.
    QString authorName(const QString& lineId) const;
    QString itemName(const QString& menuItemId) const;
    static QString seatText(int seat);
    // "14:05": when a fired line went to the kitchen, in the tablet's time zone.
    static QString firedTimeText(qint64 firedAt);

private:
    struct Row
    {
        RowKind kind = RowKind::Unchanged;
        QString lineId;
        std::optional<Line> before; // what the line was, where it matters
        std::optional<Line> shown;  // what the row shows
        int conflictIndex = -1;
        RebaseDecision::Choice choice = RebaseDecision::Choice::Undecided;
        QString author;
        int seat = 0;            // the sort key, kept apart so sorting never reads an empty line
        bool canKeepMine = true; // false for a conflict on a line the kitchen has
        bool canVoid = false;    // a removed line the kitchen has: kept or voided
        QString voidReason{};    // the reason code, once voided
    };

    QVariant display(const Row& row, int column) const;
    QString whoText(const Row& row) const;
    QString staffName(const QString& staffId) const;

    QList<Row> m_rows;
    QHash<QString, QString> m_authorByLine;
    QHash<QString, QString> m_itemNames;
    QHash<QString, QString> m_staffNames;
};
