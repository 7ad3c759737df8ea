#include "Bills.h"

#include "ApiClient.h"

Bills::Bills(ApiClient& api)
    : m_api(api)
{}

void Bills::read(qint64 orderId)
{
    m_api.bill(orderId, [this, orderId](Result<BillReply> bill) {
        if (bill)
            Q_EMIT billRead(bill.value());
        else
            Q_EMIT billFailed(orderId, bill.error());
    });
}

void Bills::pay(const BillReply& bill)
{
    const qint64 orderId = bill.orderId;
    m_api.closeOrder(orderId, bill.version, [this, orderId](Result<CloseReply> closed) {
        if (closed)
            Q_EMIT paid(orderId, closed.value());
        else
            Q_EMIT payFailed(orderId, closed.error());
    });
}
