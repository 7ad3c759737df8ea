#include "WriteDesignRouter.h"

#include "api/ApiRoutes.h"
#include "store/OrderStore.h"

#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "model/RequestValidator.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

WriteDesignRouter::WriteDesignRouter(Design design, ApiRoutes& routes, OrderStore& store)
    : m_design(design)
    , m_routes(routes)
    , m_store(store)
{}

HttpResponse WriteDesignRouter::handle(const HttpRequest& request)
{
    static const QRegularExpression orderPath(u"^/api/v1/orders/(\\d+)$"_s);
    if (m_design == Design::Guarded || request.method != "PATCH")
        return m_routes.handle(request);
    const QRegularExpressionMatch match = orderPath.match(request.path);
    if (!match.hasMatch())
        return m_routes.handle(request);
    return m_routes.handle(rewritten(request, match.captured(1).toLongLong()));
}

HttpRequest WriteDesignRouter::rewritten(const HttpRequest& request, qint64 orderId)
{
    // Anything the real route would refuse (no order, bad JSON, ...) passes unchanged. The
    // server is single-threaded, so nothing runs between this read and the route's write.
    Result<std::optional<OrderRecord>> stored = m_store.order(orderId);
    Result<QJsonObject> body = JsonDecoder::parseObject(request.body);
    if (!stored.ok() || !stored.value() || !body.ok() || !body->value(u"items"_s).isArray())
        return request;
    const Order& current = stored.value()->order;

    QJsonObject object = body.value();
    object.insert(u"expected_version"_s, current.version);
    if (m_design == Design::Pessimistic) {
        QJsonArray merged = JsonCodec::toJson(current.items);
        for (const QJsonValue& line : object.value(u"items"_s).toArray()) {
            const QString lineId =
                RequestValidator::canonicalLineId(line.toObject().value(u"line_id"_s).toString());
            if (!current.findLine(lineId))
                merged.append(line);
        }
        object.insert(u"items"_s, merged);
    }
    HttpRequest changed = request;
    changed.body = JsonCodec::encode(object);
    changed.headers.removeIf([](const QPair<QByteArray, QByteArray>& header) {
        return header.first.compare("If-Match", Qt::CaseInsensitive) == 0;
    });
    return changed;
}
