#pragma once

#include "EventRowsModel.h"

#include "model/Clock.h"
#include "model/Event.h"

#include <QHash>

// Events of the append-only log as rows for a manager: when, who, what happened to which item,
// the quantity before and after, and the order's version. Conflict rows say so in words and
// carry the conflict colour, so the mark survives a colour-blind reader and a CSV export.
class HistoryModel : public EventRowsModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        TableColumn,
        AuthorColumn,
        KindColumn,
        ItemColumn,
        QtyColumn,
        PrevQtyColumn,
        VersionColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        SeqRole = Qt::UserRole + 1,
        KindRole,     // int(Event::Kind)
        AuthorIdRole, // the staff id, for filters
        OrderIdRole,
        AtRole, // ms since the epoch
    };

    explicit HistoryModel(Clock& clock = Clock::system(), QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEvents(const QList<Event>& events);
    // New events at the end; then the `dropOldest` first rows leave (the feed's capacity).
    void appendEvents(const QList<Event>& events, int dropOldest = 0);
    // Earlier events (a manager paging back) before the first row.
    void prependEvents(const QList<Event>& events);
    void clear();
    const QList<Event>& events() const { return m_events; }

    // The staff ids that appear as authors, in first-seen order.
    QStringList authors() const;

    static QString kindText(Event::Kind kind);
    // Everything about one row in a few lines, for the details pane beside the table.
    QString detailsText(int row) const;
    // A void's reason as the contract spells it ("wrong_item"), in words.
    static QString voidReasonText(const QString& reason);

private:
    QString displayText(const Event& event, int column) const;
    // The note column: a fire's ticket; a void's reason, approver and ticket; then the note.
    QString kitchenDetails(const Event& event) const;
    QString timeText(qint64 at) const;

    Clock& m_clock;
    QList<Event> m_events;
};
