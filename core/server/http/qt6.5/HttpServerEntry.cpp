#include "HttpFrontEnd.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

// Qt 6.5 to 6.7: a responder moved out of the call is Qt's own way to answer later; the
// connection reads no further request and stays alive until that responder is gone.

bool HttpFrontEnd::handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    // Qt upgrades when this returns true having written nothing, and passes the request to
    // missingHandler() when it returns false.
    HttpRequest plain = neutral(request);
    if (isUpgrade(plain)) {
        m_refusal = verifyUpgrade(plain);
        return !m_refusal;
    }
    relay(std::move(plain), std::move(responder), std::nullopt);
    return true;
}

void HttpFrontEnd::missingHandler(const QHttpServerRequest& request,
                                  QHttpServerResponder&& responder)
{
    relayMissing(neutral(request), std::move(responder), std::nullopt);
}

void HttpFrontEnd::verifyUpgradesInQt()
{
    // Qt 6.5 to 6.7 have no hook: handleRequest() asks the verifier.
}
