#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <any>

// A request as the routes see it, independent of the HTTP library underneath.
struct HttpRequest
{
    QByteArray method; // upper case, "GET"
    QString path;      // without the query string
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // What the HTTP thread read from the body ahead of the handler (HttpServerAdapter::
    // setReadAhead), or nothing; the handler knows what to look for.
    std::any readAhead;

    // The first header of that name, compared without regard to case.
    QByteArray header(QByteArrayView name) const;
};
