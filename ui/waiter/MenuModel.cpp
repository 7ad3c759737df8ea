#include "MenuModel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

MenuModel::MenuModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int MenuModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MenuModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MenuItem& item = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.available ? item.name : tr("%1 (sold out)").arg(item.name);
    case Qt::AccessibleTextRole:
        return item.available ? tr("Add %1").arg(item.name) : tr("%1 is sold out").arg(item.name);
    case Qt::ForegroundRole:
        if (!item.available)
            return QColor(0x6b, 0x72, 0x80);
        return {};
    case Qt::BackgroundRole:
        if (!item.available)
            return QColor(0xe5, 0xe7, 0xeb);
        return {};
    case AvailableRole:
        return item.available;
    case MenuItemIdRole:
        return item.id;
    case CategoryRole:
        return item.category;
    case PriceCentsRole:
        return item.priceCents;
    case PriceTextRole:
        return QLocale().toString(item.priceCents / 100.0, 'f', 2);
    default:
        return {};
    }
}

Qt::ItemFlags MenuModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (!m_rows.at(index.row()).available)
        return Qt::ItemNeverHasChildren;
    return QAbstractListModel::flags(index) | Qt::ItemNeverHasChildren;
}

bool MenuModel::isAvailable(const QString& menuItemId) const
{
    for (const MenuItem& item : m_items) {
        if (item.id == menuItemId)
            return item.available;
    }
    return true;
}

QHash<int, QByteArray> MenuModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MenuItemIdRole, "menuItemId");
    names.insert(CategoryRole, "category");
    names.insert(PriceCentsRole, "priceCents");
    names.insert(PriceTextRole, "priceText");
    names.insert(AvailableRole, "available");
    return names;
}

void MenuModel::setItems(const QList<MenuItem>& items)
{
    QStringList categories;
    for (const MenuItem& item : items) {
        if (!categories.contains(item.category))
            categories.append(item.category);
    }
    m_items = items;
    const bool categoriesDiffer = categories != m_categories;
    m_categories = categories;
    if (!m_categories.contains(m_category))
        m_category = m_categories.value(0);
    rebuildRows();
    if (categoriesDiffer)
        Q_EMIT categoriesChanged();
}

void MenuModel::setCategory(const QString& category)
{
    if (category == m_category || !m_categories.contains(category))
        return;
    m_category = category;
    rebuildRows();
}

QHash<QString, QString> MenuModel::itemNames() const
{
    QHash<QString, QString> names;
    for (const MenuItem& item : m_items)
        names.insert(item.id, item.name);
    return names;
}

void MenuModel::rebuildRows()
{
    beginResetModel();
    m_rows.clear();
    for (const MenuItem& item : m_items) {
        if (item.category == m_category)
            m_rows.append(item);
    }
    endResetModel();
}
