#include "QtHttpHeaders.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

// Qt 6.8 and newer: headers are a QHttpHeaders, written with the body in one call.

QList<QPair<QByteArray, QByteArray>> QtHttpHeaders::read(const QHttpServerRequest& request)
{
    const QHttpHeaders headers = request.headers();
    QList<QPair<QByteArray, QByteArray>> pairs;
    pairs.reserve(headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        pairs.append({QByteArray(name.data(), name.size()), headers.valueAt(i).toByteArray()});
    }
    return pairs;
}

void QtHttpHeaders::write(QHttpServerResponder& responder, const HttpResponse& response)
{
    QHttpHeaders headers;
    for (const auto& [name, value] : response.headers)
        headers.append(name, value);
    responder.write(response.body, headers,
                    static_cast<QHttpServerResponder::StatusCode>(response.status));
}
