#include "HistoryModel.h"

#include "TouchStyle.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

HistoryModel::HistoryModel(Clock& clock, QObject* parent)
    : EventRowsModel(parent)
    , m_clock(clock)
{}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event& event = m_events.at(index.row());
    const bool conflict = event.kind == Event::Kind::Conflict;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(event, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.at),
                                      QLocale::LongFormat);
        if (conflict)
            return tr("%1's write was refused: it was based on version %2, but the order was "
                      "already at version %3. Nothing was lost; the write was merged and sent "
                      "again or cancelled.")
                .arg(staffName(event.author))
                .arg(event.expectedVersion.value_or(0))
                .arg(event.version);
        return {};
    case Qt::BackgroundRole:
        if (conflict)
            return TouchStyle::conflictBackground();
        return {};
    case Qt::ForegroundRole:
        if (conflict)
            return QColor(0x3b, 0x1f, 0x00);
        return {};
    case Qt::FontRole:
        if (conflict) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QtyColumn || index.column() == PrevQtyColumn ||
            index.column() == VersionColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SeqRole:
        return event.seq;
    case KindRole:
        return int(event.kind);
    case AuthorIdRole:
        return event.author;
    case OrderIdRole:
        return event.orderId;
    case AtRole:
        return event.at;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TableColumn:
        return tr("Table");
    case AuthorColumn:
        return tr("Who");
    case KindColumn:
        return tr("What");
    case ItemColumn:
        return tr("Item");
    case QtyColumn:
        return tr("Qty");
    case PrevQtyColumn:
        return tr("Qty before");
    case VersionColumn:
        return tr("Version");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

void HistoryModel::setEvents(const QList<Event>& events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

void HistoryModel::appendEvents(const QList<Event>& events, int dropOldest)
{
    if (!events.isEmpty()) {
        const int first = int(m_events.size());
        beginInsertRows({}, first, first + int(events.size()) - 1);
        m_events.append(events);
        endInsertRows();
    }
    const int drop = std::min(dropOldest, int(m_events.size()));
    if (drop > 0) {
        beginRemoveRows({}, 0, drop - 1);
        m_events.remove(0, drop);
        endRemoveRows();
    }
}

void HistoryModel::prependEvents(const QList<Event>& events)
{
    if (events.isEmpty())
        return;
    beginInsertRows({}, 0, int(events.size()) - 1);
    m_events = events + m_events;
    endInsertRows();
}

QString HistoryModel::detailsText(int row) const
{
    if (row < 0 || row >= m_events.size())
        return {};
    const Event& event = m_events.at(row);
    const QLocale locale;
    QStringList lines;
    lines.append(
        tr("%1 · %2 · %3")
            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(event.at), QLocale::ShortFormat),
                 displayText(event, TableColumn), staffName(event.author)));
    lines.append(kindText(event.kind) + u": "_s + displayText(event, ItemColumn));
    if (event.qty && event.prevQty)
        lines.append(tr("Quantity %1, before %2")
                         .arg(locale.toString(*event.qty), locale.toString(*event.prevQty)));
    else if (event.qty)
        lines.append(tr("Quantity %1").arg(locale.toString(*event.qty)));
    if (event.note && !event.note->isEmpty())
        lines.append(tr("Note: %1").arg(*event.note));
    lines.append(tr("Order %1, version %2")
                     .arg(locale.toString(event.orderId), locale.toString(event.version)));
    return lines.join(u'\n');
}

void HistoryModel::clear()
{
    setEvents({});
}

QStringList HistoryModel::authors() const
{
    QStringList ids;
    for (const Event& event : m_events) {
        if (!ids.contains(event.author))
            ids.append(event.author);
    }
    return ids;
}

QString HistoryModel::kindText(Event::Kind kind)
{
    switch (kind) {
    case Event::Kind::Add:
        return tr("Added");
    case Event::Kind::Remove:
        return tr("Removed");
    case Event::Kind::Change:
        return tr("Changed");
    case Event::Kind::Conflict:
        return tr("⚠ Conflict");
    case Event::Kind::Close:
        return tr("Closed");
    case Event::Kind::Fire:
        return tr("Fired");
    case Event::Kind::Void:
        return tr("Voided");
    }
    return {};
}

QString HistoryModel::displayText(const Event& event, int column) const
{
    const QLocale locale;
    const auto number = [&locale](const std::optional<int>& value) {
        return value ? locale.toString(*value) : QString();
    };
    switch (column) {
    case TimeColumn:
        return timeText(event.at);
    case TableColumn:
        return tableNames().name(event.tableId, tr("Table %1").arg(event.tableId));
    case AuthorColumn:
        return staffName(event.author);
    case KindColumn:
        return kindText(event.kind);
    case ItemColumn:
        if (event.kind == Event::Kind::Conflict)
            return tr("Refused: based on v%1")
                .arg(locale.toString(event.expectedVersion.value_or(0)));
        if (event.kind == Event::Kind::Close)
            return tr("Order closed");
        return itemName(event.menuItemId);
    case QtyColumn:
        return number(event.qty);
    case PrevQtyColumn:
        return number(event.prevQty);
    case VersionColumn:
        return locale.toString(event.version);
    case NoteColumn:
        return kitchenDetails(event);
    default:
        return {};
    }
}

QString HistoryModel::kitchenDetails(const Event& event) const
{
    const QString note = event.note.value_or(QString());
    QStringList parts;
    if (event.kind == Event::Kind::Fire && event.ticketId)
        parts.append(tr("kitchen ticket %1").arg(*event.ticketId));
    if (event.kind == Event::Kind::Void) {
        parts.append(tr("reason: %1").arg(voidReasonText(event.reason)));
        if (!event.approvedBy.isEmpty())
            parts.append(tr("approved by %1").arg(staffName(event.approvedBy)));
        if (event.ticketId)
            parts.append(tr("void ticket %1").arg(*event.ticketId));
    }
    if (!note.isEmpty())
        parts.append(note);
    return parts.join(u" · "_s);
}

QString HistoryModel::voidReasonText(const QString& reason)
{
    if (reason == "guest_changed_mind"_L1)
        return tr("guest changed their mind");
    if (reason == "wrong_item"_L1)
        return tr("wrong item");
    if (reason == "kitchen_error"_L1)
        return tr("kitchen error");
    if (reason == "quality"_L1)
        return tr("quality");
    if (reason == "other"_L1)
        return tr("other");
    return reason;
}

QString HistoryModel::timeText(qint64 at) const
{
    const QLocale locale;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(at);
    // Races are seconds apart, so the time shows seconds even where the short format has none.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!format.contains(u's'))
        format.replace(u"mm"_s, u"mm:ss"_s);
    const QString time = locale.toString(when.time(), format);
    if (when.date() == QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date())
        return time;
    return locale.toString(when.date(), QLocale::ShortFormat) + u' ' + time;
}
