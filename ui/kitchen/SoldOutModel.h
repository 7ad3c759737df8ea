#pragma once

#include "model/MenuItem.h"

#include <QAbstractListModel>
#include <QSet>

// The menu as a checklist for the kitchen: a checked item is sold out. Ticking asks for the
// change (availabilityRequested) and shows it as pending; the row changes once the server agreed.
class SoldOutModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        MenuItemIdRole = Qt::UserRole + 1,
        StationRole,
        PendingRole, // bool: asked, not yet answered
    };

    explicit SoldOutModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setItems(const QList<MenuItem>& items);
    // Empty: every station's items.
    void setStation(const QString& station);
    // The server's answer (or a stream message): the item is available or sold out.
    void setAvailable(const QString& menuItemId, bool available);
    // The request failed: the row shows what the server holds again.
    void dropPending(const QString& menuItemId);
    int rowOf(const QString& menuItemId) const;

Q_SIGNALS:
    void availabilityRequested(const QString& menuItemId, bool available);

private:
    void rebuild();

    QList<MenuItem> m_items;
    QList<MenuItem> m_rows;
    QString m_station;
    QSet<QString> m_pending;
};
