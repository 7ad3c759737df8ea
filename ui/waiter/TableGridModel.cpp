#include "TableGridModel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

TableGridModel::TableGridModel(Clock& clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{}

int TableGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

QVariant TableGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Table& table = m_tables.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return table.name;
    case Qt::AccessibleTextRole: {
        QString text = table.name % u", "_s % tr("%n items", nullptr, table.itemCount) % u", "_s %
                       lastChangeText(table.updatedAt);
        if (changedSinceSeen(table))
            text += u", "_s % tr("changed since you looked");
        return text;
    }
    case TableIdRole:
        return table.id;
    case OrderIdRole:
        return table.orderId;
    case ItemCountRole:
        return table.itemCount;
    case ItemCountTextRole:
        return tr("%n items", nullptr, table.itemCount);
    case UpdatedAtRole:
        return table.updatedAt;
    case LastChangeTextRole:
        return lastChangeText(table.updatedAt);
    case ChangedSinceSeenRole:
        return changedSinceSeen(table);
    default:
        return {};
    }
}

QHash<int, QByteArray> TableGridModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TableIdRole, "tableId");
    names.insert(OrderIdRole, "orderId");
    names.insert(NameRole, "name");
    names.insert(ItemCountRole, "itemCount");
    names.insert(ItemCountTextRole, "itemCountText");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(LastChangeTextRole, "lastChangeText");
    names.insert(ChangedSinceSeenRole, "changedSinceSeen");
    return names;
}

void TableGridModel::setTables(const QList<Table>& tables)
{
    for (const Table& table : tables) {
        if (!m_seenVersion.contains(table.id))
            m_seenVersion.insert(table.id, table.version);
    }
    bool sameRows = tables.size() == m_tables.size();
    for (qsizetype i = 0; sameRows && i < tables.size(); ++i)
        sameRows = tables.at(i).id == m_tables.at(i).id;
    if (sameRows) {
        // Same tiles in the same places: update in place so the grid keeps its scroll position.
        m_tables = tables;
        if (!m_tables.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_tables.size()) - 1));
        return;
    }
    beginResetModel();
    m_tables = tables;
    endResetModel();
}

void TableGridModel::markSeen(const QString& tableId)
{
    const int row = rowOf(tableId);
    if (row >= 0)
        markSeen(tableId, m_tables.at(row).version);
}

void TableGridModel::markSeen(const QString& tableId, qint64 version)
{
    m_seenVersion.insert(tableId, std::max(version, m_seenVersion.value(tableId, 0)));
    const int row = rowOf(tableId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {ChangedSinceSeenRole, Qt::AccessibleTextRole});
}

int TableGridModel::rowOf(const QString& tableId) const
{
    for (qsizetype i = 0; i < m_tables.size(); ++i) {
        if (m_tables.at(i).id == tableId)
            return int(i);
    }
    return -1;
}

bool TableGridModel::changedSinceSeen(const Table& table) const
{
    return table.version > m_seenVersion.value(table.id, table.version);
}

QString TableGridModel::lastChangeText(qint64 updatedAt) const
{
    if (updatedAt <= 0)
        return tr("no changes yet");
    const qint64 ageMs = m_clock.nowMs() - updatedAt;
    if (ageMs < 60'000)
        return tr("just now");
    if (ageMs < 60LL * 60'000)
        return tr("%n min ago", nullptr, int(ageMs / 60'000));
    const QTime time = QDateTime::fromMSecsSinceEpoch(updatedAt).time();
    return tr("at %1").arg(QLocale().toString(time, QLocale::ShortFormat));
}
