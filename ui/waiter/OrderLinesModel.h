#pragma once

#include "client/LineSyncState.h"
#include "merge/LineChange.h"

#include <QAbstractTableModel>
#include <QHash>

// The lines of one order as a table, in one of two parts: the authoritative lines as last read
// from the server, or this waiter's pending adds, removes and changes with their sync state.
class OrderLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Part { Authoritative, Pending };
    enum Column {
        ChangeColumn,
        SeatColumn,
        CourseColumn,
        ItemColumn,
        QtyColumn,
        NoteColumn,
        AddedByColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        LineIdRole = Qt::UserRole + 1,
        ChangeKindRole, // int(LineChange::Kind), or -1 on an authoritative row
        SyncStateRole,  // int(LineSyncState)
        FiredRole,      // true once the line is in the kitchen (it can no longer change)
    };

    explicit OrderLinesModel(Part part, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // states: the sync state of each pending line by line_id; a missing one counts as Local.
    void setContent(const Lines& base, const LineChanges& pending,
                    const QHash<QString, LineSyncState>& states);
    void clear();
    void setItemNames(const QHash<QString, QString>& names);
    // Staff ids to names; the signed-in waiter's own lines read "you".
    void setStaffNames(const QHash<QString, QString>& names, const QString& ownStaffId);

    Part part() const { return m_part; }
    QString lineIdAt(int row) const;
    int rowOf(const QString& lineId) const;

    static QString stateText(LineSyncState state);
    static QString stateIconPath(LineSyncState state);
    // "In the kitchen since 14:05".
    static QString firedText(qint64 firedAt);

private:
    struct Row
    {
        QString lineId;
        int changeKind = -1;
        std::optional<Line> before;
        std::optional<Line> after;
        LineSyncState state = LineSyncState::Confirmed;
    };

    QVariant display(const Row& row, int column) const;
    // The line as the order holds it, when it is fired; else nullptr.
    static const Line* firedLine(const Row& row);
    QString itemName(const QString& menuItemId) const;
    QString staffName(const QString& staffId) const;
    static QString seatText(int seat);
    void replaceRows(QList<Row> rows);

    Part m_part;
    QList<Row> m_rows;
    QHash<QString, QString> m_itemNames;
    QHash<QString, QString> m_staffNames;
    QString m_ownStaffId;
};
