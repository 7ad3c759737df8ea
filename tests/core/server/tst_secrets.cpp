#include "ResultCheck.h"
#include "ServerFixture.h"
#include "TablesyncdProcess.h"

#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

// Secrets (issue 8): the PIN work factor is the venue's, a reset PIN ends the member's
// sessions, and neither PINs nor tokens reach tablesyncd's log.
class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void workFactorPerVenue();
    void badWorkFactor_data();
    void badWorkFactor();
    void resetPinRevokesTokens();
    void resetPinOfUnknownStaff();
    void nothingSecretInTheLog();
};

namespace {

using Run = TablesyncdProcess::Finished;

Run tablesyncd(const QString& database, const QStringList& arguments)
{
    return TablesyncdProcess::run(QStringList{u"--db"_s, database} + arguments);
}

// The stored PIN hash of a member, read straight from the SQLite file.
QString pinHash(const QString& database, const QString& staffId)
{
    QString hash;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT pin_hash FROM staff WHERE id = ?"_s);
            query.addBindValue(staffId);
            if (query.exec() && query.next())
                hash = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return hash;
}

int loginStatus(ServerFixture& fixture, const QString& staffId, const QString& pin)
{
    return fixture.http()
        .sendJson("POST", u"/api/v1/login"_s, QJsonObject{{u"staff"_s, staffId}, {u"pin"_s, pin}})
        .status;
}

} // namespace

// New and reset PINs take the venue's work factor; hashes already stored keep their own.
void TestSecrets::workFactorPerVenue()
{
    ServerFixture fixture;
    QVERIFY_OK(fixture.start());
    const QString database = fixture.databasePath();
    QVERIFY(pinHash(database, u"ayse"_s).startsWith("pbkdf2-sha256$10000$"_L1));

    const Run set =
        tablesyncd(database, {u"settings"_s, u"set"_s, u"--pin-iterations"_s, u"20000"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const Run added =
        tablesyncd(database, {u"staff"_s, u"add"_s, u"--id"_s, u"ali"_s, u"--name"_s, u"Ali"_s,
                              u"--role"_s, u"waiter"_s, u"--pin"_s, u"4321"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(pinHash(database, u"ali"_s).startsWith("pbkdf2-sha256$20000$"_L1),
             qPrintable(pinHash(database, u"ali"_s)));
    QVERIFY(pinHash(database, u"ayse"_s).startsWith("pbkdf2-sha256$10000$"_L1));
    QCOMPARE(loginStatus(fixture, u"ali"_s, u"4321"_s), 200);
    QCOMPARE(loginStatus(fixture, u"ayse"_s, u"1111"_s), 200);

    const Run reset = tablesyncd(
        database, {u"staff"_s, u"reset-pin"_s, u"--id"_s, u"ayse"_s, u"--pin"_s, u"1212"_s});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    QVERIFY(pinHash(database, u"ayse"_s).startsWith("pbkdf2-sha256$20000$"_L1));
}

void TestSecrets::badWorkFactor_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("too few") << QStringList{u"--pin-iterations"_s, u"10"_s};
    QTest::newRow("not a number") << QStringList{u"--pin-iterations"_s, u"many"_s};
    QTest::newRow("missing") << QStringList{};
}

void TestSecrets::badWorkFactor()
{
    QFETCH(QStringList, arguments);
    ServerFixture fixture;
    const Run set = tablesyncd(fixture.temporaryPath(u"venue.sqlite"_s),
                               QStringList{u"settings"_s, u"set"_s} + arguments);
    QCOMPARE(set.exitCode, 2);
    QVERIFY(set.err.contains(u"--pin-iterations"_s));
}

void TestSecrets::resetPinRevokesTokens()
{
    ServerFixture fixture;
    QVERIFY_OK(fixture.start());
    const Result<QByteArray> ayse = fixture.token(u"ayse"_s);
    QVERIFY_OK(ayse);
    const Result<QByteArray> mehmet = fixture.token(u"mehmet"_s);
    QVERIFY_OK(mehmet);
    // The server has seen the token work, and must not go on trusting what it saw.
    QCOMPARE(fixture.http().get(u"/api/v1/tables"_s, ayse.value()).status, 200);

    const Run reset = tablesyncd(fixture.databasePath(), {u"staff"_s, u"reset-pin"_s, u"--id"_s,
                                                          u"ayse"_s, u"--pin"_s, u"5678"_s});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    QCOMPARE(fixture.http().get(u"/api/v1/tables"_s, ayse.value()).status, 401);
    QCOMPARE(fixture.http().get(u"/api/v1/tables"_s, mehmet.value()).status, 200);
    QCOMPARE(loginStatus(fixture, u"ayse"_s, u"1111"_s), 401);
    QCOMPARE(loginStatus(fixture, u"ayse"_s, u"5678"_s), 200);
}

void TestSecrets::resetPinOfUnknownStaff()
{
    ServerFixture fixture;
    QVERIFY_OK(fixture.start());
    const Run unknown = tablesyncd(fixture.databasePath(), {u"staff"_s, u"reset-pin"_s, u"--id"_s,
                                                            u"nobody"_s, u"--pin"_s, u"5678"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"nobody"_s));
    const Run badPin = tablesyncd(fixture.databasePath(), {u"staff"_s, u"reset-pin"_s, u"--id"_s,
                                                           u"ayse"_s, u"--pin"_s, u"12"_s});
    QCOMPARE(badPin.exitCode, 1);
    const Run noPin =
        tablesyncd(fixture.databasePath(), {u"staff"_s, u"reset-pin"_s, u"--id"_s, u"ayse"_s});
    QCOMPARE(noPin.exitCode, 2);
}

// A login, a wrong PIN, a read, the stream with ?token= and a logout: the log shows each
// request, and neither the token nor a PIN.
void TestSecrets::nothingSecretInTheLog()
{
    ServerFixture fixture; // for its temporary folder and HTTP client
    TablesyncdProcess server;
    const Result<QUrl> started =
        server.start({u"--db"_s, fixture.temporaryPath(u"logged.sqlite"_s), u"--seed-demo"_s});
    QVERIFY_OK(started);
    const quint16 port = server.port();

    HttpTestClient http(started.value());
    const QString wrongPin = u"86420"_s;
    const HttpReply login = http.sendJson(
        "POST", u"/api/v1/login"_s, QJsonObject{{u"staff"_s, u"ayse"_s}, {u"pin"_s, u"1111"_s}});
    QVERIFY2(login.status == 200, login.describe().constData());
    const QByteArray token = login.json().value(u"token"_s).toString().toUtf8();
    QVERIFY(token.size() > 20);
    QCOMPARE(http.sendJson("POST", u"/api/v1/login"_s,
                           QJsonObject{{u"staff"_s, u"mehmet"_s}, {u"pin"_s, wrongPin}})
                 .status,
             401);
    QCOMPARE(http.get(u"/api/v1/tables?token="_s + QString::fromLatin1(token), token).status, 200);

    QWebSocket stream;
    stream.open(QUrl(
        u"ws://127.0.0.1:%1/api/v1/stream?token=%2"_s.arg(port).arg(QString::fromLatin1(token))));
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), QAbstractSocket::ConnectedState, 10000);
    stream.close();
    QCOMPARE(http.send("POST", u"/api/v1/logout"_s, {}, {HttpTestClient::bearer(token)}).status,
             204);

    QCOMPARE(server.stop(), 0);
    const QByteArray log = server.log();
    QVERIFY2(log.contains("POST /api/v1/login 200"), log.constData());
    QVERIFY2(log.contains("POST /api/v1/login 401"), log.constData());
    QVERIFY2(log.contains("GET /api/v1/stream 101"), log.constData());
    QVERIFY2(log.contains("POST /api/v1/logout 204"), log.constData());
    QVERIFY2(!log.contains(token.left(12)), log.constData());
    QVERIFY2(!log.contains("1111"), log.constData());
    QVERIFY2(!log.contains(wrongPin.toLatin1()), log.constData());
    QVERIFY2(!log.contains("token="), log.constData());
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
