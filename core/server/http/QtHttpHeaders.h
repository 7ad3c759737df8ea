#pragma once

#include "HttpResponse.h"

#include <QByteArray>
#include <QList>
#include <QPair>

class QHttpServerRequest;
class QHttpServerResponder;

// Headers in and out of Qt HttpServer, whose header type changed in Qt 6.8: CMake compiles the
// QtHttpHeaders.cpp of qt6.4/ (before 6.8) or qt6.8/.
namespace QtHttpHeaders {

// The request's headers in the order they arrived.
QList<QPair<QByteArray, QByteArray>> read(const QHttpServerRequest& request);
// Writes the status line, the headers (with Content-Length) and the body.
void write(QHttpServerResponder& responder, const HttpResponse& response);

} // namespace QtHttpHeaders
