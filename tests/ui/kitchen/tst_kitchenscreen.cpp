#include "IdleSignOut.h"
#include "KitchenScreen.h"
#include "KitchenView.h"
#include "MainWindow.h"
#include "PrintQueue.h"
#include "SoldOutModel.h"
#include "TicketCardsModel.h"

#include "client/LiveUpdates.h"
#include "client/SyncEngine.h"
#include "KitchenFire.h"
#include "PdfText.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int networkTimeoutMs = 30'000;

void tap(QListView* list, int row)
{
    const QModelIndex index = list->model()->index(row, 0);
    QVERIFY(index.isValid());
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
}
} // namespace

// The kitchen display end to end: the app signed in as the demo chef against an in-process
// VenueServer; waiters fire over HTTP; cards arrive live, print once as PDFs, bump, recall,
// filter by station, and sold out reaches the server.
class TestKitchenScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsPrintsBumpsAndRecalls();
    void filtersByStation();
    void setsSoldOut();
    void staysSignedInWhenIdle();
    void showsAFailedPrintUntilARetryPrintsIt();

private:
    void signInChef();
    int openOnServer();

    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_manager;
    QList<MenuItem> m_menu;
};

void TestKitchenScreen::init()
{
    m_fixture = std::make_unique<ServerFixture>();
    const Result<ServerFixture::Venue> venue = m_fixture->startVenue();
    QVERIFY_OK(venue);
    m_manager = venue->managerToken;
    m_menu = venue->menu;
    m_engine = std::make_unique<SyncEngine>(m_fixture->temporaryPath(u"kitchen.sqlite"_s));
    QVERIFY_OK(m_engine->open());
    m_engine->setServerUrl(m_fixture->baseUrl());
    m_window = std::make_unique<MainWindow>(*m_engine);
    m_window->setStaffNames({{u"ayse"_s, u"Ayşe"_s}});
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestKitchenScreen::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_fixture.reset();
}

void TestKitchenScreen::signInChef()
{
    m_window->signIn(u"chef"_s, ServerFixture::demoPin(u"chef"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->kitchenScreen(), networkTimeoutMs);
    auto* stack = m_window->findChild<QStackedWidget*>();
    QCOMPARE(stack->currentWidget(), m_window->kitchenScreen()->view());
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->liveUpdates()->isConnected(), networkTimeoutMs);
}

int TestKitchenScreen::openOnServer()
{
    const HttpReply open = m_fixture->http().get(u"/api/v1/kitchen/tickets?open=1"_s, m_manager);
    return open.status == 200 ? int(open.json().value(u"tickets"_s).toArray().size()) : -1;
}

void TestKitchenScreen::showsPrintsBumpsAndRecalls()
{
    signInChef();
    KitchenScreen* kitchen = m_window->kitchenScreen();
    const QString printers = m_fixture->temporaryPath(u"printers"_s);
    QVERIFY(QDir().mkpath(printers + u"/pass"_s));
    int jobs = 0;
    kitchen->printQueue()->setPrinterFactory([&](const QString& name) {
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(u"%1/%2/%3.pdf"_s.arg(printers, name).arg(++jobs));
        return printer;
    });
    kitchen->setFallbackPrinter(u"pass"_s);
    QSignalSpy printed(kitchen->printQueue(), &PrintQueue::printed);

    const Result<QList<qint64>> fired = KitchenFire::fireLine(
        *m_fixture, u"3"_s, KitchenFire::itemOf(m_menu, u"hot"_s), u"no onions"_s);
    QVERIFY_OK(fired);
    QCOMPARE(fired->size(), 1);
    TicketCardsModel* open = kitchen->openModel();
    // Live: the stream's ticket message brings the card, no refresh pressed.
    QTRY_COMPARE_WITH_TIMEOUT(open->rowCount(), 1, networkTimeoutMs);
    QCOMPARE(open->ticketIdAt(0), fired->first());
    QVERIFY(
        open->index(0).data(TicketCardsModel::NotesRole).toStringList().contains(u"no onions"_s));
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, networkTimeoutMs);
    const Result<QString> page = PdfText::read(u"%1/pass/1.pdf"_s.arg(printers));
    QVERIFY_OK(page);
    QVERIFY2(page->contains(u"Table 3"_s), qPrintable(page.value()));
    QVERIFY(page->contains(u"NOTE: no onions"_s));
    QVERIFY(page->contains(u"Waiter: Ayşe"_s));

    // Tap: bumped on the server and moved to the bumped list.
    tap(kitchen->view()->cards(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(open->rowCount(), 0, networkTimeoutMs);
    QCOMPARE(openOnServer(), 0);
    QCOMPARE(kitchen->bumpedModel()->rowCount(), 1);

    // Recall from the bumped list.
    kitchen->view()->bumpedButton()->click();
    tap(kitchen->view()->bumpedList(), 0);
    kitchen->view()->recallButton()->click();
    QCOMPARE(open->rowCount(), 1);
    QCOMPARE(kitchen->bumpedModel()->rowCount(), 0);

    // A second fire prints once more, never the first ticket again.
    const Result<QList<qint64>> again =
        KitchenFire::fireLine(*m_fixture, u"4"_s, KitchenFire::itemOf(m_menu, u"hot"_s));
    QVERIFY_OK(again);
    QTRY_COMPARE_WITH_TIMEOUT(open->rowCount(), 2, networkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 2, networkTimeoutMs);
    QCOMPARE(printed.at(1).at(0).toLongLong(), again->first());
    QCOMPARE(QDir(printers + u"/pass"_s).entryList(QDir::Files).size(), 2);
}

void TestKitchenScreen::filtersByStation()
{
    signInChef();
    KitchenScreen* kitchen = m_window->kitchenScreen();
    QVERIFY_OK(KitchenFire::fireLine(*m_fixture, u"5"_s, KitchenFire::itemOf(m_menu, u"hot"_s)));
    const QString barItem = KitchenFire::itemOf(m_menu, u"bar"_s);
    QVERIFY(!barItem.isEmpty());
    QVERIFY_OK(KitchenFire::fireLine(*m_fixture, u"6"_s, barItem));
    TicketCardsModel* open = kitchen->openModel();
    QTRY_COMPARE_WITH_TIMEOUT(open->rowCount(), 2, networkTimeoutMs);
    QComboBox* filter = kitchen->view()->stationFilter();
    QTRY_VERIFY_WITH_TIMEOUT(filter->findData(u"bar"_s) > 0, networkTimeoutMs);
    filter->setCurrentIndex(filter->findData(u"bar"_s));
    QCOMPARE(open->rowCount(), 1);
    QCOMPARE(open->index(0).data(TicketCardsModel::StationRole).toString(), u"bar"_s);
    filter->setCurrentIndex(0);
    QCOMPARE(open->rowCount(), 2);
}

void TestKitchenScreen::setsSoldOut()
{
    signInChef();
    KitchenScreen* kitchen = m_window->kitchenScreen();
    SoldOutModel* soldOut = kitchen->soldOutModel();
    const QString item = KitchenFire::itemOf(m_menu, u"hot"_s);
    QTRY_VERIFY_WITH_TIMEOUT(soldOut->rowOf(item) >= 0, networkTimeoutMs);
    QVERIFY(
        soldOut->setData(soldOut->index(soldOut->rowOf(item)), Qt::Checked, Qt::CheckStateRole));
    QTRY_COMPARE_WITH_TIMEOUT(
        soldOut->index(soldOut->rowOf(item)).data(Qt::CheckStateRole).value<Qt::CheckState>(),
        Qt::Checked, networkTimeoutMs);
    const Result<QList<MenuItem>> menu = m_fixture->menu(m_manager);
    QVERIFY_OK(menu);
    bool found = false;
    for (const MenuItem& entry : menu.value()) {
        if (entry.id == item) {
            found = true;
            QCOMPARE(entry.available, false);
        }
    }
    QVERIFY(found);
}

// The kitchen display must keep showing and printing tickets however long nobody touches it;
// a waiter on the same short idle time is signed out, so the wait below proves something.
void TestKitchenScreen::staysSignedInWhenIdle()
{
    constexpr int idleMs = 300;
    m_window->setIdleSignOut(idleMs);
    QSignalSpy loggedOut(m_engine.get(), &SyncEngine::loggedOut);
    signInChef();
    QVERIFY(!m_window->idleSignOut()->isArmed());
    QVERIFY(!loggedOut.wait(3 * idleMs));
    QVERIFY(m_engine->staff());
    QCOMPARE(m_engine->staff()->id, u"chef"_s);
    auto* stack = m_window->findChild<QStackedWidget*>();
    QCOMPARE(stack->currentWidget(), m_window->kitchenScreen()->view());

    m_engine->logout();
    QTRY_COMPARE_WITH_TIMEOUT(loggedOut.size(), 1, networkTimeoutMs);
    m_window->signIn(u"ayse"_s, ServerFixture::demoPin(u"ayse"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->staff() && m_engine->staff()->id == u"ayse"_s,
                             networkTimeoutMs);
    QVERIFY(m_window->idleSignOut()->isArmed());
    QTRY_COMPARE_WITH_TIMEOUT(loggedOut.size(), 2, networkTimeoutMs);
    QVERIFY(!m_engine->staff());
}

// The bar shows the print queue's failures, and "Retry printing" clears it once they print.
void TestKitchenScreen::showsAFailedPrintUntilARetryPrintsIt()
{
    signInChef();
    KitchenScreen* kitchen = m_window->kitchenScreen();
    const QString printers = m_fixture->temporaryPath(u"printers"_s);
    QVERIFY(QDir().mkpath(printers + u"/pass"_s));
    bool printerOn = false;
    kitchen->printQueue()->setPrinterFactory([&](const QString& name) {
        if (!printerOn)
            return std::unique_ptr<QPrinter>();
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(u"%1/%2/retried.pdf"_s.arg(printers, name));
        return printer;
    });
    kitchen->setFallbackPrinter(u"pass"_s);
    QSignalSpy printed(kitchen->printQueue(), &PrintQueue::printed);
    QPushButton* retry = kitchen->view()->retryPrintButton();
    QVERIFY(!retry->isVisible());

    QVERIFY_OK(KitchenFire::fireLine(*m_fixture, u"7"_s, KitchenFire::itemOf(m_menu, u"hot"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), networkTimeoutMs);
    QCOMPARE(kitchen->printQueue()->failed().size(), 1);
    const QString problem = kitchen->view()->printProblemLabel()->text();
    QVERIFY2(problem.contains(u"“pass” was not found"_s), qPrintable(problem));

    printerOn = true;
    retry->click();
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, networkTimeoutMs);
    QVERIFY(kitchen->printQueue()->failed().isEmpty());
    QVERIFY(!retry->isVisible());
    QVERIFY(kitchen->view()->printProblemLabel()->text().isEmpty());
    QVERIFY(QFile::exists(printers + u"/pass/retried.pdf"_s));
}

QTEST_MAIN(TestKitchenScreen)
#include "tst_kitchenscreen.moc"
