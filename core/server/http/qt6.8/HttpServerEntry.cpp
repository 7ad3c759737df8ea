#include "HttpFrontEnd.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerWebSocketUpgradeResponse>

// Qt 6.8 and newer: a responder moved out of the call is Qt's own way to answer later; the
// connection reads no further request and stays alive until that responder is gone. Qt asks
// the verifier itself before it upgrades.

bool HttpFrontEnd::handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    relay(neutral(request), std::move(responder), std::nullopt);
    return true;
}

void HttpFrontEnd::missingHandler(const QHttpServerRequest& request,
                                  QHttpServerResponder& responder)
{
    relayMissing(neutral(request), std::move(responder), std::nullopt);
}

void HttpFrontEnd::verifyUpgradesInQt()
{
    addWebSocketUpgradeVerifier(this, [this](const QHttpServerRequest& request) {
        const HttpRequest upgrade = neutral(request);
        std::optional<HttpResponse> verdict = verifyUpgrade(upgrade);
        if (!verdict)
            return QHttpServerWebSocketUpgradeResponse::accept();
        const HttpResponse refusal = refuseUpgrade(upgrade, std::move(verdict));
        return QHttpServerWebSocketUpgradeResponse::deny(refusal.status, refusal.body);
    });
}
