#pragma once

#include "model/Event.h"

#include <QAbstractTableModel>
#include <QHash>

// Per waiter, for one order, worked out from its log: the items they put on the order that are
// still there and what they sell for (voided and removed lines do not count), and how many adds,
// removals and refused writes they made.
class WaiterTotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WaiterColumn,
        ItemsColumn,
        SalesColumn,
        AddedColumn,
        RemovedColumn,
        ConflictsColumn,
        ColumnCount
    };
    enum Role { StaffIdRole = Qt::UserRole + 1 };

    struct Totals
    {
        QString staffId;
        int lines = 0; // still on the order, added by this waiter
        int items = 0; // their quantities summed
        int added = 0;
        int removed = 0;
        int conflicts = 0;
        qint64 salesCents = 0; // their items times the items' prices
        bool operator==(const Totals&) const = default;
    };

    explicit WaiterTotalsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The whole log of one order, oldest first.
    void setEvents(const QList<Event>& events);
    void setStaffNames(const QHash<QString, QString>& names);
    // Menu prices in cents by item id (an event carries no price), and the venue's currency.
    void setPrices(const QHash<QString, int>& cents, const QString& currency);
    const QList<Totals>& totals() const { return m_totals; }

    // Replays a log: who holds which line, and what each waiter did. Rows by staff id.
    static QList<Totals> totalsOf(const QList<Event>& events,
                                  const QHash<QString, int>& prices = {});

private:
    QList<Event> m_events;
    QList<Totals> m_totals;
    QHash<QString, QString> m_staffNames;
    QHash<QString, int> m_prices;
    QString m_currency;
};
