#include "http/ThreadCall.h"

#include <QTest>
#include <QThread>

// ThreadCall: a call made from one thread runs on the object's thread, and the caller goes on
// only once it has run.
class TestThreadCall : public QObject
{
    Q_OBJECT
private slots:
    void runsOnItsThreadAndWaits();
    void runsAtOnceWhereItsThreadIsNotRunning();
};

void TestThreadCall::runsOnItsThreadAndWaits()
{
    QThread worker;
    ThreadCall call;
    call.moveToThread(&worker);
    worker.start();
    for (int i = 0; i < 3; ++i) {
        QThread* ranOn = nullptr;
        int result = 0;
        call.run([&] {
            ranOn = QThread::currentThread();
            QThread::msleep(20); // the caller must wait for this
            result = i + 1;
        });
        QCOMPARE(ranOn, &worker);
        QCOMPARE(result, i + 1);
    }
    worker.quit();
    worker.wait();
}

void TestThreadCall::runsAtOnceWhereItsThreadIsNotRunning()
{
    QThread stopped;
    ThreadCall call;
    call.moveToThread(&stopped);
    QThread* ranOn = nullptr;
    call.run([&] { ranOn = QThread::currentThread(); });
    QCOMPARE(ranOn, QThread::currentThread());
}

QTEST_GUILESS_MAIN(TestThreadCall)
#include "tst_threadcall.moc"
