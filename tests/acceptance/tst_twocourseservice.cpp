#include "KitchenScreen.h"
#include "MainWindow.h"
#include "PrintQueue.h"
#include "TicketCardsModel.h"

#include "client/KitchenFeed.h"
#include "client/LiveUpdates.h"
#include "client/SyncEngine.h"
#include "KitchenFire.h"
#include "PdfText.h"
#include "ResultCheck.h"
#include "ServerFixture.h"

#include <QDir>
#include <QPrinter>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int networkTimeoutMs = 30'000;
const QString tableId = u"8"_s;
} // namespace

// Issue 14's "done when", end to end on loopback: a waiter's tablet sends a two-course order and
// a kitchen display with a PDF printer shows and prints course 1 once; "Fire course 2" brings
// course 2 once; firing again, a catch-up and a restarted kitchen display print nothing twice.
class TestTwoCourseService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void eachCourseReachesTheKitchenOnce();

private:
    void startKitchen();
    Result<QString> printedPage(int job) const;

    std::unique_ptr<ServerFixture> m_fixture;
    QList<MenuItem> m_menu;
    QString m_printers;
    int m_jobs = 0;
    std::unique_ptr<SyncEngine> m_waiter;
    std::unique_ptr<SyncEngine> m_kitchenEngine;
    std::unique_ptr<MainWindow> m_kitchen;
};

void TestTwoCourseService::init()
{
    m_fixture = std::make_unique<ServerFixture>();
    const Result<ServerFixture::Venue> venue = m_fixture->startVenue();
    QVERIFY_OK(venue);
    m_menu = venue->menu;
    m_printers = m_fixture->temporaryPath(u"printers"_s);
    QVERIFY(QDir().mkpath(m_printers + u"/pass"_s));
    m_jobs = 0;
}

void TestTwoCourseService::cleanup()
{
    m_kitchen.reset();
    m_kitchenEngine.reset();
    m_waiter.reset();
    m_fixture.reset();
}

// The kitchen display as the app starts it, signed in as the demo chef, printing PDFs.
void TestTwoCourseService::startKitchen()
{
    m_kitchenEngine =
        std::make_unique<SyncEngine>(m_fixture->temporaryPath(u"kitchen-tablet.sqlite"_s));
    QVERIFY_OK(m_kitchenEngine->open());
    m_kitchenEngine->setServerUrl(m_fixture->baseUrl());
    m_kitchen = std::make_unique<MainWindow>(*m_kitchenEngine);
    m_kitchen->resize(1280, 800);
    m_kitchen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_kitchen.get()));
    m_kitchen->signIn(u"chef"_s, ServerFixture::demoPin(u"chef"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_kitchen->kitchenScreen(), networkTimeoutMs);
    KitchenScreen* screen = m_kitchen->kitchenScreen();
    screen->printQueue()->setPrinterFactory([this](const QString& name) {
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(u"%1/%2/%3.pdf"_s.arg(m_printers, name).arg(++m_jobs));
        return printer;
    });
    screen->setFallbackPrinter(u"pass"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_kitchenEngine->liveUpdates()->isConnected(), networkTimeoutMs);
}

Result<QString> TestTwoCourseService::printedPage(int job) const
{
    return PdfText::read(u"%1/pass/%2.pdf"_s.arg(m_printers).arg(job));
}

void TestTwoCourseService::eachCourseReachesTheKitchenOnce()
{
    startKitchen();
    QSignalSpy printed(m_kitchen->kitchenScreen()->printQueue(), &PrintQueue::printed);

    m_waiter = std::make_unique<SyncEngine>(m_fixture->temporaryPath(u"waiter-tablet.sqlite"_s));
    QVERIFY_OK(m_waiter->open());
    m_waiter->setServerUrl(m_fixture->baseUrl());
    QSignalSpy loggedIn(m_waiter.get(), &SyncEngine::loggedIn);
    m_waiter->login(u"ayse"_s, ServerFixture::demoPin(u"ayse"_s));
    QVERIFY(loggedIn.wait(networkTimeoutMs));
    const Result<QByteArray> waiterToken = m_fixture->token(u"ayse"_s);
    QVERIFY_OK(waiterToken);
    const Result<Table> table = m_fixture->table(tableId, waiterToken.value());
    QVERIFY_OK(table);
    const qint64 orderId = table->orderId;
    QSignalSpy opened(m_waiter.get(), &SyncEngine::orderChanged);
    m_waiter->openOrder(orderId);
    QVERIFY(opened.wait(networkTimeoutMs));

    // One station, so each course is exactly one ticket and one printed page.
    const QString dish = KitchenFire::itemOf(m_menu, u"hot"_s);
    QVERIFY(!dish.isEmpty());
    m_waiter->addLine(orderId, dish, 1, 2, u"no onions"_s, 1);
    m_waiter->addLine(orderId, dish, 2, 1, {}, 2);
    QSignalSpy fired(m_waiter.get(), &SyncEngine::fired);
    m_waiter->send(orderId);
    QVERIFY(fired.wait(networkTimeoutMs));
    QCOMPARE(fired.first().at(1).value<QList<int>>(), QList<int>{1});

    TicketCardsModel* open = m_kitchen->kitchenScreen()->openModel();
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, networkTimeoutMs);
    QCOMPARE(open->rowCount(), 1);
    const Result<QString> first = printedPage(1);
    QVERIFY_OK(first);
    QVERIFY2(first->contains(u"Course 1"_s), qPrintable(first.value()));
    QVERIFY(first->contains(u"NOTE: no onions"_s));
    QVERIFY(!first->contains(u"Course 2"_s));

    // Course 2 waited on the order until the waiter fired it.
    const Result<Order> waiting = m_fixture->order(orderId, waiterToken.value());
    QVERIFY_OK(waiting);
    QCOMPARE(waiting->items.size(), 2);
    for (const Line& line : waiting->items)
        QCOMPARE(line.fired(), line.course == 1);

    m_waiter->fireCourse(orderId, 2);
    QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 2, networkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 2, networkTimeoutMs);
    QCOMPARE(open->rowCount(), 2);
    const Result<QString> second = printedPage(2);
    QVERIFY_OK(second);
    QVERIFY2(second->contains(u"Course 2"_s), qPrintable(second.value()));
    QVERIFY(!second->contains(u"Course 1"_s));

    // A second tap on "Fire course 2" fires nothing; a catch-up from `since` repeats nothing.
    m_waiter->fireCourse(orderId, 2);
    QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 3, networkTimeoutMs);
    QCOMPARE(fired.last().at(2).toInt(), 0);
    QSignalSpy caughtUp(m_kitchenEngine->kitchen(), &KitchenFeed::caughtUp);
    m_kitchenEngine->kitchen()->catchUp();
    QVERIFY(caughtUp.wait(networkTimeoutMs));
    QCOMPARE(open->rowCount(), 2);
    QCOMPARE(printed.size(), 2);

    // The kitchen display restarts on its own file: both cards are back, nothing reprints.
    m_kitchen.reset();
    m_kitchenEngine.reset();
    startKitchen();
    QSignalSpy reprinted(m_kitchen->kitchenScreen()->printQueue(), &PrintQueue::printed);
    QTRY_COMPARE_WITH_TIMEOUT(m_kitchen->kitchenScreen()->openModel()->rowCount(), 2,
                              networkTimeoutMs);
    QSignalSpy restartCaughtUp(m_kitchenEngine->kitchen(), &KitchenFeed::caughtUp);
    m_kitchenEngine->kitchen()->catchUp();
    QVERIFY(restartCaughtUp.wait(networkTimeoutMs));
    QCOMPARE(reprinted.size(), 0);
    QCOMPARE(QDir(m_printers + u"/pass"_s).entryList(QDir::Files).size(), 2);
}

QTEST_MAIN(TestTwoCourseService)
#include "tst_twocourseservice.moc"
