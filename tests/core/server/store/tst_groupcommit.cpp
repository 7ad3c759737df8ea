#include "ManualClock.h"
#include "SeededSqliteStore.h"

#include "store/GroupCommit.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// The gate's reports, in order.
struct Openings
{
    void listenTo(GroupCommit& group)
    {
        QObject::connect(&group, &AnswerGate::opened, &group,
                         [this](quint64 ticket, const std::optional<ApiError>& failure) {
                             tickets.append(ticket);
                             failed.append(failure.has_value());
                         });
    }

    QList<quint64> tickets;
    QList<bool> failed;
};

} // namespace

// GroupCommit on a real SQLite file: answers and announcements wait for their group's commit
// and, at FULL, for the flush the second thread makes after it.
class TestGroupCommit : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void answersWaitForTheFlushAfterTheCommit();
    void aWriteDuringAFlushWaitsForItsOwnGroup();
    void commitsFlushThemselvesWhereTheStoreSaysSo_data();
    void commitsFlushThemselvesWhereTheStoreSaysSo();
    void closingCommitsAndFlushesWhatWaits();
#ifdef Q_OS_UNIX
    // Needs a log renamed while open and a symbolic link, which Windows does not give.
    void aFailedFlushFailsItsGroupAndIsLoggedOnce();
#endif

private:
    bool open(const QString& synchronous = u"FULL"_s);
    // One guarded write of order 1 at its current version.
    bool write(int qty);
    // A group that flushes in the background with one write waiting in it, whose
    // announcement sets `announced`; null when the store cannot be set up so.
    std::unique_ptr<GroupCommit> groupWithOneWrite(Openings& openings, bool& announced);
    // Order 1's version as another connection sees it.
    qint64 committedVersion();

    QTemporaryDir m_directory;
    QString m_path;
    ManualClock m_clock;
    std::unique_ptr<SqlOrderStore> m_store;
    qint64 m_version = 1;
};

void TestGroupCommit::init()
{
    m_path = testDatabasePath(m_directory);
    m_version = 1;
}

void TestGroupCommit::cleanup()
{
    m_store.reset();
}

bool TestGroupCommit::open(const QString& synchronous)
{
    m_store = seededSqliteStore(m_path, m_clock, synchronous);
    return m_store != nullptr;
}

bool TestGroupCommit::write(int qty)
{
    Line line;
    line.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    line.menuItemId = u"soup-lentil"_s;
    line.qty = qty;
    line.addedBy = u"ayse"_s;
    line.addedAt = m_clock.nowMs();
    const Result<WriteOutcome> written =
        m_store->writeItems(1, m_version, {line}, {}, m_clock.nowMs());
    if (!written.ok() || !written->applied)
        return false;
    ++m_version;
    return true;
}

std::unique_ptr<GroupCommit> TestGroupCommit::groupWithOneWrite(Openings& openings, bool& announced)
{
    if (!open())
        return nullptr;
    auto group = std::make_unique<GroupCommit>(*m_store);
    openings.listenTo(*group);
    if (!group->flushesInBackground() || !write(1))
        return nullptr;
    group->afterCommit([&announced] { announced = true; });
    return group;
}

qint64 TestGroupCommit::committedVersion()
{
    qint64 version = -1;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        database.setDatabaseName(m_path);
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(u"SELECT version FROM orders WHERE id = 1"_s) && query.next())
                version = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return version;
}

void TestGroupCommit::answersWaitForTheFlushAfterTheCommit()
{
    Openings openings;
    bool announced = false;
    const std::unique_ptr<GroupCommit> group = groupWithOneWrite(openings, announced);
    QVERIFY(group);
    QVERIFY(group->isPending());
    QVERIFY(group->commitNow().ok());
    // Committed (another connection sees it) but not yet reported: the flush runs meanwhile.
    QCOMPARE(committedVersion(), 2);
    QVERIFY(group->isPending());
    QVERIFY(!announced);
    QVERIFY(openings.tickets.isEmpty());

    QTRY_COMPARE(openings.tickets, QList<quint64>{1});
    QCOMPARE(openings.failed, QList<bool>{false});
    QVERIFY(announced);
    QVERIFY(!group->isPending());
}

void TestGroupCommit::aWriteDuringAFlushWaitsForItsOwnGroup()
{
    QVERIFY(open());
    GroupCommit group(*m_store);
    Openings openings;
    openings.listenTo(group);
    QList<int> announced;

    QVERIFY(write(1));
    group.afterCommit([&announced] { announced.append(1); });
    QVERIFY(group.commitNow().ok());
    QVERIFY(write(2)); // the next group, while the first one's flush may still run
    group.afterCommit([&announced] { announced.append(2); });

    QTRY_COMPARE(openings.tickets, QList<quint64>{1});
    QCOMPARE(announced, QList<int>{1});
    QVERIFY(group.isPending()); // the second write is not even committed

    QVERIFY(group.commitNow().ok());
    QTRY_COMPARE(openings.tickets, (QList<quint64>{1, 2}));
    QCOMPARE(announced, (QList<int>{1, 2}));
    QCOMPARE(committedVersion(), 3);
}

void TestGroupCommit::commitsFlushThemselvesWhereTheStoreSaysSo_data()
{
    QTest::addColumn<QString>("synchronous");
    QTest::newRow("NORMAL, as asked") << u"NORMAL"_s;
    QTest::newRow("EXTRA") << u"EXTRA"_s;
}

void TestGroupCommit::commitsFlushThemselvesWhereTheStoreSaysSo()
{
    QFETCH(QString, synchronous);
    QVERIFY(open(synchronous));
    GroupCommit group(*m_store);
    QVERIFY(!group.flushesInBackground());
    Openings openings;
    openings.listenTo(group);
    QVERIFY(write(1));
    QVERIFY(group.commitNow().ok());
    // The commit is all there is to wait for: the gate opens before commitNow() returns.
    QCOMPARE(openings.tickets, QList<quint64>{1});
    QVERIFY(!group.isPending());
}

void TestGroupCommit::closingCommitsAndFlushesWhatWaits()
{
    QVERIFY(open());
    Openings openings;
    bool announced = false;
    {
        GroupCommit group(*m_store);
        openings.listenTo(group);
        QVERIFY(write(1));
        group.afterCommit([&announced] { announced = true; });
    }
    QCOMPARE(openings.tickets, QList<quint64>{1});
    QCOMPARE(openings.failed, QList<bool>{false});
    QVERIFY(announced);
    QCOMPARE(committedVersion(), 2);
    // Without the group, a write commits (and flushes) on its own again.
    QVERIFY(write(2));
    QVERIFY(!m_store->hasUncommittedWrites());
    QCOMPARE(m_store->sessionSetting(u"synchronous"_s).value(), u"2"_s);
}

#ifdef Q_OS_UNIX
void TestGroupCommit::aFailedFlushFailsItsGroupAndIsLoggedOnce()
{
    Openings openings;
    bool announced = false;
    const std::unique_ptr<GroupCommit> group = groupWithOneWrite(openings, announced);
    QVERIFY(group);

    // SQLite keeps writing the log it holds open; the flush, which opens the log by its name,
    // finds a link to itself there and fails.
    const QString log = m_path + u"-wal"_s;
    QVERIFY(QFile::rename(log, log + u".held"_s));
    QVERIFY(QFile::link(log, log));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^tablesyncd: .*-wal"_s));
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(group->commitNow().ok());
    QTRY_COMPARE(openings.tickets, QList<quint64>{1});
    QCOMPARE(openings.failed, QList<bool>{true});
    QVERIFY(!announced);
    QVERIFY(!group->isPending());

    QVERIFY(QFile::remove(log));
    QVERIFY(QFile::rename(log + u".held"_s, log));
}
#endif

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
