#include "BillModel.h"
#include "BillView.h"
#include "MenuModel.h"
#include "OrderFlow.h"
#include "OrderLinesModel.h"
#include "OrderView.h"
#include "OrderVoidsAndBill.h"
#include "VoidDialog.h"
#include "VoidedLinesModel.h"

#include "client/VoidRequests.h"
#include "ResultCheck.h"
#include "TabletSession.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

// The order screen's voided lines, as real widgets on offscreen over a tablet engine talking
// HTTP to an in-process VenueServer: a void shows struck through with its reason and approver,
// and leaves the screen as soon as another table opens (and when its own order is read again).
namespace {

constexpr int waitMs = TabletSession::waitMs;

void click(QWidget* widget)
{
    QVERIFY2(widget, "no such widget");
    QVERIFY2(widget->isVisible() && widget->isEnabled(), qPrintable(widget->objectName()));
    QTest::mouseClick(widget, Qt::LeftButton);
}

} // namespace

class tst_OrderVoidsAndBill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init();
    void cleanup();
    void voidShowsStruckThroughUntilAnotherTableOpens();
    void billNamesDishesInTheTabletsLanguage();

private:
    // Opens the table's order through the OrderFlow, as a tap on its tile does.
    qint64 open(const QString& tableId);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Venue m_venue;
    std::unique_ptr<TabletSession> m_tablet;
    std::unique_ptr<QWidget> m_window;
    OrderView* m_view = nullptr;
    OrderFlow* m_orders = nullptr;
    OrderVoidsAndBill* m_voids = nullptr;
};

void tst_OrderVoidsAndBill::init()
{
    m_fixture = std::make_unique<ServerFixture>();
    const Result<ServerFixture::Venue> venue = m_fixture->startVenue();
    QVERIFY_OK(venue);
    m_venue = venue.value();
    // A manager signed in approves with the tap that voids: the flow's PIN step is VoidFlow's.
    m_tablet = TabletSession::signIn(*m_fixture, m_dir, u"selin"_s);
    QVERIFY(m_tablet);
    m_window = std::make_unique<QWidget>();
    auto* authoritative = new OrderLinesModel(OrderLinesModel::Part::Authoritative, m_window.get());
    auto* pending = new OrderLinesModel(OrderLinesModel::Part::Pending, m_window.get());
    auto* menu = new MenuModel(m_window.get());
    m_view = new OrderView(authoritative, pending, menu, m_window.get());
    auto* layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_view);
    m_orders = new OrderFlow(m_tablet->engine, *m_view, *authoritative, *pending, *menu, *m_window);
    m_voids = new OrderVoidsAndBill(m_tablet->engine, *m_orders, m_clock, m_view, m_window.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_OrderVoidsAndBill::cleanup()
{
    m_window.reset();
    m_tablet.reset();
    m_fixture.reset();
}

qint64 tst_OrderVoidsAndBill::open(const QString& tableId)
{
    for (const Table& table : m_tablet->engine.tables()) {
        if (table.id != tableId)
            continue;
        QSignalSpy changed(&m_tablet->engine, &SyncEngine::orderChanged);
        m_orders->open(table.orderId);
        return changed.wait(waitMs) || !changed.isEmpty() ? table.orderId : 0;
    }
    return 0;
}

void tst_OrderVoidsAndBill::voidShowsStruckThroughUntilAnotherTableOpens()
{
    const qint64 first = open(u"14"_s);
    QVERIFY(first > 0);
    const QString lineId = m_tablet->firedLine(first, m_venue.menu.at(0).id, 2);
    QVERIFY(!lineId.isEmpty());
    QAbstractItemModel* voided = m_view->voidedTable()->model();
    QCOMPARE(voided, m_voids->voidedLines());
    QAbstractItemModelTester tester(voided, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(voided->rowCount(), 0);

    // Void… on the fired line, a reason, and the manager's tap.
    m_view->selectLine(lineId);
    click(m_view->findChild<QPushButton*>(u"voidLine"_s));
    VoidDialog* reasons = nullptr;
    QTRY_VERIFY((reasons = m_window->findChild<VoidDialog*>()) && reasons->isVisible());
    QVERIFY(reasons->windowTitle().size() > 0);
    click(reasons->findChild<QPushButton*>(u"reason_wrong_item"_s));
    QSignalSpy shown(m_tablet->engine.voids(), &VoidRequests::voidsChanged);
    click(reasons->confirmButton());
    QVERIFY(shown.wait(waitMs));
    QTRY_COMPARE(voided->rowCount(), 1);
    const auto cell = [voided](int column, int role = Qt::DisplayRole) {
        return voided->index(0, column).data(role);
    };
    QCOMPARE(cell(VoidedLinesModel::ItemColumn).toString(), m_venue.menu.at(0).name);
    QCOMPARE(cell(VoidedLinesModel::SeatColumn).toString(), u"2"_s);
    QVERIFY(cell(VoidedLinesModel::ItemColumn, Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(cell(VoidedLinesModel::QtyColumn, Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(cell(VoidedLinesModel::ReasonColumn).toString(), u"Wrong item"_s);
    QVERIFY2(cell(VoidedLinesModel::ApprovedByColumn).toString().contains(u"Selin"_s),
             qPrintable(cell(VoidedLinesModel::ApprovedByColumn).toString()));
    QVERIFY(m_view->voidedTable()->isVisibleTo(m_window.get()));

    // Another table: the first table's void leaves the screen at once, before its order is read.
    for (const Table& table : m_tablet->engine.tables()) {
        if (table.id == u"15"_s) {
            QSignalSpy changed(&m_tablet->engine, &SyncEngine::orderChanged);
            m_orders->open(table.orderId);
            QCOMPARE(voided->rowCount(), 0);
            QVERIFY(changed.wait(waitMs) || !changed.isEmpty());
            QCOMPARE(voided->rowCount(), 0);
        }
    }
    QCOMPARE(m_orders->orderId() != first, true);
    // Back to the first table: its order is read again, and the void is no longer shown.
    QCOMPARE(open(u"14"_s), first);
    QCOMPARE(voided->rowCount(), 0);
    QVERIFY(m_tablet->engine.voids()->recent(first).isEmpty());
}

// The server's bill names dishes in the venue's default language (English here); a tablet
// in German shows the bill with the German names its menu has.
void tst_OrderVoidsAndBill::billNamesDishesInTheTabletsLanguage()
{
    QSignalSpy menu(&m_tablet->engine, &SyncEngine::menuChanged);
    m_tablet->engine.refreshMenu(u"de"_s);
    QVERIFY(menu.wait(waitMs));
    // A dish whose German name is not its English one ("Lentil soup", "Linsensuppe").
    QString dish;
    QString german;
    for (const MenuItem& item : m_tablet->engine.menu()) {
        for (const MenuItem& english : std::as_const(m_venue.menu)) {
            if (dish.isEmpty() && english.id == item.id && english.name != item.name) {
                dish = item.id;
                german = item.name;
            }
        }
    }
    QVERIFY(!dish.isEmpty());
    const qint64 orderId = open(u"16"_s);
    QVERIFY(orderId > 0);
    QVERIFY(!m_tablet->firedLine(orderId, dish, 1).isEmpty());

    click(m_view->findChild<QPushButton*>(u"openBill"_s));
    BillView* bill = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((bill = m_window->findChild<BillView*>()) && bill->isVisible(),
                             waitMs);
    const QAbstractItemModel* rows = bill->table()->model();
    QCOMPARE(rows->index(1, BillModel::ItemColumn).data().toString(), german);
}

QTEST_MAIN(tst_OrderVoidsAndBill)
#include "tst_ordervoidsandbill.moc"
