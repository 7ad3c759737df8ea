#pragma once

#include "model/ApiError.h"
#include "model/Event.h"

#include <QObject>
#include <QTimer>

class ApiClient;

// What a manager's history panel reads: one order's whole log, and the venue-wide log paged
// with since/next. Both are kept current by refresh() (called on every live update) and by a
// timer, so a missed stream message only delays the panel. Reads never overlap: a refresh asked
// for while one runs is done once after it.
class HistoryFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultPageSize = 200;
    static constexpr int defaultRefreshMs = 10'000;
    // The venue feed keeps only this many of the newest events, so a long day stays light.
    static constexpr int defaultVenueCapacity = 5000;

    // The client must be signed in; the feed does not own it.
    explicit HistoryFeed(ApiClient& api, QObject* parent = nullptr);
    ~HistoryFeed() override;

    // The order whose log is read; 0 for none.
    void setOrder(qint64 orderId);
    qint64 orderId() const { return m_orderId; }
    const QList<Event>& orderEvents() const { return m_orderEvents; }

    // How many of the newest events the venue feed starts with (GET /events/latest).
    static constexpr int defaultStartWindow = 500;

    // Starts (or stops) reading the venue-wide log: from `startWindow` events before the newest
    // on, then onward; earlier ones are read on demand (loadEarlier).
    void setVenueFeedEnabled(bool enabled);
    void setStartWindow(int events) { m_startWindow = events; }
    // Reads up to one page of the events before the oldest held; venueEventsPrepended.
    void loadEarlier();
    // Whether events before the oldest held exist (known once the start was read).
    bool hasEarlier() const { return m_venueFirst > 1; }
    bool isVenueFeedEnabled() const { return m_venueEnabled; }
    const QList<Event>& venueEvents() const { return m_venueEvents; }
    // The `since` of the next venue page: the seq of the last event read.
    qint64 venueCursor() const { return m_venueNext; }

    void setPageSize(int limit) { m_pageSize = limit; }
    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }
    void setVenueCapacity(int events) { m_venueCapacity = events; }

    // Reads the order's log again and the venue pages after the last one read.
    void refresh();
    // Stops the timer and drops what was read (sign-out).
    void clear();

Q_SIGNALS:
    // The selected order's log was read; `events` is the whole of it, oldest first.
    void orderEventsChanged(qint64 orderId, const QList<Event>& events);
    // New venue events, oldest first; `dropped` of the oldest held were let go for capacity.
    void venueEventsAppended(const QList<Event>& events, int dropped);
    // Earlier venue events, oldest first, to go before those held.
    void venueEventsPrepended(const QList<Event>& events);
    // A read failed; the message says what to do. `error.code` is the server's or unreachable.
    void readFailed(const ApiError& error);

private:
    void readOrder();
    void readVenuePage();
    void readVenueStart();

    ApiClient& m_api;
    QTimer m_timer;
    qint64 m_orderId = 0;
    QList<Event> m_orderEvents;
    quint64 m_orderGeneration = 0; // replies for an order no longer selected are dropped
    bool m_orderReading = false;
    bool m_orderAgain = false;

    bool m_venueEnabled = false;
    bool m_venueReading = false;
    bool m_venueAgain = false;
    bool m_venueForbidden = false;
    quint64 m_venueGeneration = 0;
    qint64 m_venueNext = 0;
    qint64 m_venueFirst = 0; // the seq the held venue events start after, plus one
    bool m_venueStarted = false;
    bool m_earlierReading = false;
    int m_startWindow = defaultStartWindow;
    QList<Event> m_venueEvents;
    int m_pageSize = defaultPageSize;
    int m_venueCapacity = defaultVenueCapacity;
};
