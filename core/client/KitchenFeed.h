#pragma once

#include "model/ApiError.h"
#include "model/Ticket.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class ApiClient;

// What a kitchen display shows: the tickets not yet bumped, oldest first, and the recently
// bumped ones to recall from. New tickets are read with `since` = the last ticket id read, on
// every stream message, after the stream comes back and on a timer, so a display that was
// offline catches up without missing or repeating a ticket. A slower full read of the open
// tickets also notices bumps made on another display.
class KitchenFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultPageSize = 100;
    static constexpr int refreshMs = 30'000;
    static constexpr int bumpedCapacity = 50;

    // The client must be signed in; the feed does not own it.
    explicit KitchenFeed(ApiClient& api, QObject* parent = nullptr);
    ~KitchenFeed() override;

    // Reads every open ticket, then follows new ones.
    void start();
    // Stops and drops what was read (sign-out).
    void clear();

    // Reads the tickets after the last one read; a read asked for while one runs is done after it.
    void catchUp();
    // Reads the open tickets again (bumps made elsewhere), then catches up.
    void resync();

    const QList<Ticket>& openTickets() const { return m_open; }
    // Newest bump first, at most the bumped capacity.
    const QList<Ticket>& bumpedTickets() const { return m_bumped; }
    // The `since` of the next read: the highest ticket id read so far.
    qint64 lastTicketId() const { return m_lastId; }

    void bump(qint64 ticketId);
    // Puts a bumped ticket back on the display (the server keeps its bump; bump it again).
    void recall(qint64 ticketId);
    void setAvailability(const QString& menuItemId, bool available);

    void setPageSize(int limit) { m_pageSize = limit; }

Q_SIGNALS:
    // Tickets this display had not seen, oldest first (the printer prints these).
    void ticketsArrived(const QList<Ticket>& tickets);
    // The open or the bumped list changed.
    void ticketsChanged();
    void readFailed(const ApiError& error);
    // A read reached the newest ticket: whatever failed before is over.
    void caughtUp();
    void bumpFailed(qint64 ticketId, const ApiError& error);
    // Sold out (false) or back (true): set here, or announced on the stream.
    void availabilityChanged(const QString& menuItemId, bool available);
    void availabilityFailed(const QString& menuItemId, const ApiError& error);

private:
    enum class Read { Open, New };
    void read(Read kind, qint64 since);
    void onOpenPage(const QList<Ticket>& tickets, qint64 next, bool full);
    void onNewPage(const QList<Ticket>& tickets, qint64 next, bool full);
    void finishRead();
    // Adds tickets not seen before; returns those it added.
    QList<Ticket> take(const QList<Ticket>& tickets);
    void moveToBumped(Ticket ticket);
    void trimBumped();

    ApiClient& m_api;
    QTimer m_timer;
    QList<Ticket> m_open;
    QList<Ticket> m_bumped;
    QSet<qint64> m_seen;     // every ticket id ever taken, so none arrives twice
    QSet<qint64> m_recalled; // bumped on the server, shown again here
    QSet<qint64> m_openRead; // ids an open read found so far
    qint64 m_lastId = 0;
    quint64 m_generation = 0; // replies from before clear() are dropped
    bool m_started = false;
    bool m_reading = false;
    bool m_newAgain = false;
    bool m_openAgain = false;
    int m_pageSize = defaultPageSize;
};
