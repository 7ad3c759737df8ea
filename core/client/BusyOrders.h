#pragma once

#include <QHash>
#include <QObject>

// Counts the requests in flight per order, so the UI can show an order as busy while any of its
// reads or writes is on its way.
class BusyOrders : public QObject
{
    Q_OBJECT
public:
    void begin(qint64 orderId);
    void end(qint64 orderId);
    bool isBusy(qint64 orderId) const { return m_requests.contains(orderId); }

Q_SIGNALS:
    void busyChanged(qint64 orderId, bool busy);

private:
    QHash<qint64, int> m_requests;
};
