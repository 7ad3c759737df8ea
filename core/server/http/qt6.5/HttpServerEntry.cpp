#include "HttpServerAdapter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

// Qt 6.5 to 6.7: the responder cannot be kept, so the gate opens before each answer.

bool HttpServerAdapter::handleRequest(const QHttpServerRequest& request,
                                      QHttpServerResponder& responder)
{
    // Qt upgrades when this returns true having written nothing, and passes the request to
    // missingHandler() when it returns false.
    const HttpRequest plain = neutral(request);
    if (isUpgrade(plain))
        return !m_upgradeVerifier(plain);
    sendCommitted(responder, answer(plain));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest& request,
                                       QHttpServerResponder&& responder)
{
    answerMissing(neutral(request), responder);
}

void HttpServerAdapter::verifyUpgradesInQt()
{
    // Qt 6.5 to 6.7 have no hook: handleRequest() asks the verifier.
}
