#include "HttpServerAdapter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerWebSocketUpgradeResponse>

// Qt 6.8 and newer: the responder cannot be kept, so the gate opens before each answer; Qt
// asks the verifier itself before it upgrades.

bool HttpServerAdapter::handleRequest(const QHttpServerRequest& request,
                                      QHttpServerResponder& responder)
{
    sendCommitted(responder, answer(neutral(request)));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest& request,
                                       QHttpServerResponder& responder)
{
    answerMissing(neutral(request), responder);
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
