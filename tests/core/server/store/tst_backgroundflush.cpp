#include "store/BackgroundFlush.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

// What a BackgroundFlush reported, and in which thread.
struct Reports
{
    void listenTo(BackgroundFlush& flush)
    {
        QObject::connect(&flush, &BackgroundFlush::flushed, &flush,
                         [this](quint64 ticket, const std::optional<ApiError>& failure) {
                             tickets.append(ticket);
                             failures.append(failure);
                             threads.append(QThread::currentThread());
                         });
    }

    QList<quint64> tickets;
    QList<std::optional<ApiError>> failures;
    QList<QThread*> threads;
};

} // namespace

// BackgroundFlush: flushes on its own thread and reports, in the owner's thread, the highest
// request each flush covered.
class TestBackgroundFlush : public QObject
{
    Q_OBJECT
private slots:
    void reportsEachRequestInTheOwnersThread();
    void oneFlushMayServeSeveralRequests();
    void aFailedFlushSaysSo();

private:
    static bool createFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly);
    }

    QTemporaryDir m_directory;
};

void TestBackgroundFlush::reportsEachRequestInTheOwnersThread()
{
    const QString log = m_directory.filePath(u"log"_s);
    QVERIFY(createFile(log));
    BackgroundFlush flush(log);
    Reports reports;
    reports.listenTo(flush);

    flush.request(1);
    QTRY_COMPARE(reports.tickets, QList<quint64>{1});
    QVERIFY(!reports.failures.first());
    QCOMPARE(reports.threads.first(), QThread::currentThread());

    // A number already asked for asks for nothing more.
    flush.request(1);
    flush.request(2);
    QTRY_COMPARE(reports.tickets, (QList<quint64>{1, 2}));
}

void TestBackgroundFlush::oneFlushMayServeSeveralRequests()
{
    const QString log = m_directory.filePath(u"log"_s);
    QVERIFY(createFile(log));
    BackgroundFlush flush(log);
    Reports reports;
    reports.listenTo(flush);
    for (quint64 ticket = 1; ticket <= 50; ++ticket)
        flush.request(ticket);
    QTRY_VERIFY(!reports.tickets.isEmpty() && reports.tickets.last() == 50u);
    // Each report covers more than the one before it: no request is reported twice or late.
    for (qsizetype i = 1; i < reports.tickets.size(); ++i)
        QVERIFY(reports.tickets.at(i) > reports.tickets.at(i - 1));
}

void TestBackgroundFlush::aFailedFlushSaysSo()
{
    const QString blocker = m_directory.filePath(u"not-a-folder"_s);
    QVERIFY(createFile(blocker)); // a file where a folder should be
    BackgroundFlush flush(blocker + u"/log"_s);
    Reports reports;
    reports.listenTo(flush);
    flush.request(7);
    QTRY_COMPARE(reports.tickets, QList<quint64>{7});
    QVERIFY(reports.failures.first());
    QCOMPARE(reports.failures.first()->code, ErrorCode::StorageError);
}

QTEST_GUILESS_MAIN(TestBackgroundFlush)
#include "tst_backgroundflush.moc"
