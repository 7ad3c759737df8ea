#include "HistoryFeed.h"

#include "ApiClient.h"

#include <QPointer>

using namespace Qt::Literals::StringLiterals;

HistoryFeed::HistoryFeed(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setInterval(defaultRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &HistoryFeed::refresh);
}

HistoryFeed::~HistoryFeed() = default;

void HistoryFeed::setOrder(qint64 orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    m_orderEvents.clear();
    ++m_orderGeneration;
    m_orderReading = false;
    m_orderAgain = false;
    Q_EMIT orderEventsChanged(m_orderId, m_orderEvents);
    if (m_orderId != 0) {
        readOrder();
        m_timer.start();
    }
}

void HistoryFeed::setVenueFeedEnabled(bool enabled)
{
    if (enabled == m_venueEnabled)
        return;
    m_venueEnabled = enabled;
    if (enabled) {
        if (m_venueStarted)
            readVenuePage();
        else
            readVenueStart();
        m_timer.start();
    }
}

void HistoryFeed::refresh()
{
    if (m_orderId != 0) {
        if (m_orderReading)
            m_orderAgain = true;
        else
            readOrder();
    }
    if (m_venueEnabled && !m_venueForbidden) {
        if (m_venueReading)
            m_venueAgain = true;
        else if (m_venueStarted)
            readVenuePage();
        else
            readVenueStart();
    }
}

void HistoryFeed::clear()
{
    m_timer.stop();
    m_orderId = 0;
    m_orderEvents.clear();
    ++m_orderGeneration;
    ++m_venueGeneration;
    m_orderReading = m_orderAgain = false;
    m_venueReading = m_venueAgain = false;
    m_venueEnabled = false;
    m_venueForbidden = false;
    m_venueNext = 0;
    m_venueFirst = 0;
    m_venueStarted = false;
    m_earlierReading = false;
    m_venueEvents.clear();
}

void HistoryFeed::readVenueStart()
{
    m_venueReading = true;
    m_venueAgain = false;
    const quint64 generation = m_venueGeneration;
    QPointer<HistoryFeed> self(this);
    m_api.latestEventSeq([self, generation](Result<qint64> latest) {
        if (!self || generation != self->m_venueGeneration)
            return;
        self->m_venueReading = false;
        if (!latest) {
            if (latest.error().code == ErrorCode::Forbidden)
                self->m_venueForbidden = true;
            Q_EMIT self->readFailed(latest.error());
            return;
        }
        self->m_venueStarted = true;
        self->m_venueNext = std::max<qint64>(0, latest.value() - self->m_startWindow);
        self->m_venueFirst = self->m_venueNext + 1;
        self->readVenuePage();
    });
}

void HistoryFeed::loadEarlier()
{
    if (!m_venueEnabled || !hasEarlier() || m_earlierReading)
        return;
    m_earlierReading = true;
    const quint64 generation = m_venueGeneration;
    const qint64 before = m_venueFirst; // read the seqs since+1 .. before-1
    const qint64 since = std::max<qint64>(0, before - 1 - m_pageSize);
    const int limit = int(before - 1 - since);
    QPointer<HistoryFeed> self(this);
    m_api.events(since, limit, [self, generation, since, before](Result<EventsPage> page) {
        if (!self || generation != self->m_venueGeneration)
            return;
        self->m_earlierReading = false;
        if (!page) {
            Q_EMIT self->readFailed(page.error());
            return;
        }
        QList<Event> earlier;
        for (const Event& event : page->events) {
            if (event.seq < before)
                earlier.append(event);
        }
        self->m_venueFirst = since + 1;
        // What the manager asked for stays: capacity grows by it.
        self->m_venueCapacity += int(earlier.size());
        self->m_venueEvents = earlier + self->m_venueEvents;
        Q_EMIT self->venueEventsPrepended(earlier);
    });
}

void HistoryFeed::readOrder()
{
    m_orderReading = true;
    m_orderAgain = false;
    const quint64 generation = m_orderGeneration;
    const qint64 orderId = m_orderId;
    QPointer<HistoryFeed> self(this);
    m_api.orderEvents(orderId, [self, generation, orderId](Result<QList<Event>> events) {
        if (!self || generation != self->m_orderGeneration)
            return;
        self->m_orderReading = false;
        if (!events) {
            Q_EMIT self->readFailed(events.error());
        } else if (events.value() != self->m_orderEvents) {
            self->m_orderEvents = std::move(events).value();
            Q_EMIT self->orderEventsChanged(orderId, self->m_orderEvents);
        }
        if (self && self->m_orderAgain)
            self->readOrder();
    });
}

void HistoryFeed::readVenuePage()
{
    m_venueReading = true;
    m_venueAgain = false;
    const quint64 generation = m_venueGeneration;
    QPointer<HistoryFeed> self(this);
    m_api.events(m_venueNext, m_pageSize, [self, generation](Result<EventsPage> page) {
        if (!self || generation != self->m_venueGeneration)
            return;
        self->m_venueReading = false;
        if (!page) {
            // A waiter's token never gets the venue log; asking again would only fail again.
            if (page.error().code == ErrorCode::Forbidden)
                self->m_venueForbidden = true;
            Q_EMIT self->readFailed(page.error());
            return;
        }
        QList<Event> fresh;
        for (const Event& event : page->events) {
            if (event.seq > self->m_venueNext)
                fresh.append(event);
        }
        self->m_venueNext = std::max(self->m_venueNext, page->next);
        const bool full = page->events.size() >= self->m_pageSize;
        if (!fresh.isEmpty()) {
            self->m_venueEvents.append(fresh);
            const int dropped =
                std::max(0, int(self->m_venueEvents.size()) - self->m_venueCapacity);
            self->m_venueEvents.remove(0, dropped);
            if (dropped > 0)
                self->m_venueFirst = self->m_venueEvents.first().seq;
            Q_EMIT self->venueEventsAppended(fresh, dropped);
            if (!self)
                return;
        }
        // A full page means more are waiting: read on at once rather than at the next tick.
        if (full || self->m_venueAgain)
            self->readVenuePage();
    });
}
