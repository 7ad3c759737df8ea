#pragma once

class QHttpServerResponder;

// Qt 6.8 and newer hand each request with a responder that must answer before the call
// returns; missingHandler() takes it by reference.
namespace QtHttpServerApi {
using RequestConnection = QHttpServerResponder&;
using MissingConnection = QHttpServerResponder&;
} // namespace QtHttpServerApi
