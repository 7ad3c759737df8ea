#pragma once

class QHttpServerResponder;

// Qt 6.8 and newer hand each request with a responder, which may be moved out to answer
// later; missingHandler() takes it by reference.
namespace QtHttpServerApi {
using RequestConnection = QHttpServerResponder&;
using MissingConnection = QHttpServerResponder&;
} // namespace QtHttpServerApi
