#include "http/GuardedTcpServer.h"

#include <QTcpSocket>
#include <QTest>

// What the listening socket does to each connection before the HTTP layer sees it.
class TestGuardedTcpServer : public QObject
{
    Q_OBJECT
private slots:
    void answersLeaveWithoutWaitingForAnAck();
};

namespace {

ConnectionLimits roomyLimits()
{
    ConnectionLimits limits;
    limits.maxConnections = 8;
    limits.maxConnectionsPerAddress = 8;
    return limits;
}

} // namespace

void TestGuardedTcpServer::answersLeaveWithoutWaitingForAnAck()
{
    // Qt writes an answer's head and a large body as two segments; with Nagle's algorithm on,
    // the body waited for the client's delayed ACK (40 ms on Linux): the p99 of every write.
    GuardedTcpServer server(roomyLimits());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket* accepted = server.nextPendingConnection();
    QVERIFY(accepted);
    QCOMPARE(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestGuardedTcpServer)
#include "tst_guardedtcpserver.moc"
