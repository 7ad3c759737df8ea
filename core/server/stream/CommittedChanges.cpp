#include "CommittedChanges.h"

#include "model/JsonCodec.h"
#include "model/RequestValidator.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The order id of "/api/v1/orders/{id}" + suffix, or 0.
qint64 orderIdOf(const QString& path, QLatin1StringView suffix)
{
    const auto prefix = "/api/v1/orders/"_L1;
    if (!path.startsWith(prefix) || !path.endsWith(suffix))
        return 0;
    const QString id = path.mid(prefix.size(), path.size() - prefix.size() - suffix.size());
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

// The version the writer edited: If-Match wins (the route already refused a disagreement).
std::optional<qint64> expectedVersion(const HttpRequest& request)
{
    if (const std::optional<qint64> tagged =
            RequestValidator::versionFromEntityTag(request.header("If-Match")))
        return tagged;
    const Result<QJsonObject> body = JsonCodec::parseObject(request.body);
    if (!body)
        return std::nullopt;
    return JsonCodec::integral(body->value(u"expected_version"_s));
}

StreamMessage moved(const Order& order)
{
    StreamMessage message;
    message.orderId = order.id;
    message.tableId = order.tableId;
    message.version = order.version;
    return message;
}

} // namespace

QList<StreamMessage> CommittedChanges::of(const HttpRequest& request, const HttpResponse& response)
{
    if (response.status != 200)
        return {};
    if (request.method == "PATCH" && orderIdOf(request.path, ""_L1) > 0) {
        const Result<QJsonObject> body = JsonCodec::parseObject(response.body);
        const Result<Order> order =
            body ? JsonCodec::orderFromJson(body.value()) : Result<Order>(body.error());
        if (!order || expectedVersion(request) == order->version)
            return {};
        return {moved(order.value())};
    }
    if (request.method == "POST" && orderIdOf(request.path, "/close"_L1) > 0) {
        const Result<QJsonObject> body = JsonCodec::parseObject(response.body);
        const Result<CloseReply> reply =
            body ? JsonCodec::closeReplyFromJson(body.value()) : Result<CloseReply>(body.error());
        if (!reply)
            return {};
        StreamMessage opened;
        opened.orderId = reply->nextOrderId;
        opened.tableId = reply->order.tableId;
        opened.version = 1;
        return {moved(reply->order), opened};
    }
    return {};
}
