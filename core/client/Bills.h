#pragma once

#include "model/ApiError.h"
#include "model/ApiMessages.h"

#include <QObject>

class ApiClient;

// A table's bill (GET /orders/{id}/bill) and its payment: "Paid" closes the order at the
// version the bill showed, so a bill that moved meanwhile is never closed unseen.
class Bills : public QObject
{
    Q_OBJECT
public:
    explicit Bills(ApiClient& api);

    void read(qint64 orderId);
    // POST /orders/{id}/close with the bill's version.
    void pay(const BillReply& bill);

Q_SIGNALS:
    void billRead(const BillReply& bill);
    void billFailed(qint64 orderId, const ApiError& error);
    void paid(qint64 orderId, const CloseReply& closed);
    void payFailed(qint64 orderId, const ApiError& error);

private:
    ApiClient& m_api;
};
