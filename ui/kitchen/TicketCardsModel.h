#pragma once

#include "model/Clock.h"
#include "model/Ticket.h"

#include <QAbstractListModel>
#include <QHash>

// Kitchen tickets as cards, oldest first, for one station or all: the open ones on the display,
// or the bumped ones to recall from. Each card knows its age level (over 10 and over 20 minutes
// by the injected clock), its lines with course and seat, and its notes.
class TicketCardsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Part { Open, Bumped };
    enum class Age { Fresh, Waiting, Late };
    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        StationRole,
        CourseRole,
        VoidRole,       // bool: a void ticket (do not cook)
        AgeRole,        // int(Age)
        AgeMinutesRole, // int: whole minutes since the ticket was made
        TitleRole,      // "Table 12 · Course 1"
        LinesRole,      // QStringList: "2 × Lentil soup", one per line
        SeatsRole,      // QStringList: "Seat 3" or "Shared", one per line
        NotesRole,      // QStringList: each line's note, "" when none
        FooterRole,     // waiter and time
    };

    static constexpr qint64 waitingAfterMs = 10 * 60 * 1000;
    static constexpr qint64 lateAfterMs = 20 * 60 * 1000;

    explicit TicketCardsModel(Part part, Clock& clock = Clock::system(), QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // All tickets of this part; the model shows those of the chosen station.
    void setTickets(const QList<Ticket>& tickets);
    // Empty: every station.
    void setStation(const QString& station);
    QString station() const { return m_station; }
    void setStaffNames(const QHash<QString, QString>& names);
    // The clock moved on: ages and colours are read again.
    void refreshAges();

    qint64 ticketIdAt(int row) const;
    // Invalid when the ticket is not shown (another station, or gone).
    QModelIndex indexOf(qint64 ticketId) const;
    std::optional<Ticket> ticket(qint64 ticketId) const;

    static Age ageOf(qint64 ageMs);

private:
    void rebuild();
    QString title(const Ticket& ticket) const;
    QString footer(const Ticket& ticket) const;

    Part m_part;
    Clock& m_clock;
    QList<Ticket> m_all;
    QList<Ticket> m_rows;
    QString m_station;
    QHash<QString, QString> m_staffNames;
};
