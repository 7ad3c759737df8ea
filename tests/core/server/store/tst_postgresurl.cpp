#include "store/PostgresUrl.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// postgresql:// URLs: which text is one, the parts they name (percent-escapes decoded), the
// libpq options passed on, the refusals, and the displayed form without the password.
class TestPostgresUrl : public QObject
{
    Q_OBJECT

private slots:
    void isPostgres_data();
    void isPostgres();
    void parsesTheParts_data();
    void parsesTheParts();
    void rejectsBadUrls_data();
    void rejectsBadUrls();
    void displayedLeavesOutThePassword_data();
    void displayedLeavesOutThePassword();
    void withDatabaseKeepsTheRest();
};

void TestPostgresUrl::isPostgres_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("postgres");
    QTest::newRow("postgresql") << u"postgresql://u@h/db"_s << true;
    QTest::newRow("postgres") << u"postgres://u@h/db"_s << true;
    QTest::newRow("upper case") << u"PostgreSQL://u@h/db"_s << true;
    QTest::newRow("sqlite file") << u"/var/lib/tablesync/venue.db"_s << false;
    QTest::newRow("relative file") << u"venue.db"_s << false;
    QTest::newRow("file named like one") << u"postgresql.db"_s << false;
    QTest::newRow("other scheme") << u"mysql://u@h/db"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPostgresUrl::isPostgres()
{
    QFETCH(QString, database);
    QFETCH(bool, postgres);
    QCOMPARE(PostgresUrl::isPostgres(database), postgres);
}

void TestPostgresUrl::parsesTheParts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("databaseName");
    QTest::addColumn<QString>("connectOptions");
    QTest::newRow("minimal") << u"postgresql://venue@db.local/tablesync"_s << u"venue"_s
                             << QString() << u"db.local"_s << 5432 << u"tablesync"_s << QString();
    QTest::newRow("everything") << u"postgresql://venue:secret@10.0.0.5:6543/orders"_s << u"venue"_s
                                << u"secret"_s << u"10.0.0.5"_s << 6543 << u"orders"_s << QString();
    QTest::newRow("short scheme") << u"postgres://venue@db/tablesync"_s << u"venue"_s << QString()
                                  << u"db"_s << 5432 << u"tablesync"_s << QString();
    QTest::newRow("escaped user and password")
        << u"postgresql://ven%40ue:p%40ss%2Fw%3Ard%25@db/tablesync"_s << u"ven@ue"_s
        << u"p@ss/w:rd%"_s << u"db"_s << 5432 << u"tablesync"_s << QString();
    QTest::newRow("escaped database name")
        << u"postgresql://venue@db/caf%C3%A9%20bar"_s << u"venue"_s << QString() << u"db"_s << 5432
        << u"café bar"_s << QString();
    QTest::newRow("IPv6 host") << u"postgresql://venue@[::1]:5433/tablesync"_s << u"venue"_s
                               << QString() << u"::1"_s << 5433 << u"tablesync"_s << QString();
    QTest::newRow("options")
        << u"postgresql://venue@db/tablesync?sslmode=require&connect_timeout=5"_s << u"venue"_s
        << QString() << u"db"_s << 5432 << u"tablesync"_s << u"sslmode=require;connect_timeout=5"_s;
    QTest::newRow("escaped option value")
        << u"postgresql://venue@db/tablesync?application_name=bar%20one"_s << u"venue"_s
        << QString() << u"db"_s << 5432 << u"tablesync"_s << u"application_name=bar one"_s;
}

void TestPostgresUrl::parsesTheParts()
{
    QFETCH(QString, url);
    const Result<PostgresUrl> parsed = PostgresUrl::parse(url);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QTEST(parsed->user, "user");
    QTEST(parsed->password, "password");
    QTEST(parsed->host, "host");
    QTEST(parsed->port, "port");
    QTEST(parsed->databaseName, "databaseName");
    QTEST(parsed->connectOptions, "connectOptions");
}

void TestPostgresUrl::rejectsBadUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << QString();
    QTest::newRow("sqlite path") << u"/tmp/venue.db"_s;
    QTest::newRow("other scheme") << u"mysql://venue@db/tablesync"_s;
    QTest::newRow("no user") << u"postgresql://db/tablesync"_s;
    QTest::newRow("no host") << u"postgresql://venue@/tablesync"_s;
    QTest::newRow("no database") << u"postgresql://venue@db"_s;
    QTest::newRow("empty database") << u"postgresql://venue@db/"_s;
    QTest::newRow("database with a slash") << u"postgresql://venue@db/a/b"_s;
    QTest::newRow("port zero") << u"postgresql://venue@db:0/tablesync"_s;
    QTest::newRow("port too large") << u"postgresql://venue@db:70000/tablesync"_s;
    QTest::newRow("port not a number") << u"postgresql://venue@db:pg/tablesync"_s;
    QTest::newRow("space in host") << u"postgresql://venue@d b/tablesync"_s;
    QTest::newRow("bad escape") << u"postgresql://ven%zzue@db/tablesync"_s;
    QTest::newRow("password option") << u"postgresql://venue@db/tablesync?password=secret"_s;
    QTest::newRow("upper-case option") << u"postgresql://venue@db/tablesync?SSLMODE=require"_s;
    QTest::newRow("option with a semicolon")
        << u"postgresql://venue@db/tablesync?options=a%3Bhost%3Devil"_s;
    QTest::newRow("option with a dash") << u"postgresql://venue@db/tablesync?ssl-mode=require"_s;
    QTest::newRow("empty option key") << u"postgresql://venue@db/tablesync?=require"_s;
}

void TestPostgresUrl::rejectsBadUrls()
{
    QFETCH(QString, url);
    const Result<PostgresUrl> parsed = PostgresUrl::parse(url);
    QVERIFY2(!parsed.ok(), parsed.ok() ? qPrintable(parsed->displayed()) : "");
    QVERIFY(!parsed.error().message.contains(u"secret"_s));
}

void TestPostgresUrl::displayedLeavesOutThePassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("displayed");
    QTest::newRow("with password") << u"postgresql://venue:secret@db:6543/tablesync"_s
                                   << u"postgresql://venue@db:6543/tablesync"_s;
    QTest::newRow("default port") << u"postgres://venue@db/tablesync"_s
                                  << u"postgresql://venue@db:5432/tablesync"_s;
    QTest::newRow("options")
        << u"postgresql://venue:secret@db/tablesync?sslmode=require&connect_timeout=5"_s
        << u"postgresql://venue@db:5432/tablesync?sslmode=require&connect_timeout=5"_s;
}

void TestPostgresUrl::displayedLeavesOutThePassword()
{
    QFETCH(QString, url);
    const Result<PostgresUrl> parsed = PostgresUrl::parse(url);
    QVERIFY(parsed.ok());
    QTEST(parsed->displayed(), "displayed");
    QVERIFY(!parsed->displayed().contains(u"secret"_s));
}

void TestPostgresUrl::withDatabaseKeepsTheRest()
{
    const Result<PostgresUrl> parsed =
        PostgresUrl::parse(u"postgresql://venue:secret@db:6543/tablesync?sslmode=require"_s);
    QVERIFY(parsed.ok());
    const PostgresUrl other = parsed->withDatabase(u"postgres"_s);
    QCOMPARE(other.databaseName, u"postgres"_s);
    QCOMPARE(other.user, parsed->user);
    QCOMPARE(other.password, parsed->password);
    QCOMPARE(other.host, parsed->host);
    QCOMPARE(other.port, parsed->port);
    QCOMPARE(other.connectOptions, parsed->connectOptions);
    QCOMPARE(parsed->databaseName, u"tablesync"_s);
}

QTEST_GUILESS_MAIN(TestPostgresUrl)
#include "tst_postgresurl.moc"
