#include "KitchenFeed.h"

#include "ApiClient.h"

#include <QPointer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

void insertById(QList<Ticket>& tickets, const Ticket& ticket)
{
    const auto at = std::lower_bound(tickets.begin(), tickets.end(), ticket.id,
                                     [](const Ticket& t, qint64 id) { return t.id < id; });
    tickets.insert(at, ticket);
}

} // namespace

KitchenFeed::KitchenFeed(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setInterval(refreshMs);
    connect(&m_timer, &QTimer::timeout, this, &KitchenFeed::resync);
}

KitchenFeed::~KitchenFeed() = default;

void KitchenFeed::start()
{
    if (m_started)
        return;
    m_started = true;
    m_timer.start();
    resync();
}

void KitchenFeed::clear()
{
    m_timer.stop();
    ++m_generation;
    m_started = false;
    m_reading = m_newAgain = m_openAgain = false;
    m_open.clear();
    m_bumped.clear();
    m_seen.clear();
    m_recalled.clear();
    m_openRead.clear();
    m_lastId = 0;
    Q_EMIT ticketsChanged();
}

void KitchenFeed::catchUp()
{
    if (!m_started)
        return;
    if (m_reading)
        m_newAgain = true;
    else
        read(Read::New, m_lastId);
}

void KitchenFeed::resync()
{
    if (!m_started)
        return;
    if (m_reading) {
        m_openAgain = true;
        return;
    }
    m_openRead.clear();
    read(Read::Open, 0);
}

void KitchenFeed::read(Read kind, qint64 since)
{
    m_reading = true;
    if (kind == Read::New)
        m_newAgain = false;
    else
        m_openAgain = false;
    QPointer<KitchenFeed> self(this);
    m_api.kitchenTickets(since, m_pageSize, {}, kind == Read::Open,
                         [self, kind, generation = m_generation](Result<TicketsPage> page) {
                             if (!self || generation != self->m_generation)
                                 return;
                             if (!page) {
                                 Q_EMIT self->readFailed(page.error());
                                 if (self)
                                     self->finishRead();
                                 return;
                             }
                             const bool full = page->tickets.size() >= self->m_pageSize;
                             if (kind == Read::Open)
                                 self->onOpenPage(page->tickets, page->next, full);
                             else
                                 self->onNewPage(page->tickets, page->next, full);
                         });
}

void KitchenFeed::onOpenPage(const QList<Ticket>& tickets, qint64 next, bool full)
{
    for (const Ticket& ticket : tickets)
        m_openRead.insert(ticket.id);
    QList<Ticket> open;
    for (const Ticket& ticket : tickets) {
        if (!ticket.bumped())
            open.append(ticket);
    }
    const QList<Ticket> added = take(open);
    QPointer<KitchenFeed> self(this);
    if (!added.isEmpty()) {
        Q_EMIT ticketsArrived(added);
        if (!self)
            return;
    }
    if (full && next > 0) {
        read(Read::Open, next);
        return;
    }
    // The whole open list is read: what this display still shows beyond it was bumped elsewhere.
    QList<Ticket> gone;
    for (const Ticket& ticket : std::as_const(m_open)) {
        if (!m_openRead.contains(ticket.id) && !m_recalled.contains(ticket.id))
            gone.append(ticket);
    }
    for (const Ticket& ticket : gone) {
        m_open.removeIf([&ticket](const Ticket& t) { return t.id == ticket.id; });
        moveToBumped(ticket);
    }
    if (!added.isEmpty() || !gone.isEmpty())
        Q_EMIT ticketsChanged();
    if (!self)
        return;
    // Tickets newer than the open ones may exist (already bumped): follow from the last id.
    m_newAgain = true;
    finishRead();
}

void KitchenFeed::onNewPage(const QList<Ticket>& tickets, qint64 next, bool full)
{
    const QList<Ticket> added = take(tickets);
    m_lastId = std::max(m_lastId, next);
    QList<Ticket> open;
    for (const Ticket& ticket : added) {
        if (!ticket.bumped())
            open.append(ticket);
    }
    QPointer<KitchenFeed> self(this);
    if (!open.isEmpty()) {
        Q_EMIT ticketsArrived(open);
        if (!self)
            return;
    }
    if (!added.isEmpty()) {
        Q_EMIT ticketsChanged();
        if (!self)
            return;
    }
    // A full page means more are waiting: read on at once rather than at the next message.
    if (full && !tickets.isEmpty()) {
        read(Read::New, m_lastId);
        return;
    }
    Q_EMIT caughtUp();
    if (!self)
        return;
    finishRead();
}

void KitchenFeed::finishRead()
{
    m_reading = false;
    if (m_openAgain) {
        m_openRead.clear();
        read(Read::Open, 0);
    } else if (m_newAgain) {
        read(Read::New, m_lastId);
    }
}

QList<Ticket> KitchenFeed::take(const QList<Ticket>& tickets)
{
    QList<Ticket> added;
    for (const Ticket& ticket : tickets) {
        m_lastId = std::max(m_lastId, ticket.id);
        if (m_seen.contains(ticket.id))
            continue;
        m_seen.insert(ticket.id);
        added.append(ticket);
        if (ticket.bumped())
            moveToBumped(ticket);
        else
            insertById(m_open, ticket);
    }
    return added;
}

void KitchenFeed::moveToBumped(Ticket ticket)
{
    m_bumped.removeIf([&ticket](const Ticket& t) { return t.id == ticket.id; });
    m_bumped.prepend(std::move(ticket));
    trimBumped();
}

void KitchenFeed::trimBumped()
{
    while (m_bumped.size() > bumpedCapacity)
        m_bumped.removeLast();
}

void KitchenFeed::bump(qint64 ticketId)
{
    QPointer<KitchenFeed> self(this);
    m_api.bumpTicket(ticketId, [self, ticketId, generation = m_generation](Result<Ticket> bumped) {
        if (!self || generation != self->m_generation)
            return;
        if (!bumped) {
            Q_EMIT self->bumpFailed(ticketId, bumped.error());
            return;
        }
        self->m_open.removeIf([ticketId](const Ticket& t) { return t.id == ticketId; });
        self->m_recalled.remove(ticketId);
        self->m_seen.insert(ticketId);
        self->moveToBumped(bumped.value());
        Q_EMIT self->ticketsChanged();
    });
}

void KitchenFeed::recall(qint64 ticketId)
{
    const auto it = std::find_if(m_bumped.cbegin(), m_bumped.cend(),
                                 [ticketId](const Ticket& t) { return t.id == ticketId; });
    if (it == m_bumped.cend())
        return;
    Ticket ticket = *it;
    m_bumped.removeAt(it - m_bumped.cbegin());
    m_recalled.insert(ticketId);
    insertById(m_open, ticket);
    Q_EMIT ticketsChanged();
}

void KitchenFeed::setAvailability(const QString& menuItemId, bool available)
{
    QPointer<KitchenFeed> self(this);
    m_api.setAvailability(menuItemId, available,
                          [self, menuItemId, generation = m_generation](Result<MenuItem> item) {
                              if (!self || generation != self->m_generation)
                                  return;
                              if (!item)
                                  Q_EMIT self->availabilityFailed(menuItemId, item.error());
                              else
                                  Q_EMIT self->availabilityChanged(item->id, item->available);
                          });
}
