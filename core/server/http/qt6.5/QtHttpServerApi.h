#pragma once

class QHttpServerResponder;

// Qt 6.5 to 6.7 hand each request with a responder, which may be moved out to answer later;
// missingHandler() takes it by rvalue reference.
namespace QtHttpServerApi {
using RequestConnection = QHttpServerResponder&;
using MissingConnection = QHttpServerResponder&&;
} // namespace QtHttpServerApi
