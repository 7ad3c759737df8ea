#include "HttpServerAdapter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

#include <utility>

// Qt 6.4: requests come with their socket, so an answer can wait for the gate.

bool HttpServerAdapter::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Qt 6.4 upgrades when this returns true having written nothing, and passes the request
    // to missingHandler() when it returns false.
    const HttpRequest plain = neutral(request);
    if (isUpgrade(plain))
        return !m_upgradeVerifier(plain);
    Answer reply = answer(plain);
    sendOrHold(makeResponder(request, socket), QPointer<QTcpSocket>(socket), std::move(reply));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    answerMissing(neutral(request), makeResponder(request, socket), QPointer<QTcpSocket>(socket));
}

void HttpServerAdapter::verifyUpgradesInQt()
{
    // Qt 6.4 has no hook: handleRequest() asks the verifier.
}
