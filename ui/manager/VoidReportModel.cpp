#include "VoidReportModel.h"

#include "MoneyText.h"
#include "VoidReasons.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QList<Event> voidsIn(const QList<Event>& events)
{
    QList<Event> voids;
    std::copy_if(events.cbegin(), events.cend(), std::back_inserter(voids),
                 [](const Event& event) { return event.kind == Event::Kind::Void; });
    return voids;
}

QStringList distinct(const QList<Event>& events, QString Event::*field)
{
    QStringList values;
    for (const Event& event : events) {
        if (!(event.*field).isEmpty() && !values.contains(event.*field))
            values.append(event.*field);
    }
    return values;
}
} // namespace

VoidReportModel::VoidReportModel(QObject* parent)
    : EventRowsModel(parent)
{}

int VoidReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_voids.size());
}

int VoidReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoidReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event& event = m_voids.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(event, index.column());
    case Qt::ToolTipRole:
        if (event.note && !event.note->isEmpty())
            return tr("Note: %1").arg(*event.note);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QtyColumn || index.column() == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SeqRole:
        return event.seq;
    case ReasonRole:
        return event.reason;
    case WaiterRole:
        return event.author;
    case ApproverRole:
        return event.approvedBy;
    case ValueRole:
        return valueOf(event);
    default:
        return {};
    }
}

QVariant VoidReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TableColumn:
        return tr("Table");
    case ItemColumn:
        return tr("Item");
    case QtyColumn:
        return tr("Qty");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Reason");
    case WaiterColumn:
        return tr("Who");
    case ApproverColumn:
        return tr("Approved");
    case NoteColumn:
        return tr("Note");
    case WhatColumn:
        return tr("Voided");
    default:
        return {};
    }
}

void VoidReportModel::setEvents(const QList<Event>& events)
{
    beginResetModel();
    m_voids = voidsIn(events);
    endResetModel();
}

void VoidReportModel::appendEvents(const QList<Event>& events)
{
    const QList<Event> voids = voidsIn(events);
    if (voids.isEmpty())
        return;
    const int first = int(m_voids.size());
    beginInsertRows({}, first, first + int(voids.size()) - 1);
    m_voids.append(voids);
    endInsertRows();
}

void VoidReportModel::prependEvents(const QList<Event>& events)
{
    const QList<Event> voids = voidsIn(events);
    if (voids.isEmpty())
        return;
    beginInsertRows({}, 0, int(voids.size()) - 1);
    m_voids = voids + m_voids;
    endInsertRows();
}

void VoidReportModel::dropBefore(qint64 seq)
{
    const auto kept = std::find_if(m_voids.cbegin(), m_voids.cend(),
                                   [seq](const Event& event) { return event.seq >= seq; });
    const int drop = int(kept - m_voids.cbegin());
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, drop - 1);
    m_voids.remove(0, drop);
    endRemoveRows();
}

void VoidReportModel::setPrices(const QHash<QString, int>& cents, const QString& currency)
{
    if (cents == m_prices && currency == m_currency)
        return;
    m_prices = cents;
    m_currency = currency;
    announceAllChanged();
}

qint64 VoidReportModel::valueOf(const Event& event) const
{
    return qint64(event.qty.value_or(1)) * m_prices.value(event.menuItemId, 0);
}

QStringList VoidReportModel::reasons() const
{
    return distinct(m_voids, &Event::reason);
}

QStringList VoidReportModel::waiters() const
{
    return distinct(m_voids, &Event::author);
}

QStringList VoidReportModel::approvers() const
{
    return distinct(m_voids, &Event::approvedBy);
}

QString VoidReportModel::displayText(const Event& event, int column) const
{
    const QLocale locale;
    switch (column) {
    case TimeColumn:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(event.at), QLocale::ShortFormat);
    case TableColumn:
        return tableNames().name(event.tableId, tr("Table %1").arg(event.tableId));
    case ItemColumn:
        return itemName(event.menuItemId);
    case QtyColumn:
        return locale.toString(event.qty.value_or(1));
    case ValueColumn:
        return MoneyText::text(valueOf(event), m_currency, locale);
    case ReasonColumn:
        return VoidReasons::text(event.reason);
    case WaiterColumn:
        return staffName(event.author);
    case ApproverColumn:
        return staffName(event.approvedBy);
    case NoteColumn:
        return event.note.value_or(QString());
    case WhatColumn:
        return tr("%1 × %2").arg(locale.toString(event.qty.value_or(1)),
                                 displayText(event, ItemColumn));
    default:
        return {};
    }
}
