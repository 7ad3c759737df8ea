#include "HttpServerAdapter.h"

#include "QtHttpHeaders.h"

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
    sendOrHold(makeResponder(request, socket), socket, std::move(reply));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const HttpRequest plain = neutral(request);
    if (isUpgrade(plain)) {
        QHttpServerResponder responder = makeResponder(request, socket);
        QtHttpHeaders::write(responder, refuseUpgrade(plain));
    } else {
        Answer reply = answer(plain);
        sendOrHold(makeResponder(request, socket), socket, std::move(reply));
    }
}

void HttpServerAdapter::verifyUpgradesInQt()
{
    // Qt 6.4 has no hook: handleRequest() asks the verifier.
}
