#include "SellOutLogModel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

SellOutLogModel::SellOutLogModel(Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

int SellOutLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int SellOutLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SellOutLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Change& change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(change, index.column());
    case AtRole:
        return change.at;
    default:
        return {};
    }
}

QVariant SellOutLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ItemColumn:
        return tr("Item");
    case StationColumn:
        return tr("Station");
    case StateColumn:
        return tr("Now");
    default:
        return {};
    }
}

void SellOutLogModel::setMenu(const QList<MenuItem>& menu)
{
    beginResetModel();
    const bool firstRead = m_menu.isEmpty();
    m_menu = menu;
    // What the menu says wins over what was heard: a missed message must not leave a wrong row.
    QList<Change> kept;
    for (const Change& change : std::as_const(m_changes)) {
        if (item(change.itemId))
            kept.append(change);
    }
    m_changes = kept;
    for (const MenuItem& entry : menu) {
        if (entry.available != currentlyAvailable(entry.id))
            m_changes.append({entry.id, entry.available, firstRead ? 0 : m_clock.nowMs()});
    }
    endResetModel();
}

void SellOutLogModel::record(const QString& menuItemId, bool available)
{
    if (!item(menuItemId) || currentlyAvailable(menuItemId) == available)
        return;
    const int row = int(m_changes.size());
    beginInsertRows({}, row, row);
    m_changes.append({menuItemId, available, m_clock.nowMs()});
    endInsertRows();
}

QStringList SellOutLogModel::soldOut() const
{
    QStringList ids;
    for (const Change& change : m_changes) {
        ids.removeAll(change.itemId);
        if (!change.available)
            ids.append(change.itemId);
    }
    return ids;
}

const MenuItem* SellOutLogModel::item(const QString& menuItemId) const
{
    for (const MenuItem& entry : m_menu) {
        if (entry.id == menuItemId)
            return &entry;
    }
    return nullptr;
}

bool SellOutLogModel::currentlyAvailable(const QString& menuItemId) const
{
    for (auto change = m_changes.crbegin(); change != m_changes.crend(); ++change) {
        if (change->itemId == menuItemId)
            return change->available;
    }
    return true;
}

QString SellOutLogModel::displayText(const Change& change, int column) const
{
    switch (column) {
    case TimeColumn: {
        if (change.at == 0)
            return tr("earlier");
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(change.at).time(),
                                  QLocale::ShortFormat);
    }
    case ItemColumn: {
        const MenuItem* entry = item(change.itemId);
        return entry ? entry->name : change.itemId;
    }
    case StationColumn: {
        const MenuItem* entry = item(change.itemId);
        return entry ? entry->station : QString();
    }
    case StateColumn:
        return change.available ? tr("Available again") : tr("Sold out");
    default:
        return {};
    }
}
