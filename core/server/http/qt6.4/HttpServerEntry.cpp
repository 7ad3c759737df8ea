#include "HttpFrontEnd.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

#include <utility>

// Qt 6.4: requests come with their socket, so an answer can wait for the gate.

bool HttpFrontEnd::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Qt 6.4 upgrades when this returns true having written nothing, and passes the request
    // to missingHandler() when it returns false.
    HttpRequest plain = neutral(request);
    if (isUpgrade(plain)) {
        m_refusal = verifyUpgrade(plain);
        return !m_refusal;
    }
    relay(std::move(plain), makeResponder(request, socket), QPointer<QTcpSocket>(socket));
    return true;
}

void HttpFrontEnd::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    relayMissing(neutral(request), makeResponder(request, socket), QPointer<QTcpSocket>(socket));
}

void HttpFrontEnd::verifyUpgradesInQt()
{
    // Qt 6.4 has no hook: handleRequest() asks the verifier.
}
