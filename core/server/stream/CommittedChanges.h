#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include "model/ApiMessages.h"

#include <QList>

// What an answered request committed, read from the request and its reply: the orders that
// moved to a new version. The routes stay unaware of the stream; a write that changed nothing
// (a PATCH with the stored list) moves nothing.
class CommittedChanges
{
public:
    static QList<StreamMessage> of(const HttpRequest& request, const HttpResponse& response);
};
