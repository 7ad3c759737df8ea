#pragma once

#include "model/MenuItem.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

// The venue's menu, one category at a time, for the picker's tiles.
class MenuModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        MenuItemIdRole = Qt::UserRole + 1,
        CategoryRole,
        PriceCentsRole,
        PriceTextRole,
        AvailableRole, // false while the item is sold out
    };

    explicit MenuModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // A sold-out item is shown greyed out and cannot be picked.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Keeps the chosen category when it still exists; otherwise shows the first one.
    void setItems(const QList<MenuItem>& items);
    // Categories in the order the menu lists them.
    QStringList categories() const { return m_categories; }
    QString category() const { return m_category; }
    void setCategory(const QString& category);
    // Every item's display name by id, also for items of other categories.
    QHash<QString, QString> itemNames() const;
    // False for a sold-out item; true for an unknown one (the server decides).
    bool isAvailable(const QString& menuItemId) const;

Q_SIGNALS:
    void categoriesChanged();

private:
    void rebuildRows();

    QList<MenuItem> m_items;
    QStringList m_categories;
    QString m_category;
    QList<MenuItem> m_rows;
};
