#pragma once

#include "ApiMessages.h"
#include "Order.h"
#include "Result.h"

#include <QByteArray>

#include <optional>

// Reads the server's order replies (an order, a 409 with the current order and its events) with
// simdjson straight into values: each carries the whole list, so they are the largest replies
// (the tablet reads its 409s here, the load generator every order reply). A reply it is not
// sure of (any fault, a repeated key, a lone surrogate) goes to JsonDecoder, which reads it as
// before and names the fault: the result is always JsonDecoder's.
class OrderReplyParser
{
public:
    static Result<Order> order(const QByteArray& body);
    static Result<ConflictReply> conflict(const QByteArray& body);

    // The fast reading alone: nullopt where JsonDecoder has to read the body.
    static std::optional<Order> fastOrder(const QByteArray& body);
    static std::optional<ConflictReply> fastConflict(const QByteArray& body);
};
