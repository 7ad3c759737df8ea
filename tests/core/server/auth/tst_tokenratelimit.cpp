#include "ManualClock.h"

#include "auth/TokenRateLimit.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The token bucket per token: the burst passes, the refill follows the clock, tokens do not
// share a bucket, and a rate of 0 lets everything through.
class TestTokenRateLimit : public QObject
{
    Q_OBJECT

private slots:
    void burstPasses_data();
    void burstPasses();
    void refillsOverTime_data();
    void refillsOverTime();
    void refillStopsAtTheBurst();
    void waitNamesWholeSeconds_data();
    void waitNamesWholeSeconds();
    void bucketsArePerToken();
    void zeroRateIsOff_data();
    void zeroRateIsOff();
    void clockGoingBackDoesNotRefill();

private:
    // How many requests pass in a row before the first refusal (at most `limit`).
    static int passingInARow(TokenRateLimit& limit, const QByteArray& key, int atMost = 1000);
};

int TestTokenRateLimit::passingInARow(TokenRateLimit& limit, const QByteArray& key, int atMost)
{
    int passed = 0;
    while (passed < atMost && limit.take(key) == 0)
        ++passed;
    return passed;
}

void TestTokenRateLimit::burstPasses_data()
{
    QTest::addColumn<int>("burst");
    QTest::addColumn<int>("passing");
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("twenty") << 20 << 20;
    QTest::newRow("zero means one") << 0 << 1;
    QTest::newRow("negative means one") << -5 << 1;
}

void TestTokenRateLimit::burstPasses()
{
    QFETCH(int, burst);
    QFETCH(int, passing);
    ManualClock clock;
    TokenRateLimit limit(clock, 2.0, burst);
    QCOMPARE(passingInARow(limit, "token"), passing);
    QVERIFY(limit.take("token") > 0);
}

void TestTokenRateLimit::refillsOverTime_data()
{
    QTest::addColumn<double>("perSecond");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<int>("passing");
    QTest::newRow("nothing yet") << 2.0 << qint64(0) << 0;
    QTest::newRow("not a whole one") << 2.0 << qint64(499) << 0;
    QTest::newRow("one") << 2.0 << qint64(500) << 1;
    QTest::newRow("three") << 2.0 << qint64(1500) << 3;
    QTest::newRow("slow rate") << 0.5 << qint64(1999) << 0;
    QTest::newRow("slow rate, one") << 0.5 << qint64(2000) << 1;
}

void TestTokenRateLimit::refillsOverTime()
{
    QFETCH(double, perSecond);
    QFETCH(qint64, elapsedMs);
    QFETCH(int, passing);
    ManualClock clock;
    TokenRateLimit limit(clock, perSecond, 10);
    QCOMPARE(passingInARow(limit, "token"), 10);
    clock.advance(elapsedMs);
    QCOMPARE(passingInARow(limit, "token"), passing);
}

void TestTokenRateLimit::refillStopsAtTheBurst()
{
    ManualClock clock;
    TokenRateLimit limit(clock, 5.0, 4);
    QCOMPARE(passingInARow(limit, "token"), 4);
    clock.advance(60 * 1000);
    QCOMPARE(passingInARow(limit, "token"), 4);
}

void TestTokenRateLimit::waitNamesWholeSeconds_data()
{
    QTest::addColumn<double>("perSecond");
    QTest::addColumn<qint64>("waitSeconds");
    QTest::newRow("fast rate rounds up to one") << 10.0 << qint64(1);
    QTest::newRow("one a second") << 1.0 << qint64(1);
    QTest::newRow("one in four seconds") << 0.25 << qint64(4);
    QTest::newRow("one in ten seconds") << 0.1 << qint64(10);
}

void TestTokenRateLimit::waitNamesWholeSeconds()
{
    QFETCH(double, perSecond);
    QFETCH(qint64, waitSeconds);
    ManualClock clock;
    TokenRateLimit limit(clock, perSecond, 1);
    QCOMPARE(limit.take("token"), 0);
    QCOMPARE(limit.take("token"), waitSeconds);
    clock.advance(waitSeconds * 1000);
    QCOMPARE(limit.take("token"), 0);
}

void TestTokenRateLimit::bucketsArePerToken()
{
    ManualClock clock;
    TokenRateLimit limit(clock, 1.0, 3);
    QCOMPARE(passingInARow(limit, "first"), 3);
    QVERIFY(limit.take("first") > 0);
    QCOMPARE(passingInARow(limit, "second"), 3);
    clock.advance(1000);
    QCOMPARE(passingInARow(limit, "first"), 1);
    QCOMPARE(passingInARow(limit, "second"), 1);
}

void TestTokenRateLimit::zeroRateIsOff_data()
{
    QTest::addColumn<double>("perSecond");
    QTest::newRow("zero") << 0.0;
    QTest::newRow("negative") << -1.0;
}

void TestTokenRateLimit::zeroRateIsOff()
{
    QFETCH(double, perSecond);
    ManualClock clock;
    TokenRateLimit limit(clock, perSecond, 1);
    QCOMPARE(passingInARow(limit, "token", 500), 500);
}

void TestTokenRateLimit::clockGoingBackDoesNotRefill()
{
    ManualClock clock;
    TokenRateLimit limit(clock, 1.0, 2);
    QCOMPARE(passingInARow(limit, "token"), 2);
    clock.advance(-60 * 1000);
    QVERIFY(limit.take("token") > 0);
}

QTEST_GUILESS_MAIN(TestTokenRateLimit)
#include "tst_tokenratelimit.moc"
