#include "BillFlow.h"
#include "BillModel.h"
#include "BillView.h"
#include "MoneyText.h"

#include "client/Bills.h"
#include "client/TabletSettings.h"
#include "PdfText.h"
#include "ResultCheck.h"
#include "TabletSession.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

// A table's bill on the tablet, as the real bill screen on offscreen over a tablet engine that
// talks HTTP to an in-process VenueServer: seats with their lines and subtotals, the shared
// items, the total in the chosen language's money; "Paid" asks first and then closes the order,
// "No" leaves it open; the bill prints to a PDF that reads back the same.
namespace {

constexpr int waitMs = TabletSession::waitMs;

// Answers the next question box with `answer` once it is up (QMessageBox::question blocks).
class QuestionAnswer : public QObject
{
public:
    explicit QuestionAnswer(QMessageBox::StandardButton answer)
        : m_answer(answer)
    {
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || !box->button(m_answer))
                return;
            m_poll.stop();
            m_question = box->text();
            box->button(m_answer)->click();
        });
        m_poll.start(10);
    }
    bool answered() const { return !m_question.isEmpty(); }
    QString question() const { return m_question; }

private:
    QMessageBox::StandardButton m_answer;
    QTimer m_poll;
    QString m_question;
};

} // namespace

class tst_BillFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsSeatsSharedAndTotal();
    void namesDishesInTheTabletsLanguage();
    void paidAsksThenCloses();
    void printsToAPdf();
    void billsPrintOnTheirOwnPrinter();

private:
    // Seat 1: 2× item 0 and item 1; seat 2: item 2; shared: 3× item 3. All sent and fired.
    void openBill(const QString& tableId);
    qint64 cents(int item, int qty = 1) const { return qty * m_venue.menu.at(item).priceCents; }
    QString money(qint64 amount) const
    {
        return MoneyText::text(amount, m_flow->model()->bill().currency);
    }
    Order serverOrder() const;

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Venue m_venue;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<TabletSession> m_tablet;
    BillFlow* m_flow = nullptr;
    qint64 m_orderId = 0;
};

void tst_BillFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The tablet's settings in a folder of the test's own.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"TableSyncTest"_s);
    QCoreApplication::setApplicationName(u"tst_ui_billflow"_s);
}

void tst_BillFlow::init()
{
    QLocale::setDefault(QLocale(u"de_DE"_s)); // money as the chosen language writes it
    m_fixture = std::make_unique<ServerFixture>();
    const Result<ServerFixture::Venue> venue = m_fixture->startVenue();
    QVERIFY_OK(venue);
    m_venue = venue.value();
    QVERIFY(m_venue.menu.size() >= 4);
    m_window = std::make_unique<QWidget>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tablet = TabletSession::signIn(*m_fixture, m_dir, u"ayse"_s);
    QVERIFY(m_tablet);
    m_flow = new BillFlow(*m_tablet->engine.bills(), m_clock, m_window.get());
}

void tst_BillFlow::cleanup()
{
    m_window.reset();
    m_flow = nullptr;
    m_tablet.reset();
    m_fixture.reset();
    QLocale::setDefault(QLocale::c());
}

void tst_BillFlow::openBill(const QString& tableId)
{
    SyncEngine& engine = m_tablet->engine;
    m_orderId = m_tablet->openTable(tableId);
    QVERIFY(m_orderId > 0);
    engine.addLine(m_orderId, m_venue.menu.at(0).id, 1, 2);
    engine.addLine(m_orderId, m_venue.menu.at(1).id, 1);
    engine.addLine(m_orderId, m_venue.menu.at(2).id, 2);
    QVERIFY(!m_tablet->firedLine(m_orderId, m_venue.menu.at(3).id, 0, 3).isEmpty());
    QSignalSpy read(engine.bills(), &Bills::billRead);
    m_flow->open(m_orderId, u"Table "_s + tableId);
    QVERIFY(read.wait(waitMs));
    QTRY_VERIFY(m_flow->view() && m_flow->view()->isVisible());
}

Order tst_BillFlow::serverOrder() const
{
    const Result<Order> order = m_fixture->order(m_orderId, m_venue.managerToken);
    return order ? order.value() : Order{};
}

void tst_BillFlow::showsSeatsSharedAndTotal()
{
    openBill(u"11"_s);
    const BillModel* bill = m_flow->model();
    QCOMPARE(m_flow->view()->table()->model(), bill);
    using Kind = BillModel::RowKind;
    // (kind, seat, item column text, amount column text) row by row, guests first, shared last.
    struct Expected
    {
        Kind kind;
        int seat;
        QString item;
        QString amount;
    };
    const QList<Expected> expected{
        {Kind::SeatHeading, 1, BillModel::seatText(1), {}},
        {Kind::Line, 1, m_venue.menu.at(0).name, money(cents(0, 2))},
        {Kind::Line, 1, m_venue.menu.at(1).name, money(cents(1))},
        {Kind::SeatTotal, 1, u"Seat 1 total"_s, money(cents(0, 2) + cents(1))},
        {Kind::SeatHeading, 2, BillModel::seatText(2), {}},
        {Kind::Line, 2, m_venue.menu.at(2).name, money(cents(2))},
        {Kind::SeatTotal, 2, u"Seat 2 total"_s, money(cents(2))},
        {Kind::SeatHeading, 0, BillModel::seatText(0), {}},
        {Kind::Line, 0, m_venue.menu.at(3).name, money(cents(3, 3))},
        {Kind::SeatTotal, 0, u"Shared total"_s, money(cents(3, 3))},
        {Kind::Total, 0, u"Total"_s, money(cents(0, 2) + cents(1) + cents(2) + cents(3, 3))},
    };
    QCOMPARE(bill->rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        const QModelIndex item = bill->index(row, BillModel::ItemColumn);
        QCOMPARE(Kind(item.data(BillModel::RowKindRole).toInt()), expected.at(row).kind);
        QCOMPARE(item.data(BillModel::SeatRole).toInt(), expected.at(row).seat);
        QCOMPARE(item.data().toString(), expected.at(row).item);
        QCOMPARE(bill->index(row, BillModel::AmountColumn).data().toString(),
                 expected.at(row).amount);
    }
    QCOMPARE(bill->index(1, BillModel::QtyColumn).data().toInt(), 2);
    QCOMPARE(bill->index(1, BillModel::UnitColumn).data().toString(), money(cents(0)));
    // German money: a decimal comma and the symbol after the amount.
    QVERIFY(money(cents(0, 2)).contains(u',') || cents(0, 2) % 100 == 0);
    QCOMPARE(bill->bill().totalCents, cents(0, 2) + cents(1) + cents(2) + cents(3, 3));
}

// The server names dishes in the venue's default language; the tablet shows its own.
void tst_BillFlow::namesDishesInTheTabletsLanguage()
{
    openBill(u"12"_s);
    const BillLine first = m_flow->model()->bill().lines.first();
    QCOMPARE(first.name, m_venue.menu.at(0).name);
    QSignalSpy read(m_tablet->engine.bills(), &Bills::billRead);
    m_flow->open(m_orderId, u"Table 12"_s, {{first.lineId, u"Mercimek çorbası"_s}});
    QVERIFY(read.wait(waitMs));
    QCOMPARE(m_flow->model()->index(1, BillModel::ItemColumn).data().toString(),
             u"Mercimek çorbası"_s);
    QCOMPARE(m_flow->model()->bill().lines.first().name, u"Mercimek çorbası"_s);
    // Other lines keep the server's names.
    QCOMPARE(m_flow->model()->index(2, BillModel::ItemColumn).data().toString(),
             m_venue.menu.at(1).name);
}

void tst_BillFlow::paidAsksThenCloses()
{
    openBill(u"12"_s);
    QSignalSpy paid(m_flow, &BillFlow::paid);
    QSignalSpy closing(m_tablet->engine.bills(), &Bills::paid);
    {
        QuestionAnswer no(QMessageBox::No);
        QTest::mouseClick(m_flow->view()->paidButton(), Qt::LeftButton);
        QVERIFY(no.answered());
        QVERIFY(no.question().contains(money(m_flow->model()->bill().totalCents)));
    }
    // "No": nothing asked of the server; a later read shows the order still open.
    QVERIFY(m_flow->view()->isVisible());
    QVERIFY(closing.isEmpty());
    QCOMPARE(serverOrder().status, Order::Status::Open);

    {
        QuestionAnswer yes(QMessageBox::Yes);
        QTest::mouseClick(m_flow->view()->paidButton(), Qt::LeftButton);
        QVERIFY(yes.answered());
    }
    QVERIFY(paid.wait(waitMs));
    QCOMPARE(paid.first().first().toLongLong(), m_orderId);
    QCOMPARE(serverOrder().status, Order::Status::Closed);
    QTRY_VERIFY(!m_flow->view()); // the bill screen closed with the order
}

void tst_BillFlow::printsToAPdf()
{
    openBill(u"13"_s);
    const QString path = m_dir.filePath(u"bill-13.pdf"_s);
    QVERIFY(m_flow->writePdf(path));
    const Result<QString> read = PdfText::read(path);
    QVERIFY_OK(read);
    // pdftotext writes the money's no-break space as a plain one.
    const auto plain = [](QString text) { return text.replace(QChar(0x00a0), u' '); };
    const QString text = plain(read.value());
    const BillModel* bill = m_flow->model();
    const QString total = plain(money(bill->bill().totalCents));
    for (const QString& expected :
         {u"Table 13"_s, u"Seat 1 total"_s, u"Seat 2 total"_s, u"Shared total"_s,
          m_venue.menu.at(0).name, m_venue.menu.at(3).name, total,
          plain(money(cents(0, 2) + cents(1)))}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u" missing in:\n"_s + text));
    }
    QVERIFY(text.contains(QRegularExpression(u"Total\\s+"_s + QRegularExpression::escape(total))));
    // A path that cannot be written is said on the bill screen, not lost.
    QVERIFY(!m_flow->writePdf(m_dir.filePath(u"no-such-folder/bill.pdf"_s)));
    QTRY_VERIFY(!m_flow->view()->findChild<QLabel*>(u"resultError"_s)->isHidden());
}

void tst_BillFlow::billsPrintOnTheirOwnPrinter()
{
    m_flow->setPrinterName(u"Kitchen Epson"_s);          // the tablet's --printer
    QCOMPARE(m_flow->printerName(), u"Kitchen Epson"_s); // no bills' printer chosen yet
    TabletSettings().setBillPrinter(u"Front desk HP"_s);
    QCOMPARE(m_flow->printerName(), u"Front desk HP"_s);
    TabletSettings().setBillPrinter({});
    m_flow->setPrinterName({});
    QCOMPARE(m_flow->printerName(), QString()); // nothing chosen anywhere: the dialog asks
}

QTEST_MAIN(tst_BillFlow)
#include "tst_billflow.moc"
