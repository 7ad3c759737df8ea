#include "ManualClock.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include "server/store/PostgresNotifier.h"
#include "server/store/PostgresUrl.h"
#include "server/store/StoreFactory.h"
#include "server/VenueServer.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

// The database restarts under two running servers: the next read and the next write succeed
// on a new connection, and the LISTEN connection resubscribes, so changes still travel from
// one server to the other. Runs its own PostgreSQL server, since it restarts it.
class TestPostgresRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void notifierReportsWhatCommittedBeforeItSubscribed();
    void serversSurviveDatabaseRestart();
    void aGroupLostWithItsConnectionFailsItsCommit();

private:
    Result<QString> script(const QStringList& arguments);

    QString m_directory;
    QString m_url;
};

Result<QString> TestPostgresRestart::script(const QStringList& arguments)
{
    QProcess process;
    process.start(u"bash"_s, QStringList{QStringLiteral(PGTEST_SCRIPT)} + arguments);
    if (!process.waitForFinished(90000) || process.exitCode() != 0)
        return ApiError{
            ErrorCode::HarnessFailed,
            u"pgtest.sh %1 failed: %2"_s.arg(arguments.join(u' '),
                                             QString::fromUtf8(process.readAllStandardError())),
            {}};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

void TestPostgresRestart::initTestCase()
{
    const QString port = qEnvironmentVariable("TABLESYNC_PGTEST_RESTART_PORT");
    QVERIFY2(!port.isEmpty(), "TABLESYNC_PGTEST_RESTART_PORT must be set");
    m_directory = QDir::current().absoluteFilePath(u"pgtest-restart"_s);
    Result<QString> url = script({u"start"_s, m_directory, port});
    QVERIFY_OK(url);
    m_url = url.value();
    QVERIFY(m_url.startsWith("postgresql://"_L1));
}

void TestPostgresRestart::cleanupTestCase()
{
    if (!m_directory.isEmpty())
        QVERIFY_OK(script({u"stop"_s, m_directory}));
}

// A server reads the log's newest seq when it opens and starts its listener from there: a write
// another server commits before the listener has subscribed sent its notification to nobody,
// and is reported all the same.
void TestPostgresRestart::notifierReportsWhatCommittedBeforeItSubscribed()
{
    ServerFixture writer;
    writer.options().database = m_url;
    QVERIFY_OK(writer.start());
    Result<QByteArray> token = writer.token(u"elif"_s);
    QVERIFY_OK(token);
    Result<Table> table = writer.table(u"7"_s, token.value());
    QVERIFY_OK(table);
    const Result<QList<MenuItem>> menu = writer.menu(token.value());
    QVERIFY_OK(menu);
    const Result<PostgresUrl> url = PostgresUrl::parse(m_url);
    QVERIFY_OK(url);

    PostgresNotifier notifier(url.value(), u"watcher"_s, 200);
    QSignalSpy moved(&notifier, &PostgresNotifier::orderChanged);
    QCOMPARE(writer
                 .patchLines(table->orderId, table->version,
                             {ServerFixture::newLine(menu->at(0).id)}, token.value())
                 .status,
             200);
    notifier.start(0);
    const auto reported = [&] {
        return std::any_of(moved.cbegin(), moved.cend(), [&](const QList<QVariant>& change) {
            return change.at(0).toLongLong() == table->orderId &&
                   change.at(2).toLongLong() == table->version + 1;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(reported(), 5000);
}

void TestPostgresRestart::serversSurviveDatabaseRestart()
{
    ServerFixture writer;
    writer.options().database = m_url;
    QVERIFY_OK(writer.start());
    ServerFixture watcher;
    watcher.options().database = m_url;
    watcher.options().notifyHeartbeatMs = 200;
    QVERIFY_OK(watcher.start(false));
    QSignalSpy moved(watcher.server(), &VenueServer::orderChanged);

    Result<QByteArray> token = writer.token(u"ayse"_s);
    QVERIFY_OK(token);
    Result<Table> table = writer.table(u"5"_s, token.value());
    QVERIFY_OK(table);
    const Result<QList<MenuItem>> menu = writer.menu(token.value());
    QVERIFY_OK(menu);
    QCOMPARE(
        writer
            .patchLines(table->orderId, 1, {ServerFixture::newLine(menu->at(0).id)}, token.value())
            .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(!moved.isEmpty(), 2000);
    QCOMPARE(moved.last().at(0).toLongLong(), table->orderId);
    QCOMPARE(moved.last().at(2).toLongLong(), 2);

    QVERIFY_OK(script({u"restart"_s, m_directory}));

    // A read right after the restart: the dead connection is replaced and the read retried.
    Result<Table> again = writer.table(u"5"_s, token.value());
    QVERIFY_OK(again);
    QCOMPARE(again->version, 2);
    // A write: BEGIN meets the dead connection first, so it is retried too.
    moved.clear();
    Result<QByteArray> other = watcher.token(u"mehmet"_s);
    QVERIFY_OK(other);
    QCOMPARE(writer
                 .patchLines(table->orderId, 2,
                             {ServerFixture::newLine(menu->at(1).id),
                              ServerFixture::newLine(menu->at(2).id)},
                             token.value())
                 .status,
             200);
    // The watcher's listener noticed the lost connection on a heartbeat and resubscribed:
    // a notification or the catch-up after resubscribing reports version 3.
    QTRY_VERIFY_WITH_TIMEOUT(!moved.isEmpty() && moved.last().at(2).toLongLong() == 3, 5000);
    QCOMPARE(moved.last().at(0).toLongLong(), table->orderId);
    QCOMPARE(moved.last().at(1).toString(), u"5"_s);
    Result<Order> seen = watcher.order(table->orderId, other.value());
    QVERIFY_OK(seen);
    QCOMPARE(seen->version, 3);
    QCOMPARE(seen->items.size(), 2);
}

// A group's writes live on its connection until it commits. When a restart takes the
// connection, a later write must not open a new group on a new connection and commit in its
// place: the lost writes would be answered as written.
void TestPostgresRestart::aGroupLostWithItsConnectionFailsItsCommit()
{
    ManualClock clock;
    Result<OpenedStore> opened = StoreFactory::open(m_url, StoreOptions{}, clock);
    QVERIFY_OK(opened);
    OrderStore& store = *opened->store;
    const Result<QList<Table>> tables = store.tables();
    QVERIFY_OK(tables);
    QVERIFY(tables->size() >= 3);
    const Table first = tables->at(1);
    const Table second = tables->at(2);
    const Result<QList<MenuEntry>> menu = store.menu();
    QVERIFY_OK(menu);
    const Lines list{ServerFixture::newLine(menu->first().id)};

    store.setGroupCommit(true);
    const Result<WriteOutcome> lost = store.writeItems(first.orderId, first.version, list, {}, 5);
    QVERIFY_OK(lost);
    QVERIFY(lost->applied);
    QVERIFY_OK(script({u"restart"_s, m_directory}));

    const Result<WriteOutcome> refused =
        store.writeItems(second.orderId, second.version, list, {}, 6);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::StoreUnavailable);
    QVERIFY(store.hasUncommittedWrites());
    const Result<void> committed = store.commitGroup();
    QVERIFY(!committed.ok());
    QCOMPARE(committed.error().code, ErrorCode::StoreUnavailable);
    QVERIFY(!store.hasUncommittedWrites());

    // Neither write is stored, and the next group writes as usual.
    const Result<QList<Table>> after = store.tables();
    QVERIFY_OK(after);
    QCOMPARE(after->at(1).version, first.version);
    QCOMPARE(after->at(2).version, second.version);
    const Result<WriteOutcome> again = store.writeItems(first.orderId, first.version, list, {}, 7);
    QVERIFY_OK(again);
    QVERIFY(again->applied);
    QVERIFY_OK(store.commitGroup());
    store.setGroupCommit(false);
    QCOMPARE(store.tables().value().at(1).version, first.version + 1);
}

QTEST_GUILESS_MAIN(TestPostgresRestart)
#include "tst_postgresrestart.moc"
