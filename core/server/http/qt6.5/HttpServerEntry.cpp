#include "HttpServerAdapter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

// Qt 6.5 to 6.7: a responder moved out of the call is Qt's own way to answer later; the
// connection reads no further request and stays alive until that responder is gone.

bool HttpServerAdapter::handleRequest(const QHttpServerRequest& request,
                                      QHttpServerResponder& responder)
{
    // Qt upgrades when this returns true having written nothing, and passes the request to
    // missingHandler() when it returns false.
    const HttpRequest plain = neutral(request);
    if (isUpgrade(plain))
        return !m_upgradeVerifier(plain);
    Answer reply = answer(plain);
    sendOrHold(std::move(responder), std::nullopt, std::move(reply));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest& request,
                                       QHttpServerResponder&& responder)
{
    answerMissing(neutral(request), std::move(responder), std::nullopt);
}

void HttpServerAdapter::verifyUpgradesInQt()
{
    // Qt 6.5 to 6.7 have no hook: handleRequest() asks the verifier.
}
