#include "HttpServerAdapter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerWebSocketUpgradeResponse>

// Qt 6.8 and newer: a responder moved out of the call is Qt's own way to answer later; the
// connection reads no further request and stays alive until that responder is gone. Qt asks
// the verifier itself before it upgrades.

bool HttpServerAdapter::handleRequest(const QHttpServerRequest& request,
                                      QHttpServerResponder& responder)
{
    Answer reply = answer(neutral(request));
    sendOrHold(std::move(responder), std::nullopt, std::move(reply));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest& request,
                                       QHttpServerResponder& responder)
{
    answerMissing(neutral(request), std::move(responder), std::nullopt);
}

void HttpServerAdapter::verifyUpgradesInQt()
{
    addWebSocketUpgradeVerifier(this, [this](const QHttpServerRequest& request) {
        const HttpRequest upgrade = neutral(request);
        if (!m_upgradeVerifier(upgrade))
            return QHttpServerWebSocketUpgradeResponse::accept();
        const HttpResponse refusal = refuseUpgrade(upgrade);
        return QHttpServerWebSocketUpgradeResponse::deny(refusal.status, refusal.body);
    });
}
