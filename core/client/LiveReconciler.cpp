#include "LiveReconciler.h"

#include "ApiClient.h"
#include "DraftEditor.h"
#include "DraftStore.h"
#include "merge/Rebase.h"
#include "OrderSender.h"

LiveReconciler::LiveReconciler(ApiClient& api, DraftStore& drafts, DraftEditor& editor,
                               const OrderSender& sender, const std::optional<Staff>& staff)
    : m_api(api)
    , m_drafts(drafts)
    , m_editor(editor)
    , m_sender(sender)
    , m_staff(staff)
{
    m_tablesRefresh.setSingleShot(true);
    m_tablesRefresh.setInterval(tablesRefreshDelayMs);
    connect(&m_tablesRefresh, &QTimer::timeout, this, &LiveReconciler::tablesStale);
}

void LiveReconciler::scheduleTablesRefresh()
{
    if (m_staff && !m_tablesRefresh.isActive())
        m_tablesRefresh.start();
}

void LiveReconciler::mergeFresh(const Order& fresh)
{
    const std::optional<OrderDraft> entry = m_drafts.find(fresh.id);
    if (!entry) {
        if (m_editor.save(fresh, fresh.items))
            Q_EMIT orderChanged(fresh.id);
        return;
    }
    // A write in flight brings a newer state itself; an older read changes nothing.
    if (m_sender.isWriting(fresh.id) || fresh.version <= entry->base.version) {
        Q_EMIT orderChanged(fresh.id);
        return;
    }
    Lines draft = fresh.items;
    if (entry->draft != entry->base.items) {
        // Carry the waiter's pending edits over to the newer order when nothing collides;
        // otherwise keep the old base so that Send shows the conflict dialog.
        const RebaseDecision carried = rebase(entry->base.items, entry->draft, fresh.items);
        if (!carried.conflicts().isEmpty()) {
            Q_EMIT orderChanged(fresh.id);
            return;
        }
        draft = carried.proposed();
    }
    if (m_editor.save(fresh, draft))
        Q_EMIT orderChanged(fresh.id);
}

void LiveReconciler::onOrderMoved(qint64 orderId, qint64 version)
{
    scheduleTablesRefresh();
    // Orders this tablet never opened are in the tables; a write of ours in flight brings its
    // own answer (and a 409 if someone else came first).
    if (!m_drafts.contains(orderId) || version <= knownVersion(orderId) ||
        m_sender.isWriting(orderId) || m_liveReads.contains(orderId))
        return;
    m_liveReads.insert(orderId);
    // A background read, paced behind the waiter's own requests (a burst of messages after a
    // blip must not meet the tablet's own rate limit).
    m_api.pollOrder(orderId, knownVersion(orderId),
                    [this, orderId](Result<std::optional<Order>> order) {
                        m_liveReads.remove(orderId);
                        // A failure here is met again by the next message, poll or Send.
                        if (order && order.value())
                            takeOthersChange(*order.value());
                    });
}

void LiveReconciler::takeOthersChange(const Order& fresh)
{
    const std::optional<OrderDraft> entry = m_drafts.find(fresh.id);
    if (!entry || fresh.version <= knownVersion(fresh.id) || m_sender.isWriting(fresh.id))
        return;
    if (entry->draft == entry->base.items) {
        m_othersVersion.remove(fresh.id);
        if (m_editor.save(fresh, fresh.items))
            Q_EMIT orderChanged(fresh.id);
        return;
    }
    // The waiter's edits stay on the base they were made on, so that Send meets the 409 and
    // the conflict dialog shows whose changes came in between.
    m_othersVersion.insert(fresh.id, fresh.version);
    Q_EMIT othersChanged(fresh.id);
}

qint64 LiveReconciler::knownVersion(qint64 orderId) const
{
    const std::optional<OrderDraft> entry = m_drafts.find(orderId);
    if (!entry)
        return 0;
    if (entry->draft == entry->base.items)
        return entry->base.version;
    return qMax(entry->base.version, m_othersVersion.value(orderId));
}

QHash<qint64, qint64> LiveReconciler::watchedOrders() const
{
    QHash<qint64, qint64> watched;
    for (const qint64 orderId : m_drafts.orderIds()) {
        const std::optional<OrderDraft> entry = m_drafts.find(orderId);
        if (entry && entry->base.status == Order::Status::Open && !m_sender.isWriting(orderId))
            watched.insert(orderId, knownVersion(orderId));
    }
    return watched;
}
