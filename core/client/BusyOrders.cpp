#include "BusyOrders.h"

void BusyOrders::begin(qint64 orderId)
{
    if (++m_requests[orderId] == 1)
        Q_EMIT busyChanged(orderId, true);
}

void BusyOrders::end(qint64 orderId)
{
    if (--m_requests[orderId] <= 0) {
        m_requests.remove(orderId);
        Q_EMIT busyChanged(orderId, false);
    }
}
