#include "ManualClock.h"

#include "auth/LoginThrottle.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Failed logins per staff id: the lock after too many within the window, its expiry, the
// reset on success, and that one id's failures never lock another.
class TestLoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void locksAfterTooManyFailures_data();
    void locksAfterTooManyFailures();
    void lockExpires();
    void successClearsTheCount();
    void failuresOutsideTheWindowDoNotCount_data();
    void failuresOutsideTheWindowDoNotCount();
    void countsPerStaffId();
    void unknownIdsCountToo();
    void lockedIdStartsAFreshCountAfterTheLock();

private:
    static void fail(LoginThrottle& throttle, const QString& staffId, int times);
};

void TestLoginThrottle::fail(LoginThrottle& throttle, const QString& staffId, int times)
{
    for (int i = 0; i < times; ++i)
        throttle.recordFailure(staffId);
}

void TestLoginThrottle::locksAfterTooManyFailures_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("locked");
    QTest::newRow("none") << 0 << false;
    QTest::newRow("one") << 1 << false;
    QTest::newRow("one short") << LoginThrottle::maxFailures - 1 << false;
    QTest::newRow("at the limit") << LoginThrottle::maxFailures << true;
}

void TestLoginThrottle::locksAfterTooManyFailures()
{
    QFETCH(int, failures);
    QFETCH(bool, locked);
    ManualClock clock;
    LoginThrottle throttle(clock);
    fail(throttle, u"ali"_s, failures);
    QCOMPARE(throttle.lockedForMs(u"ali"_s), locked ? LoginThrottle::lockMs : 0);
}

void TestLoginThrottle::lockExpires()
{
    ManualClock clock;
    LoginThrottle throttle(clock);
    fail(throttle, u"ali"_s, LoginThrottle::maxFailures);
    clock.advance(1000);
    QCOMPARE(throttle.lockedForMs(u"ali"_s), LoginThrottle::lockMs - 1000);
    clock.advance(LoginThrottle::lockMs - 1001);
    QCOMPARE(throttle.lockedForMs(u"ali"_s), 1);
    clock.advance(1);
    QCOMPARE(throttle.lockedForMs(u"ali"_s), 0);
}

void TestLoginThrottle::successClearsTheCount()
{
    ManualClock clock;
    LoginThrottle throttle(clock);
    fail(throttle, u"ali"_s, LoginThrottle::maxFailures - 1);
    throttle.recordSuccess(u"ali"_s);
    fail(throttle, u"ali"_s, LoginThrottle::maxFailures - 1);
    QCOMPARE(throttle.lockedForMs(u"ali"_s), 0);
    throttle.recordFailure(u"ali"_s);
    QCOMPARE(throttle.lockedForMs(u"ali"_s), LoginThrottle::lockMs);
}

void TestLoginThrottle::failuresOutsideTheWindowDoNotCount_data()
{
    QTest::addColumn<qint64>("gapMs");
    QTest::addColumn<bool>("locked");
    QTest::newRow("well inside") << qint64(1000) << true;
    QTest::newRow("just inside") << LoginThrottle::windowMs - 1 << true;
    QTest::newRow("at the edge") << LoginThrottle::windowMs << false;
    QTest::newRow("outside") << 2 * LoginThrottle::windowMs << false;
}

void TestLoginThrottle::failuresOutsideTheWindowDoNotCount()
{
    QFETCH(qint64, gapMs);
    QFETCH(bool, locked);
    ManualClock clock;
    LoginThrottle throttle(clock);
    throttle.recordFailure(u"ali"_s);
    clock.advance(gapMs);
    fail(throttle, u"ali"_s, LoginThrottle::maxFailures - 1);
    QCOMPARE(throttle.lockedForMs(u"ali"_s) > 0, locked);
}

void TestLoginThrottle::countsPerStaffId()
{
    ManualClock clock;
    LoginThrottle throttle(clock);
    fail(throttle, u"ali"_s, LoginThrottle::maxFailures);
    fail(throttle, u"selin"_s, LoginThrottle::maxFailures - 1);
    QCOMPARE(throttle.lockedForMs(u"ali"_s), LoginThrottle::lockMs);
    QCOMPARE(throttle.lockedForMs(u"selin"_s), 0);
    QCOMPARE(throttle.lockedForMs(u"murat"_s), 0);
    throttle.recordSuccess(u"selin"_s);
    QCOMPARE(throttle.lockedForMs(u"ali"_s), LoginThrottle::lockMs);
}

void TestLoginThrottle::unknownIdsCountToo()
{
    ManualClock clock;
    LoginThrottle throttle(clock);
    fail(throttle, u"nobody-of-this-venue"_s, LoginThrottle::maxFailures);
    QCOMPARE(throttle.lockedForMs(u"nobody-of-this-venue"_s), LoginThrottle::lockMs);
}

void TestLoginThrottle::lockedIdStartsAFreshCountAfterTheLock()
{
    ManualClock clock;
    LoginThrottle throttle(clock);
    fail(throttle, u"ali"_s, LoginThrottle::maxFailures);
    clock.advance(LoginThrottle::lockMs);
    QCOMPARE(throttle.lockedForMs(u"ali"_s), 0);
    throttle.recordFailure(u"ali"_s);
    QCOMPARE(throttle.lockedForMs(u"ali"_s), 0);
    fail(throttle, u"ali"_s, LoginThrottle::maxFailures - 1);
    QCOMPARE(throttle.lockedForMs(u"ali"_s), LoginThrottle::lockMs);
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
