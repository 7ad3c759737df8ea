#include "ResultCheck.h"
#include "ServerFixture.h"

#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

// A slow or idle client cannot hold the server: idle and stalled connections are closed after
// the idle timeout, and more connections than the cap leave it answering (issue 3, HTTP layer).
class TestConnectionLimits : public QObject
{
    Q_OBJECT

private slots:
    void idleConnectionIsClosed_data();
    void idleConnectionIsClosed();
    void manyIdleConnections();
};

namespace {

constexpr int idleTimeoutMs = 400;

} // namespace

void TestConnectionLimits::idleConnectionIsClosed_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<bool>("answered");

    QTest::newRow("nothing sent") << QByteArray() << false;
    QTest::newRow("headers stalled")
        << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: 127") << false;
    QTest::newRow("body stalled")
        << QByteArray("POST /api/v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                      "application/json\r\nContent-Length: 100\r\n\r\n{\"staff\"")
        << false;
    QTest::newRow("keep-alive after a reply")
        << QByteArray(
               "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n")
        << true;
}

void TestConnectionLimits::idleConnectionIsClosed()
{
    QFETCH(QByteArray, sent);
    QFETCH(bool, answered);

    ServerFixture fixture;
    fixture.options().idleTimeoutMs = idleTimeoutMs;
    QVERIFY_OK(fixture.start(false));
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, fixture.port());
    QVERIFY(socket.waitForConnected(5000));
    if (!sent.isEmpty())
        socket.write(sent);
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState,
                             10 * idleTimeoutMs);
    QVERIFY2(timer.elapsed() < 10 * idleTimeoutMs, qPrintable(QString::number(timer.elapsed())));
    if (answered)
        QVERIFY2(received.startsWith("HTTP/1.1 200"), received.constData());

    const HttpReply health = fixture.http().get(u"/api/v1/health"_s);
    QVERIFY2(health.status == 200, health.describe().constData());
}

void TestConnectionLimits::manyIdleConnections()
{
    ServerFixture fixture;
    fixture.options().idleTimeoutMs = idleTimeoutMs;
    fixture.options().maxConnections = 8;
    QVERIFY_OK(fixture.start(false));

    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 40; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, fixture.port());
        socket->write("GET /api/v1/health HTTP/1.1\r\nHo");
        sockets.push_back(std::move(socket));
    }
    // Whatever the server did with the surplus, after the idle timeout it answers again.
    QTRY_VERIFY_WITH_TIMEOUT(fixture.http().get(u"/api/v1/health"_s).status == 200,
                             10 * idleTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(sockets.begin(), sockets.end(),
                                         [](const auto& socket) {
                                             return socket->state() ==
                                                    QAbstractSocket::UnconnectedState;
                                         }),
                             10 * idleTimeoutMs);
}

QTEST_GUILESS_MAIN(TestConnectionLimits)
#include "tst_connectionlimits.moc"
