#include "http/RequestLog.h"
#include "ManualClock.h"

#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

// RequestLog: the line per answered request that venue IT reads, written once per event-loop
// pass, and nothing of it lost when the server stops.
class TestRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aLineSaysWhatWasAnswered_data();
    void aLineSaysWhatWasAnswered();
    void eachLineHasItsOwnMillisecond();
    void aPassesLinesLeaveTogetherInOrder();
    void manyLinesLeaveBeforeThePassEnds();
    void stoppingWritesWhatIsPending();

private:
    // What the stream holds so far.
    QByteArray written() const;

    std::unique_ptr<QTemporaryFile> m_file; // a new one for each test
    std::FILE* m_stream = nullptr;
    ManualClock m_clock{1'780'000'000'123}; // 2026-05-28T20:26:40.123Z
};

void TestRequestLog::init()
{
    m_clock.set(1'780'000'000'123);
    m_file = std::make_unique<QTemporaryFile>();
    QVERIFY(m_file->open());
    m_stream = std::fopen(QFile::encodeName(m_file->fileName()).constData(), "wb");
    QVERIFY(m_stream);
}

void TestRequestLog::cleanup()
{
    if (m_stream)
        std::fclose(m_stream);
    m_stream = nullptr;
    m_file.reset();
}

QByteArray TestRequestLog::written() const
{
    QFile file(m_file->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

void TestRequestLog::aLineSaysWhatWasAnswered_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<QString>("staffId");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("a write") << QByteArray("PATCH") << u"/api/v1/orders/7"_s << 200 << qint64(3)
                             << u"ayse"_s << QByteArray(" PATCH /api/v1/orders/7 200 3ms ayse\n");
    QTest::newRow("a refusal without a login")
        << QByteArray("GET") << u"/api/v1/tables"_s << 401 << qint64(0) << u"-"_s
        << QByteArray(" GET /api/v1/tables 401 0ms -\n");
    QTest::newRow("a staff id beyond Latin-1")
        << QByteArray("POST") << u"/api/v1/login"_s << 200 << qint64(41) << u"gül"_s
        << QByteArray(" POST /api/v1/login 200 41ms g\xc3\xbcl\n");
}

void TestRequestLog::aLineSaysWhatWasAnswered()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(qint64, elapsedMs);
    QFETCH(QString, staffId);
    QFETCH(QByteArray, expected);

    {
        RequestLog log(m_stream, m_clock);
        log.record(method, path, status, elapsedMs, staffId);
    }
    // The clock's time in ISO 8601 UTC to the millisecond, then what was answered.
    QCOMPARE(written(), "2026-05-28T20:26:40.123Z" + expected);
}

void TestRequestLog::eachLineHasItsOwnMillisecond()
{
    {
        RequestLog log(m_stream, m_clock);
        for (const qint64 at : {1'780'000'000'000, 1'780'000'000'007, 1'780'000'000'999,
                                1'780'000'001'000, 1'780'000'060'050, 1'780'000'000'123}) {
            m_clock.set(at);
            log.record("GET", u"/x"_s, 200, 0, u"-"_s);
        }
    }
    // The part up to the second is kept from line to line; it changes with the clock.
    QList<QByteArray> stamps;
    for (const QByteArray& line : written().split('\n')) {
        if (!line.isEmpty())
            stamps.append(line.left(line.indexOf(' ')));
    }
    QCOMPARE(stamps, QList<QByteArray>({"2026-05-28T20:26:40.000Z", "2026-05-28T20:26:40.007Z",
                                        "2026-05-28T20:26:40.999Z", "2026-05-28T20:26:41.000Z",
                                        "2026-05-28T20:27:40.050Z", "2026-05-28T20:26:40.123Z"}));
}

void TestRequestLog::aPassesLinesLeaveTogetherInOrder()
{
    RequestLog log(m_stream, m_clock);
    log.record("PATCH", u"/api/v1/orders/1"_s, 409, 2, u"ayse"_s);
    log.record("PATCH", u"/api/v1/orders/1"_s, 200, 4, u"mehmet"_s);
    // Nothing leaves while the pass that answered them goes on.
    QCOMPARE(written(), QByteArray());
    QTRY_COMPARE(written().count('\n'), 2);
    const QList<QByteArray> lines = written().split('\n');
    QVERIFY(lines.at(0).endsWith(" PATCH /api/v1/orders/1 409 2ms ayse"));
    QVERIFY(lines.at(1).endsWith(" PATCH /api/v1/orders/1 200 4ms mehmet"));
}

void TestRequestLog::manyLinesLeaveBeforeThePassEnds()
{
    RequestLog log(m_stream, m_clock);
    const QString path = u"/api/v1/orders/"_s + QString(200, u'9');
    qsizetype recorded = 0;
    while (written().isEmpty() && recorded < 10 * RequestLog::maxPendingBytes / path.size()) {
        log.record("GET", path, 200, 1, u"ayse"_s);
        ++recorded;
    }
    // A rush does not hold an unbounded backlog in memory until the loop comes round.
    QVERIFY(!written().isEmpty());
    QVERIFY(written().size() >= RequestLog::maxPendingBytes);
    QCOMPARE(written().count('\n'), recorded);
}

void TestRequestLog::stoppingWritesWhatIsPending()
{
    auto log = std::make_unique<RequestLog>(m_stream, m_clock);
    log->record("POST", u"/api/v1/orders/3/close"_s, 200, 5, u"ayse"_s);
    QCOMPARE(written(), QByteArray());
    log.reset();
    QVERIFY(written().endsWith(" POST /api/v1/orders/3/close 200 5ms ayse\n"));
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
