#include "QtHttpHeaders.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

// Qt 6.4 to 6.7: headers are a list of pairs, and the responder writes them one by one.

QList<QPair<QByteArray, QByteArray>> QtHttpHeaders::read(const QHttpServerRequest& request)
{
    return request.headers();
}

void QtHttpHeaders::write(QHttpServerResponder& responder, const HttpResponse& response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    if (response.hasBody())
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.hasBody() ? response.body : QByteArray());
}
