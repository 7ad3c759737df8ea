#include "TableGridModel.h"

#include <QDateTime>
#include <QLocale>
#include <QStringBuilder>

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
        if (table.itemCount == 0) {
            return changedSinceSeen(table)
                       ? QString(table.name % u", "_s % tr("free") % u", "_s %
                                 tr("changed since you looked"))
                       : QString(table.name % u", "_s % tr("free"));
        }
        QString text = table.name % u", "_s % tr("%n items", nullptr, table.itemCount) % u", "_s %
                       lastChangeText(table);
        if (const QString who = lastAuthor(table); !who.isEmpty())
            text += u", "_s % tr("by %1").arg(who);
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
        return table.itemCount == 0 ? tr("Free") : tr("%n items", nullptr, table.itemCount);
    case UpdatedAtRole:
        return table.updatedAt;
    case LastChangeTextRole:
        return table.itemCount == 0 ? QString() : lastChangeText(table);
    case ChangedSinceSeenRole:
        return changedSinceSeen(table);
    case FreeRole:
        return table.itemCount == 0;
    case LastAuthorRole:
        return table.itemCount == 0 ? QString() : lastAuthor(table);
    case LastAuthorTextRole: {
        const QString who = table.itemCount == 0 ? QString() : lastAuthor(table);
        return who.isEmpty() ? QString() : tr("by %1").arg(who);
    }
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
    names.insert(FreeRole, "free");
    names.insert(LastAuthorRole, "lastAuthor");
    names.insert(LastAuthorTextRole, "lastAuthorText");
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

void TableGridModel::noteOrder(const Order& order)
{
    const Author held = m_authors.value(order.tableId);
    if (held.orderId == order.id && held.version >= order.version)
        return;
    Author author{order.id, order.version, {}};
    qint64 newest = -1;
    for (const Line& line : order.items) {
        // Ties keep the later line: lines come back in the order they joined.
        if (line.addedAt >= newest) {
            newest = line.addedAt;
            author.staffId = line.addedBy;
        }
    }
    m_authors.insert(order.tableId, author);
    announce(order.tableId);
}

void TableGridModel::setStaffNames(const QHash<QString, QString>& names)
{
    if (names == m_staffNames)
        return;
    m_staffNames = names;
    if (!m_tables.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_tables.size()) - 1),
                           {LastAuthorRole, LastAuthorTextRole, Qt::AccessibleTextRole});
}

void TableGridModel::announce(const QString& tableId)
{
    const int row = rowOf(tableId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row),
                           {LastAuthorRole, LastAuthorTextRole, Qt::AccessibleTextRole});
}

QString TableGridModel::lastAuthor(const Table& table) const
{
    const auto held = m_authors.constFind(table.id);
    // Only an author read from the table's current order and version still tells the truth.
    if (held == m_authors.constEnd() || held->orderId != table.orderId ||
        held->version != table.version || held->staffId.isEmpty())
        return {};
    return m_staffNames.value(held->staffId, held->staffId);
}

QString TableGridModel::lastChangeText(const Table& table) const
{
    const qint64 updatedAt = table.updatedAt;
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
