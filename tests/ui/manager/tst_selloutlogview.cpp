#include "SellOutLogModel.h"
#include "SellOutLogView.h"

#include "ManualClock.h"

#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
QList<MenuItem> menu(bool lambAvailable)
{
    MenuItem lamb;
    lamb.id = u"lamb-shank"_s;
    lamb.name = u"Lamb shank"_s;
    lamb.category = u"Mains"_s;
    lamb.priceCents = 2400;
    lamb.station = u"hot"_s;
    lamb.available = lambAvailable;
    MenuItem tea = lamb;
    tea.id = u"tea"_s;
    tea.name = u"Tea"_s;
    tea.station = u"bar"_s;
    tea.available = true;
    return {lamb, tea};
}
} // namespace

class tst_SellOutLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shownOnlyWhenWantedAndSomethingSoldOut_data();
    void shownOnlyWhenWantedAndSomethingSoldOut();
    void headingNamesTheList();
    void theFirstSellOutsStayWholeInLittleRoom();
};

void tst_SellOutLogView::shownOnlyWhenWantedAndSomethingSoldOut_data()
{
    QTest::addColumn<bool>("wanted");
    QTest::addColumn<bool>("soldOutAtRead");
    QTest::addColumn<bool>("soldOutLive");
    QTest::addColumn<bool>("shown");
    QTest::newRow("venue, nothing sold out") << true << false << false << false;
    QTest::newRow("venue, sold out before the menu was read") << true << true << false << true;
    QTest::newRow("venue, sold out while watching") << true << false << true << true;
    QTest::newRow("one table, something sold out") << false << true << true << false;
}

void tst_SellOutLogView::shownOnlyWhenWantedAndSomethingSoldOut()
{
    QFETCH(bool, wanted);
    QFETCH(bool, soldOutAtRead);
    QFETCH(bool, soldOutLive);
    QFETCH(bool, shown);

    ManualClock clock(1'780'000'000'000);
    SellOutLogModel log(clock);
    QWidget window;
    auto* view = new SellOutLogView(&log, &window);
    window.show();
    view->setWanted(wanted);
    log.setMenu(menu(!soldOutAtRead));
    if (soldOutLive)
        log.record(u"lamb-shank"_s, false);

    QCOMPARE(view->isVisibleTo(&window), shown);
    QCOMPARE(view->table()->isVisibleTo(&window), shown);
    if (shown)
        QCOMPARE(view->table()->model()->rowCount(), 1);

    // The venue's view comes back (or goes) with the list as it is now.
    view->setWanted(!wanted);
    QCOMPARE(view->isVisibleTo(&window), !wanted && log.rowCount() > 0);
}

void tst_SellOutLogView::headingNamesTheList()
{
    SellOutLogModel log;
    SellOutLogView view(&log);
    const QList<QLabel*> labels = view.findChildren<QLabel*>(u"sectionTitle"_s);
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.constFirst()->text(), u"Sold out tonight"_s);
}

void tst_SellOutLogView::theFirstSellOutsStayWholeInLittleRoom()
{
    MenuItem dish = menu(true).constFirst();
    QList<MenuItem> dishes;
    for (int i = 0; i < 5; ++i) {
        dish.id = u"dish-%1"_s.arg(i);
        dishes.append(dish);
    }
    SellOutLogModel log;
    log.setMenu(dishes);
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* events = new QTableView(&window); // takes all the room it gets, as the events do
    layout->addWidget(events, 3);
    auto* view = new SellOutLogView(&log, &window);
    layout->addWidget(view, 1);
    view->setWanted(true);
    window.resize(600, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    for (int sold = 1; sold <= 5; ++sold) {
        log.record(u"dish-%1"_s.arg(sold - 1), false);
        window.resize(600, 200); // less than everything wants: the layout shares out the lack
        QTRY_VERIFY(view->isVisible());
        QTableView* table = view->table();
        const int whole = std::min(sold, 3);
        QTRY_VERIFY2(table->viewport()->height() >= whole * table->rowHeight(0),
                     qPrintable(u"%1 sold out, %2 px for %3 rows of %4 px"_s.arg(sold)
                                    .arg(table->viewport()->height())
                                    .arg(whole)
                                    .arg(table->rowHeight(0))));
    }
}

QTEST_MAIN(tst_SellOutLogView)
#include "tst_selloutlogview.moc"
