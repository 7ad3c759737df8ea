#pragma once

#include "model/Clock.h"
#include "model/MenuItem.h"

#include <QAbstractTableModel>
#include <QList>

// Sell-outs for a manager: which dish the kitchen marked sold out or back on, and when this
// tablet heard it. The log holds no sell-out events (api-v1.md), so rows start with the items
// already sold out when the menu was read ("earlier") and grow from the live `menu` messages.
class SellOutLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ItemColumn, StationColumn, StateColumn, ColumnCount };
    enum Role {
        AtRole = Qt::UserRole + 1, // ms since the epoch; 0 when it happened before the menu read
    };

    explicit SellOutLogModel(Clock& clock = Clock::system(), QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The menu as read: names and stations, and the items sold out before anything was heard.
    void setMenu(const QList<MenuItem>& menu);
    // A sell-out (false) or its end (true) heard now; a repeat of the current state adds nothing.
    void record(const QString& menuItemId, bool available);

    // The items sold out right now, in the order they sold out.
    QStringList soldOut() const;

private:
    struct Change
    {
        QString itemId;
        bool available = false;
        qint64 at = 0;
    };
    const MenuItem* item(const QString& menuItemId) const;
    bool currentlyAvailable(const QString& menuItemId) const;
    QString displayText(const Change& change, int column) const;

    Clock& m_clock;
    QList<MenuItem> m_menu;
    QList<Change> m_changes;
};
