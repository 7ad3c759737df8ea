#include "client/ApiClient.h"
#include "client/CertificatePin.h"
#include "client/LiveUpdates.h"
#include "client/SyncEngine.h"

#include "ResultCheck.h"
#include "ServerFixture.h"
#include "TestCertificate.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T> class Outcome
{
public:
    ApiClient::Callback<T> callback()
    {
        return [this](Result<T> result) { m_result.emplace(std::move(result)); };
    }
    bool arrived() const { return m_result.has_value(); }
    const Result<T>& result() const { return *m_result; }

private:
    std::optional<Result<T>> m_result;
};

constexpr int waitMs = 10000;

QString fingerprintOfFile(const QString& path)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path);
    return certificates.isEmpty() ? QString() : CertificatePin::fingerprintOf(certificates.first());
}

} // namespace

// The tablet's client code against a VenueServer serving HTTPS/WSS on loopback with a
// certificate made by openssl at test time: trusted by its pinned SHA-256 fingerprint only.
class tst_CertificatePin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (TestCertificate::openssl().isEmpty())
            QFAIL("openssl is not installed (Debian package openssl; ./tablesync.sh test installs "
                  "it): these tests make their certificates with it");
        QVERIFY(QSslSocket::supportsSsl());
        m_served = TestCertificate::make(m_directory.filePath(u"served"_s));
        QVERIFY2(m_served.error.isEmpty(), qPrintable(m_served.error));
        m_other = TestCertificate::make(m_directory.filePath(u"other"_s));
        QVERIFY2(m_other.error.isEmpty(), qPrintable(m_other.error));
        m_servedFingerprint = fingerprintOfFile(m_served.certificateFile);
        m_otherFingerprint = fingerprintOfFile(m_other.certificateFile);
        QCOMPARE(m_servedFingerprint.size(), 32 * 3 - 1);
        QVERIFY(m_servedFingerprint != m_otherFingerprint);
    }

    void init()
    {
        m_fixture = std::make_unique<ServerFixture>();
        m_fixture->options().tlsCertificateFile = m_served.certificateFile;
        m_fixture->options().tlsKeyFile = m_served.keyFile;
        QVERIFY_OK(m_fixture->start());
        m_url = QUrl(u"https://127.0.0.1:%1"_s.arg(m_fixture->port()));
    }

    void cleanup() { m_fixture.reset(); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString hex = u"00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF"_s;
        QTest::newRow("plain hex") << hex << true;
        QTest::newRow("colons") << QString::fromLatin1(
                                       QByteArray::fromHex(hex.toLatin1()).toHex(':'))
                                << true;
        QTest::newRow("openssl output") << u"sha256 Fingerprint="_s + hex << true;
        QTest::newRow("too short") << hex.left(62) << false;
        QTest::newRow("not hex") << hex.left(63) + u'g' << false;
        QTest::newRow("empty") << QString() << false;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const std::optional<QString> parsed = CertificatePin::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, u"00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                              "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF"_s);
    }

    // The one decision every connection uses; `errors` empty means some CA vouched for the peer.
    void judge_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("systemTrusts");
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("pinned, self-signed") << u"served"_s << false << true << ErrorCode::Unknown;
        QTest::newRow("other pinned, self-signed")
            << u"other"_s << false << false << ErrorCode::CertificateChanged;
        QTest::newRow("none pinned, self-signed")
            << QString() << false << false << ErrorCode::CertificateUnconfirmed;
        QTest::newRow("pinned, CA-signed") << u"served"_s << true << true << ErrorCode::Unknown;
        QTest::newRow("other pinned, CA-signed")
            << u"other"_s << true << false << ErrorCode::CertificateChanged;
        QTest::newRow("none pinned, CA-signed") << QString() << true << true << ErrorCode::Unknown;
    }

    void judge()
    {
        QFETCH(QString, pin);
        QFETCH(bool, systemTrusts);
        QFETCH(bool, trusted);
        QFETCH(ErrorCode, code);
        const QSslCertificate served = QSslCertificate::fromPath(m_served.certificateFile).first();
        const CertificatePin pinned(pin.isEmpty()        ? QString()
                                    : pin == "served"_L1 ? m_servedFingerprint
                                                         : m_otherFingerprint);
        const QList<QSslError> errors =
            systemTrusts ? QList<QSslError>{}
                         : QList<QSslError>{QSslError(QSslError::SelfSignedCertificate, served)};
        // Before the handshake ends the peer may not be known yet: the errors name it.
        const CertificatePin::Verdict verdict = pinned.judge(QSslCertificate(), errors);
        const CertificatePin::Verdict withPeer = pinned.judge(served, errors);
        if (!systemTrusts)
            QCOMPARE(verdict.trusted, trusted);
        QCOMPARE(withPeer.trusted, trusted);
        QCOMPARE(withPeer.code, code);
        QCOMPARE(withPeer.fingerprint, m_servedFingerprint);
    }

    void rightPinLogsInAndReads()
    {
        ApiClient client;
        client.setServerUrl(m_url);
        client.setPinnedCertificate(m_servedFingerprint.toLower().remove(u':'));
        Outcome<LoginReply> login;
        client.login({u"ayse"_s, u"1111"_s}, login.callback());
        QTRY_VERIFY_WITH_TIMEOUT(login.arrived(), waitMs);
        QVERIFY_OK(login.result());
        client.setToken(login.result()->token);
        Outcome<QList<Table>> tables;
        client.tables(tables.callback());
        QTRY_VERIFY_WITH_TIMEOUT(tables.arrived(), waitMs);
        QVERIFY_OK(tables.result());
        QCOMPARE(tables.result()->size(), 60);
    }

    void wrongPinIsRefused()
    {
        ApiClient client;
        client.setServerUrl(m_url);
        client.setPinnedCertificate(m_otherFingerprint);
        QSignalSpy unconfirmed(&client, &ApiClient::certificateUnconfirmed);
        Outcome<LoginReply> login;
        client.login({u"ayse"_s, u"1111"_s}, login.callback());
        QTRY_VERIFY_WITH_TIMEOUT(login.arrived(), waitMs);
        QVERIFY(!login.result().ok());
        QCOMPARE(login.result().error().code, ErrorCode::CertificateChanged);
        QVERIFY2(login.result().error().message.startsWith(u"The server's certificate changed"_s),
                 qPrintable(login.result().error().message));
        QVERIFY(login.result().error().message.contains(m_servedFingerprint));
        QVERIFY(!ApiClient::isUnreachable(login.result().error()));
        QCOMPARE(unconfirmed.count(), 0);
    }

    void unpinnedServerAsksForConfirmation()
    {
        ApiClient client;
        client.setServerUrl(m_url);
        QSignalSpy unconfirmed(&client, &ApiClient::certificateUnconfirmed);
        Outcome<Health> health;
        client.health(health.callback());
        QTRY_VERIFY_WITH_TIMEOUT(health.arrived(), waitMs);
        QVERIFY(!health.result().ok());
        QCOMPARE(health.result().error().code, ErrorCode::CertificateUnconfirmed);
        QCOMPARE(unconfirmed.count(), 1);
        QCOMPARE(unconfirmed.at(0).at(0).toString(), m_servedFingerprint);
    }

    void streamWithPinReceivesMessage()
    {
        ApiClient client;
        client.setServerUrl(m_url);
        client.setPinnedCertificate(m_servedFingerprint);
        Outcome<LoginReply> login;
        client.login({u"mehmet"_s, u"2222"_s}, login.callback());
        QTRY_VERIFY_WITH_TIMEOUT(login.arrived(), waitMs);
        QVERIFY_OK(login.result());
        client.setToken(login.result()->token);

        LiveUpdates live(client);
        QCOMPARE(live.streamUrl().scheme(), u"wss"_s);
        QSignalSpy moved(&live, &LiveUpdates::orderMoved);
        QSignalSpy refused(&live, &LiveUpdates::certificateRefused);
        live.start();
        QTRY_VERIFY_WITH_TIMEOUT(live.isConnected(), waitMs);

        Outcome<QList<Table>> tables;
        client.tables(tables.callback());
        QTRY_VERIFY_WITH_TIMEOUT(tables.arrived(), waitMs);
        QVERIFY_OK(tables.result());
        const Table table = tables.result()->first();
        Outcome<MenuReply> menu;
        client.venueMenu({}, menu.callback());
        QTRY_VERIFY_WITH_TIMEOUT(menu.arrived(), waitMs);
        QVERIFY_OK(menu.result());
        Outcome<PatchReply> patched;
        client.patchOrder(table.orderId, table.version,
                          {ServerFixture::newLine(menu.result()->items.first().id)},
                          patched.callback());
        QTRY_VERIFY_WITH_TIMEOUT(patched.arrived(), waitMs);
        QVERIFY_OK(patched.result());

        QTRY_VERIFY_WITH_TIMEOUT(!moved.isEmpty(), waitMs);
        QCOMPARE(moved.first().at(0).toLongLong(), table.orderId);
        QCOMPARE(moved.first().at(2).toLongLong(), table.version + 1);
        QCOMPARE(refused.count(), 0);
    }

    void streamWithWrongPinIsRefused()
    {
        Result<QByteArray> token = loginToken();
        QVERIFY_OK(token);
        ApiClient client;
        client.setServerUrl(m_url);
        client.setPinnedCertificate(m_otherFingerprint);
        client.setToken(QString::fromUtf8(token.value()));
        streamIsRefused(client);
    }

    // A certificate the system trusts (here: added as a CA) passes without sslErrors; with
    // another one pinned it is refused all the same, by the requests, the polls and the stream.
    void trustedButNotPinnedIsRefusedEverywhere()
    {
        const TestCertificate trusted = TestCertificate::make(
            m_directory.filePath(u"trusted"_s), {u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY2(trusted.error.isEmpty(), qPrintable(trusted.error));
        m_fixture = std::make_unique<ServerFixture>();
        m_fixture->options().tlsCertificateFile = trusted.certificateFile;
        m_fixture->options().tlsKeyFile = trusted.keyFile;
        QVERIFY_OK(m_fixture->start());
        m_url = QUrl(u"https://127.0.0.1:%1"_s.arg(m_fixture->port()));
        const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
        const auto restore =
            qScopeGuard([before] { QSslConfiguration::setDefaultConfiguration(before); });
        QSslConfiguration withCa = before;
        withCa.addCaCertificates(QSslCertificate::fromPath(trusted.certificateFile));
        QSslConfiguration::setDefaultConfiguration(withCa);

        // Nothing pinned: the system's trust is enough (so the refusals below are the pin's).
        ApiClient unpinned;
        unpinned.setServerUrl(m_url);
        Outcome<LoginReply> login;
        unpinned.login({u"ayse"_s, u"1111"_s}, login.callback());
        QTRY_VERIFY_WITH_TIMEOUT(login.arrived(), waitMs);
        QVERIFY_OK(login.result());

        ApiClient pinned;
        pinned.setServerUrl(m_url);
        pinned.setPinnedCertificate(m_otherFingerprint);
        pinned.setToken(login.result()->token);
        Outcome<QList<Table>> tables;
        pinned.tables(tables.callback());
        QTRY_VERIFY_WITH_TIMEOUT(tables.arrived(), waitMs);
        QVERIFY(!tables.result().ok());
        QCOMPARE(tables.result().error().code, ErrorCode::CertificateChanged);
        Outcome<std::optional<Order>> polled;
        pinned.pollOrder(1, 1, polled.callback());
        QTRY_VERIFY_WITH_TIMEOUT(polled.arrived(), waitMs);
        QVERIFY(!polled.result().ok());
        QCOMPARE(polled.result().error().code, ErrorCode::CertificateChanged);

        streamIsRefused(pinned);
    }

    void engineAsksThenTrustsConfirmedCertificate()
    {
        SyncEngine engine(m_directory.filePath(u"tablet-%1.sqlite"_s.arg(++m_tablets)));
        QVERIFY_OK(engine.open());
        engine.setServerUrl(m_url);
        QSignalSpy asked(&engine, &SyncEngine::certificateConfirmationNeeded);
        QSignalSpy failed(&engine, &SyncEngine::loginFailed);
        QSignalSpy loggedIn(&engine, &SyncEngine::loggedIn);
        engine.login(u"ayse"_s, u"1111"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), waitMs);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).toString(), m_servedFingerprint);
        QCOMPARE(loggedIn.count(), 0);

        engine.setPinnedCertificate(asked.first().at(0).toString());
        QCOMPARE(engine.pinnedCertificate(), m_servedFingerprint);
        engine.login(u"ayse"_s, u"1111"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!loggedIn.isEmpty(), waitMs);
        QCOMPARE(asked.count(), 1);
    }

    void bodyCapStillHoldsOverTls()
    {
        QSslSocket socket;
        connect(&socket, &QSslSocket::sslErrors, &socket,
                [&socket](const QList<QSslError>& e) { socket.ignoreSslErrors(e); });
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_fixture->port());
        // The server runs on this thread: wait with the event loop, not waitForEncrypted().
        QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), waitMs);
        QCOMPARE(CertificatePin::fingerprintOf(socket.peerCertificate()), m_servedFingerprint);
        socket.write("PATCH /api/v1/orders/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n");
        QByteArray reply;
        QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll()).contains("\r\n\r\n"), waitMs);
        QVERIFY2(reply.startsWith("HTTP/1.1 413"), reply.constData());
    }

private:
    // The stream over `client` (pinned to another certificate) never connects.
    static void streamIsRefused(ApiClient& client)
    {
        LiveUpdates live(client);
        constexpr int retryMs = 100;
        live.setRetry(retryMs / 2, retryMs);
        QSignalSpy refused(&live, &LiveUpdates::certificateRefused);
        QSignalSpy connected(&live, &LiveUpdates::connectedChanged);
        live.start();
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), waitMs);
        const auto refusal = refused.first().at(0).value<ApiError>();
        QCOMPARE(refusal.code, ErrorCode::CertificateChanged);
        QVERIFY(!refusal.field.isEmpty()); // the fingerprint shown, for the manager to compare
        // Retries go on (a replaced certificate may be put back) but are not reported again:
        // time must pass for several retries, and a second report ends the wait at once.
        QVERIFY(!refused.wait(5 * retryMs));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!live.isConnected());
        QCOMPARE(connected.count(), 0);
    }

    Result<QByteArray> loginToken()
    {
        ApiClient client;
        client.setServerUrl(m_url);
        client.setPinnedCertificate(m_servedFingerprint);
        Outcome<LoginReply> login;
        client.login({u"elif"_s, u"3333"_s}, login.callback());
        if (!QTest::qWaitFor([&login] { return login.arrived(); }, waitMs))
            return ApiError{ErrorCode::HarnessFailed, u"no login reply"_s, {}};
        if (!login.result())
            return login.result().error();
        return login.result()->token.toUtf8();
    }

    QTemporaryDir m_directory;
    TestCertificate m_served;
    TestCertificate m_other;
    QString m_servedFingerprint;
    QString m_otherFingerprint;
    std::unique_ptr<ServerFixture> m_fixture;
    QUrl m_url;
    int m_tablets = 0;
};

QTEST_MAIN(tst_CertificatePin)
#include "tst_certificatepin.moc"
