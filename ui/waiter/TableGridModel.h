#pragma once

#include "model/Clock.h"
#include "model/Order.h"
#include "model/Table.h"

#include <QAbstractListModel>
#include <QHash>

// The venue's tables as tiles: free, or the item count, time of the last change and who made
// it, and a mark on the tables whose order changed since this waiter last looked at them.
class TableGridModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TableIdRole = Qt::UserRole + 1,
        OrderIdRole,
        NameRole,
        ItemCountRole,
        ItemCountTextRole,
        UpdatedAtRole,
        LastChangeTextRole,
        ChangedSinceSeenRole,
        FreeRole,           // no line on the open order
        LastAuthorRole,     // display name of whoever added the newest line; empty when unknown
        LastAuthorTextRole, // "by Ayşe", or empty
    };

    explicit TableGridModel(Clock& clock = Clock::system(), QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A table seen for the first time counts as looked at; later versions mark it changed.
    void setTables(const QList<Table>& tables);
    void markSeen(const QString& tableId);
    // Accepts this waiter's own write as seen, so their own sends do not mark the table.
    void markSeen(const QString& tableId, qint64 version);
    // The Table JSON names no author: the newest line of an order this tablet holds does.
    void noteOrder(const Order& order);
    void setStaffNames(const QHash<QString, QString>& names);
    const QList<Table>& tables() const { return m_tables; }
    int rowOf(const QString& tableId) const;

private:
    bool changedSinceSeen(const Table& table) const;
    QString lastChangeText(const Table& table) const;
    QString lastAuthor(const Table& table) const;
    void announce(const QString& tableId);

    Clock& m_clock;
    QList<Table> m_tables;
    QHash<QString, qint64> m_seenVersion;
    struct Author
    {
        qint64 orderId = 0;
        qint64 version = 0;
        QString staffId;
    };
    QHash<QString, Author> m_authors; // by table id
    QHash<QString, QString> m_staffNames;
};
