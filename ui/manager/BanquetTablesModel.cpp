#include "BanquetTablesModel.h"

using namespace Qt::Literals::StringLiterals;

BanquetTablesModel::BanquetTablesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int BanquetTablesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int BanquetTablesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BanquetTablesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Table& table = m_tables.at(index.row());
    const int waiting = m_waiting.value(table.id, 0);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == TableColumn)
            return table.name;
        if (!m_counted)
            return u"…"_s;
        return waiting == 0 ? tr("nothing waits") : tr("%n lines", nullptr, waiting);
    case Qt::CheckStateRole:
        if (index.column() == TableColumn)
            return m_picked.contains(table.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case TableIdRole:
        return table.id;
    case WaitingRole:
        return waiting;
    default:
        return {};
    }
}

bool BanquetTablesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != TableColumn || role != Qt::CheckStateRole)
        return false;
    setPicked(m_tables.at(index.row()).id, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags BanquetTablesModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == TableColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant BanquetTablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TableColumn:
        return tr("Table");
    case WaitingColumn:
        return tr("Not yet in the kitchen");
    default:
        return {};
    }
}

void BanquetTablesModel::setTables(const QList<Table>& tables)
{
    QSet<QString> picked;
    QSet<QString> known;
    for (const Table& table : std::as_const(m_tables))
        known.insert(table.id);
    for (const Table& table : tables) {
        if (!known.contains(table.id) || m_picked.contains(table.id))
            picked.insert(table.id);
    }
    beginResetModel();
    m_tables = tables;
    m_picked = picked;
    endResetModel();
    Q_EMIT pickChanged();
}

void BanquetTablesModel::setWaiting(const QHash<QString, int>& waiting)
{
    m_waiting = waiting;
    m_counted = true;
    if (!m_tables.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT pickChanged();
}

void BanquetTablesModel::clearWaiting()
{
    m_waiting.clear();
    m_counted = false;
    if (!m_tables.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT pickChanged();
}

void BanquetTablesModel::setAllPicked(bool picked)
{
    m_picked.clear();
    if (picked) {
        for (const Table& table : std::as_const(m_tables))
            m_picked.insert(table.id);
    }
    if (!m_tables.isEmpty())
        Q_EMIT dataChanged(index(0, TableColumn), index(rowCount() - 1, TableColumn),
                           {Qt::CheckStateRole});
    Q_EMIT pickChanged();
}

void BanquetTablesModel::setPicked(const QString& tableId, bool picked)
{
    for (qsizetype row = 0; row < m_tables.size(); ++row) {
        if (m_tables.at(row).id != tableId)
            continue;
        if (picked)
            m_picked.insert(tableId);
        else
            m_picked.remove(tableId);
        const QModelIndex cell = index(int(row), TableColumn);
        Q_EMIT dataChanged(cell, cell, {Qt::CheckStateRole});
        Q_EMIT pickChanged();
        return;
    }
}

QStringList BanquetTablesModel::tablesToFire() const
{
    QStringList ids;
    for (const Table& table : m_tables) {
        if (m_picked.contains(table.id) && m_waiting.value(table.id, 0) > 0)
            ids.append(table.id);
    }
    return ids;
}

int BanquetTablesModel::linesToFire() const
{
    int lines = 0;
    for (const QString& id : tablesToFire())
        lines += m_waiting.value(id, 0);
    return lines;
}
