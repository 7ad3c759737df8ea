#include "http/GuardedTcpServer.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <utility>

using namespace Qt::Literals::StringLiterals;

// What the listening socket does to each connection before the HTTP layer sees it.
class TestGuardedTcpServer : public QObject
{
    Q_OBJECT
private slots:
    void answersLeaveWithoutWaitingForAnAck();
    void aConnectionMovedToAnotherThreadKeepsItsDeadlines();
};

namespace {

ConnectionLimits roomyLimits()
{
    ConnectionLimits limits;
    limits.maxConnections = 8;
    limits.maxConnectionsPerAddress = 8;
    return limits;
}

// A guarded server and one client whose connection it accepted.
struct OneConnection
{
    explicit OneConnection(const ConnectionLimits& limits)
        : server(limits)
    {}
    GuardedTcpServer server;
    QTcpSocket client;
    QTcpSocket* accepted = nullptr;
};

bool accept(OneConnection& connection)
{
    if (!connection.server.listen(QHostAddress::LocalHost))
        return false;
    connection.client.connectToHost(QHostAddress::LocalHost, connection.server.serverPort());
    if (!QTest::qWaitFor([&connection] { return connection.server.hasPendingConnections(); }))
        return false;
    connection.accepted = connection.server.nextPendingConnection();
    return connection.accepted != nullptr;
}

} // namespace

void TestGuardedTcpServer::answersLeaveWithoutWaitingForAnAck()
{
    // Qt writes an answer's head and a large body as two segments; with Nagle's algorithm on,
    // the body waited for the client's delayed ACK (40 ms on Linux): the p99 of every write.
    OneConnection connection(roomyLimits());
    QVERIFY(accept(connection));
    QCOMPARE(connection.accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
}

void TestGuardedTcpServer::aConnectionMovedToAnotherThreadKeepsItsDeadlines()
{
    // An upgraded stream moves to the handler's thread; its guard and the guard's timers go
    // along, or a timer restarted there would only warn and never fire.
    QTest::failOnWarning(QRegularExpression(u"Timers cannot"_s));
    ConnectionLimits limits = roomyLimits();
    limits.idleTimeoutMs = 300;
    limits.requestTimeoutMs = 0; // the idle cut-off alone, which reports to no one
    OneConnection connection(limits);
    QVERIFY(accept(connection));
    QTcpSocket* accepted = connection.accepted;
    // Started after the move: ThreadSanitizer sees that order, not Qt's queue.
    QThread other;
    accepted->setParent(nullptr);
    accepted->moveToThread(&other);
    other.start();
    // The socket ends on its thread, and the thread before its QThread, once only.
    bool ending = false;
    const auto end = [accepted, &other, &ending] {
        if (std::exchange(ending, true))
            return;
        // By name: a functor would be made here and freed over there, unseen by ThreadSanitizer.
        QMetaObject::invokeMethod(accepted, "deleteLater", Qt::QueuedConnection);
        other.quit();
    };
    // Also when a check fails: returning with the thread running would abort the suite.
    const auto stop = qScopeGuard([&end, &other] {
        end();
        other.wait();
    });

    connection.client.write("GET /api/v1/health HTTP/1.1\r\n"); // a head that never ends
    QTRY_COMPARE_WITH_TIMEOUT(connection.client.state(), QAbstractSocket::UnconnectedState, 5000);
    end();
    QVERIFY(other.wait(5000));
}

QTEST_GUILESS_MAIN(TestGuardedTcpServer)
#include "tst_guardedtcpserver.moc"
