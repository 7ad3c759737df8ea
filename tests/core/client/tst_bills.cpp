#include "client/Bills.h"
#include "client/SyncEngine.h"

#include "ResultCheck.h"
#include "ServerFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

// A table's bill through the SyncEngine against an in-process VenueServer: read with the
// venue's currency and per-seat totals, "Paid" closes the order at the bill's version, and a
// bill that moved meanwhile is not closed unseen.
namespace {
constexpr int waitMs = 15000;
} // namespace

class tst_Bills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }
    void readsAndPays();
    void staleBillIsNotClosed();

private:
    std::unique_ptr<SyncEngine> signedIn(const QString& staffId);
    qint64 sentOrder(SyncEngine& engine, const QString& tableId);
    std::optional<BillReply> bill(SyncEngine& engine, qint64 orderId);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerFixture> m_fixture;
    QByteArray m_token;
    QList<MenuItem> m_menu;
};

void tst_Bills::init()
{
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<ServerFixture>();
    const Result<ServerFixture::Venue> venue = m_fixture->startVenue();
    QVERIFY_OK(venue);
    m_token = venue->managerToken;
    m_menu = venue->menu;
}

std::unique_ptr<SyncEngine> tst_Bills::signedIn(const QString& staffId)
{
    auto engine = std::make_unique<SyncEngine>(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
    engine->setServerUrl(m_fixture->baseUrl());
    if (!engine->open())
        return nullptr;
    QSignalSpy loggedIn(engine.get(), &SyncEngine::loggedIn);
    engine->login(staffId, ServerFixture::demoPin(staffId));
    if (!loggedIn.wait(waitMs) && loggedIn.isEmpty())
        return nullptr;
    return engine;
}

// Two lines on seat 1, one on seat 2 and one shared, sent and fired; the order's id.
qint64 tst_Bills::sentOrder(SyncEngine& engine, const QString& tableId)
{
    const Result<Table> table = m_fixture->table(tableId, m_token);
    if (!table)
        return 0;
    QSignalSpy opened(&engine, &SyncEngine::orderChanged);
    engine.openOrder(table->orderId);
    if (!opened.wait(waitMs) && opened.isEmpty())
        return 0;
    engine.addLine(table->orderId, m_menu.at(0).id, 1, 2);
    engine.addLine(table->orderId, m_menu.at(1).id, 1);
    engine.addLine(table->orderId, m_menu.at(2).id, 2);
    engine.addLine(table->orderId, m_menu.at(3).id, 0, 3);
    QSignalSpy fired(&engine, &SyncEngine::fired);
    engine.send(table->orderId); // stored, then course 1 fired: the bill's version is after both
    return fired.wait(waitMs) || !fired.isEmpty() ? table->orderId : 0;
}

std::optional<BillReply> tst_Bills::bill(SyncEngine& engine, qint64 orderId)
{
    QSignalSpy read(engine.bills(), &Bills::billRead);
    engine.bills()->read(orderId);
    if (!read.wait(waitMs) && read.isEmpty())
        return std::nullopt;
    return read.first().first().value<BillReply>();
}

void tst_Bills::readsAndPays()
{
    auto ayse = signedIn(u"ayse"_s);
    QVERIFY(ayse);
    const qint64 orderId = sentOrder(*ayse, u"8"_s);
    QVERIFY(orderId > 0);
    const std::optional<BillReply> read = bill(*ayse, orderId);
    QVERIFY(read);
    QCOMPARE(read->orderId, orderId);
    QVERIFY(!read->currency.isEmpty());
    QCOMPARE(read->lines.size(), 4);
    QCOMPARE(read->seats.size(), 3); // seat 0 (shared), 1 and 2
    const qint64 seat1 = 2 * m_menu.at(0).priceCents + m_menu.at(1).priceCents;
    QCOMPARE(read->seats.at(1), (SeatTotal{1, seat1}));
    QCOMPARE(read->seats.at(0), (SeatTotal{0, 3 * m_menu.at(3).priceCents}));
    QCOMPARE(read->totalCents, seat1 + m_menu.at(2).priceCents + 3 * m_menu.at(3).priceCents);

    QSignalSpy paid(ayse->bills(), &Bills::paid);
    QSignalSpy tables(ayse.get(), &SyncEngine::tablesChanged);
    ayse->bills()->pay(*read);
    QVERIFY(paid.wait(waitMs));
    const CloseReply closed = paid.first().at(1).value<CloseReply>();
    QCOMPARE(closed.order.status, Order::Status::Closed);
    const Result<Order> stored = m_fixture->order(orderId, m_token);
    QVERIFY_OK(stored);
    QCOMPARE(stored->status, Order::Status::Closed);
    // The tablet reads its tables again: its own list shows table 8 on the new, empty order.
    const auto tabletOrderOf = [&ayse](const QString& tableId) {
        const QList<Table> known = ayse->tables();
        const auto found = std::find_if(known.cbegin(), known.cend(),
                                        [&tableId](const Table& t) { return t.id == tableId; });
        return found == known.cend() ? qint64(0) : found->orderId;
    };
    QVERIFY(closed.nextOrderId > 0 && closed.nextOrderId != orderId);
    QTRY_COMPARE_WITH_TIMEOUT(tabletOrderOf(u"8"_s), closed.nextOrderId, waitMs);
    QVERIFY(!tables.isEmpty());
}

void tst_Bills::staleBillIsNotClosed()
{
    auto ayse = signedIn(u"ayse"_s);
    QVERIFY(ayse);
    const qint64 orderId = sentOrder(*ayse, u"9"_s);
    QVERIFY(orderId > 0);
    std::optional<BillReply> read = bill(*ayse, orderId);
    QVERIFY(read);
    read->version -= 1; // the order moved after the guest saw this bill
    QSignalSpy failed(ayse->bills(), &Bills::payFailed);
    QSignalSpy paid(ayse->bills(), &Bills::paid);
    ayse->bills()->pay(*read);
    QVERIFY(failed.wait(waitMs));
    QCOMPARE(failed.first().at(1).value<ApiError>().code, ErrorCode::VersionConflict);
    QVERIFY(paid.isEmpty());
    const Result<Order> stored = m_fixture->order(orderId, m_token);
    QVERIFY_OK(stored);
    QCOMPARE(stored->status, Order::Status::Open);
}

QTEST_GUILESS_MAIN(tst_Bills)
#include "tst_bills.moc"
