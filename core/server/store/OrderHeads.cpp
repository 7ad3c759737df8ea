#include "OrderHeads.h"

std::optional<OrderRecord> OrderHeads::find(quint64 othersCommits, qint64 orderId)
{
    if (m_othersCommits.moved(othersCommits)) {
        clear();
        return std::nullopt;
    }
    const auto found = m_heads.constFind(orderId);
    if (found == m_heads.cend())
        return std::nullopt;
    return *found;
}

void OrderHeads::remember(quint64 othersCommits, const OrderRecord& head)
{
    if (m_othersCommits.moved(othersCommits))
        clear();
    if (m_heads.size() >= maxOrders && !m_heads.contains(head.order.id))
        m_heads.clear();
    OrderRecord kept = head;
    kept.order.items.clear();
    kept.itemsJson.clear();
    m_heads.insert(head.order.id, kept);
}

void OrderHeads::stageWrite(qint64 orderId, qint64 version, qint64 at, Order::Status status)
{
    m_staged.append(Write{orderId, version, at, status});
}

void OrderHeads::transactionEnded(bool kept)
{
    for (const Write& write : std::as_const(m_staged)) {
        const auto head = m_heads.find(write.orderId);
        if (head == m_heads.end())
            continue;
        // The UPDATE matched the version before it, so the row is now exactly this.
        if (kept && head->order.version == write.version - 1) {
            head->order.version = write.version;
            head->order.updatedAt = write.at;
            head->order.status = write.status;
        } else {
            m_heads.erase(head);
        }
    }
    m_staged.clear();
}

void OrderHeads::clear()
{
    m_heads.clear();
    m_staged.clear();
}
