#pragma once

class QTcpSocket;

// Qt 6.4 hands each request to QAbstractHttpServer with its socket; a responder made from it
// may be kept until the answer is ready.
namespace QtHttpServerApi {
using RequestConnection = QTcpSocket*;
using MissingConnection = QTcpSocket*;
} // namespace QtHttpServerApi
