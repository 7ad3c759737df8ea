#pragma once

#include "MenuEntry.h"
#include "OrderRecord.h"
#include "StaffRecord.h"

#include "model/Event.h"
#include "model/Table.h"
#include "model/Ticket.h"

#include <QVariantList>

class QSqlQuery;

// How the store's rows map to the model, written once for every database: each reader takes
// the columns of its SELECT in the order SqlOrderStore names them.
class SqlRows
{
public:
    // Columns: id, name, role.
    static Staff staff(const QSqlQuery& query);
    // Columns: id, name, role, pin_hash.
    static StaffRecord staffRecord(const QSqlQuery& query);
    // Columns: i.id, i.price_cents, x.lang, x.name, x.category, i.station, i.available,
    // sorted by item.
    static QList<MenuEntry> menu(QSqlQuery& query);
    // Columns: t.id, t.name, t.seats, o.id, o.version, o.item_count, o.updated_at.
    static Table table(const QSqlQuery& query);
    // Columns of eventColumns().
    static Event event(const QSqlQuery& query);
    static QString eventColumns();
    // The values of an INSERT into eventColumns() without seq.
    static QVariantList eventValues(const Event& event);
    // `event` as event() reads it back once eventValues() stored it.
    static Event stored(Event event);

    // Columns of ticketColumns().
    static Ticket ticket(const QSqlQuery& query);
    static QString ticketColumns();
    // The values of an INSERT of a new ticket: order_id, table_id, table_name, kind, station,
    // course, lines, created_by, created_at.
    static QVariantList ticketValues(const Ticket& ticket);

    // `value` for a NOT NULL text column: empty, never NULL.
    static QString text(const QString& value);

    // An order's lines as stored in its items column, and back.
    static QString linesText(const Lines& lines);
    static Lines lines(const QByteArray& text);
};
