#include "TicketCardsModel.h"

#include "VoidReasons.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

TicketCardsModel::TicketCardsModel(Part part, Clock& clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_part(part)
    , m_clock(clock)
{}

int TicketCardsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

TicketCardsModel::Age TicketCardsModel::ageOf(qint64 ageMs)
{
    if (ageMs > lateAfterMs)
        return Age::Late;
    if (ageMs > waitingAfterMs)
        return Age::Waiting;
    return Age::Fresh;
}

QVariant TicketCardsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket& ticket = m_rows.at(index.row());
    const qint64 ageMs = std::max<qint64>(0, m_clock.nowMs() - ticket.createdAt);
    const bool isVoid = ticket.kind == Ticket::Kind::Void;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QStringList text{title(ticket)};
        if (isVoid)
            text.prepend(tr("VOID"));
        for (const TicketLine& line : ticket.lines)
            text.append(tr("%1 × %2").arg(line.qty).arg(line.name));
        return text.join(u'\n');
    }
    case Qt::BackgroundRole:
        if (isVoid)
            return QColor(0x20, 0x20, 0x20);
        switch (ageOf(ageMs)) {
        case Age::Fresh:
            return QColor(0xe8, 0xf5, 0xe9);
        case Age::Waiting:
            return QColor(0xff, 0xe0, 0x82);
        case Age::Late:
            return QColor(0xef, 0x9a, 0x9a);
        }
        return {};
    case Qt::ToolTipRole:
        return m_part == Part::Open ? tr("Tap to bump") : tr("Select to recall or reprint");
    case TicketIdRole:
        return ticket.id;
    case StationRole:
        return ticket.station;
    case CourseRole:
        return ticket.course;
    case VoidRole:
        return isVoid;
    case AgeRole:
        return int(ageOf(ageMs));
    case AgeMinutesRole:
        return int(ageMs / 60'000);
    case TitleRole:
        return title(ticket);
    case LinesRole: {
        QStringList lines;
        for (const TicketLine& line : ticket.lines)
            lines.append(tr("%1 × %2").arg(line.qty).arg(line.name));
        return lines;
    }
    case SeatsRole: {
        QStringList seats;
        for (const TicketLine& line : ticket.lines)
            seats.append(line.seat == 0 ? tr("Shared") : tr("Seat %1").arg(line.seat));
        return seats;
    }
    case NotesRole: {
        QStringList notes;
        for (const TicketLine& line : ticket.lines) {
            QString note = line.note;
            if (isVoid && !line.reason.isEmpty()) {
                const QString reason = VoidReasons::text(line.reason);
                note = note.isEmpty() ? reason : reason + u" — "_s + note;
            }
            notes.append(note);
        }
        return notes;
    }
    case FooterRole:
        return footer(ticket);
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketCardsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TicketIdRole, "ticketId");
    names.insert(StationRole, "station");
    names.insert(CourseRole, "course");
    names.insert(VoidRole, "isVoid");
    names.insert(AgeRole, "age");
    names.insert(AgeMinutesRole, "ageMinutes");
    names.insert(TitleRole, "title");
    names.insert(LinesRole, "lines");
    names.insert(SeatsRole, "seats");
    names.insert(NotesRole, "notes");
    names.insert(FooterRole, "footer");
    return names;
}

void TicketCardsModel::setTickets(const QList<Ticket>& tickets)
{
    m_all = tickets;
    rebuild();
}

void TicketCardsModel::setStation(const QString& station)
{
    if (station == m_station)
        return;
    m_station = station;
    rebuild();
}

void TicketCardsModel::setStaffNames(const QHash<QString, QString>& names)
{
    m_staffNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {FooterRole});
}

void TicketCardsModel::refreshAges()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {Qt::BackgroundRole, AgeRole, AgeMinutesRole, FooterRole});
}

qint64 TicketCardsModel::ticketIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QModelIndex TicketCardsModel::indexOf(qint64 ticketId) const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [ticketId](const Ticket& row) { return row.id == ticketId; });
    return found == m_rows.cend() ? QModelIndex() : index(int(found - m_rows.cbegin()));
}

std::optional<Ticket> TicketCardsModel::ticket(qint64 ticketId) const
{
    for (const Ticket& ticket : m_all) {
        if (ticket.id == ticketId)
            return ticket;
    }
    return std::nullopt;
}

void TicketCardsModel::rebuild()
{
    QList<Ticket> rows;
    for (const Ticket& ticket : std::as_const(m_all)) {
        if (m_station.isEmpty() || ticket.station == m_station)
            rows.append(ticket);
    }
    // The display: oldest first; the bumped list: newest bump first, as the feed keeps it.
    if (m_part == Part::Open) {
        std::stable_sort(rows.begin(), rows.end(), [](const Ticket& a, const Ticket& b) {
            return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
        });
    }
    // Every feed change lands here; a reset when nothing shown changed would drop a selection.
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString TicketCardsModel::title(const Ticket& ticket) const
{
    const QString table = ticket.tableName.isEmpty() ? ticket.tableId : ticket.tableName;
    return tr("%1 · Course %2").arg(table).arg(ticket.course);
}

QString TicketCardsModel::footer(const Ticket& ticket) const
{
    const QString waiter = m_staffNames.value(ticket.createdBy, ticket.createdBy);
    const qint64 ageMs = std::max<qint64>(0, m_clock.nowMs() - ticket.createdAt);
    const int minutes = int(ageMs / 60'000);
    const QString time =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(ticket.createdAt).toLocalTime().time(),
                           QLocale::ShortFormat);
    return tr("%1 · %2 · %n min", nullptr, minutes).arg(waiter, time);
}
