#include "KitchenView.h"
#include "TicketCardsModel.h"

#include "ManualClock.h"
#include "SampleTickets.h"

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The kitchen display's widget on offscreen: taps, the filter, the bumped list.
class TestKitchenView : public QObject
{
    Q_OBJECT
private:
    struct Display
    {
        Display()
            : open(TicketCardsModel::Part::Open, clock)
            , bumped(TicketCardsModel::Part::Bumped, clock)
            , view(&open, &bumped)
        {
            const qint64 now = clock.nowMs();
            open.setTickets({SampleTickets::fire(1, u"hot"_s, now - 60'000),
                             SampleTickets::fire(2, u"bar"_s, now - 30'000),
                             SampleTickets::voided(3, u"hot"_s, now)});
            bumped.setTickets({SampleTickets::fire(4, u"hot"_s, now - 90'000)});
            view.setStations({u"hot"_s, u"bar"_s});
            view.resize(1280, 800);
            view.show();
        }
        ManualClock clock;
        TicketCardsModel open;
        TicketCardsModel bumped;
        KitchenView view;
    };

    static void tap(QListView* list, int row)
    {
        const QRect card = list->visualRect(list->model()->index(row, 0));
        QVERIFY(card.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, card.center());
    }

private Q_SLOTS:
    void tapBumpsTheCard()
    {
        Display display;
        QVERIFY(QTest::qWaitForWindowExposed(&display.view));
        QSignalSpy bump(&display.view, &KitchenView::bumpRequested);
        tap(display.view.cards(), 1);
        QCOMPARE(bump.size(), 1);
        QCOMPARE(bump.at(0).at(0).toLongLong(), 2);
        tap(display.view.cards(), 2);
        QCOMPARE(bump.size(), 2);
        QCOMPARE(bump.at(1).at(0).toLongLong(), 3);
    }

    void cardsDoNotOverlap()
    {
        Display display;
        QVERIFY(QTest::qWaitForWindowExposed(&display.view));
        QListView* cards = display.view.cards();
        const QRect first = cards->visualRect(display.open.index(0));
        const QRect second = cards->visualRect(display.open.index(1));
        QVERIFY(!first.intersects(second));
        // Side by side: a 1280 px display shows several cards in a row.
        QCOMPARE(first.top(), second.top());
    }

    void filterSaysTheStation()
    {
        Display display;
        QSignalSpy chosen(&display.view, &KitchenView::stationChosen);
        QComboBox* filter = display.view.stationFilter();
        QCOMPARE(filter->count(), 3);
        QCOMPARE(filter->itemText(0), u"All stations"_s);
        filter->setCurrentIndex(filter->findData(u"bar"_s));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), u"bar"_s);
        QCOMPARE(display.view.station(), u"bar"_s);
        // New stations keep the chosen one; a station that went away falls back to all.
        display.view.setStations({u"bar"_s, u"pastry"_s});
        QCOMPARE(display.view.station(), u"bar"_s);
        display.view.setStations({u"hot"_s});
        QCOMPARE(display.view.station(), QString());
        QCOMPARE(chosen.last().at(0).toString(), QString());
    }

    // New tickets from the feed reset the bumped list; the cook's chosen ticket stays chosen.
    void keepsTheBumpedSelectionThroughNewTickets()
    {
        Display display;
        QVERIFY(QTest::qWaitForWindowExposed(&display.view));
        display.view.bumpedButton()->click();
        const qint64 now = display.clock.nowMs();
        display.bumped.setTickets({SampleTickets::fire(4, u"hot"_s, now - 90'000),
                                   SampleTickets::fire(5, u"bar"_s, now - 80'000)});
        tap(display.view.bumpedList(), 1);
        QVERIFY(display.view.recallButton()->isEnabled());
        display.bumped.setTickets({SampleTickets::fire(6, u"hot"_s, now - 10'000),
                                   SampleTickets::fire(4, u"hot"_s, now - 90'000),
                                   SampleTickets::fire(5, u"bar"_s, now - 80'000)});
        QCOMPARE(display.bumped.ticketIdAt(2), 5);
        QVERIFY(display.view.recallButton()->isEnabled());
        QSignalSpy recall(&display.view, &KitchenView::recallRequested);
        display.view.recallButton()->click();
        QCOMPARE(recall.size(), 1);
        QCOMPARE(recall.at(0).at(0).toLongLong(), 5);
        // The chosen ticket left the list (recalled): nothing stays chosen.
        display.bumped.setTickets({SampleTickets::fire(6, u"hot"_s, now - 10'000)});
        QVERIFY(!display.view.recallButton()->isEnabled());
    }

    void bumpedListRecallsAndReprints()
    {
        Display display;
        QVERIFY(QTest::qWaitForWindowExposed(&display.view));
        display.view.setBumpedCount(1);
        QCOMPARE(display.view.bumpedButton()->text(), u"Bumped (1)"_s);
        QVERIFY(!display.view.bumpedList()->isVisible());
        display.view.bumpedButton()->click();
        QVERIFY(display.view.bumpedList()->isVisible());
        QVERIFY(!display.view.recallButton()->isEnabled());
        QSignalSpy recall(&display.view, &KitchenView::recallRequested);
        QSignalSpy reprint(&display.view, &KitchenView::reprintRequested);
        tap(display.view.bumpedList(), 0);
        QVERIFY(display.view.recallButton()->isEnabled());
        display.view.reprintButton()->click();
        QCOMPARE(reprint.size(), 1);
        QCOMPARE(reprint.at(0).at(0).toLongLong(), 4);
        display.view.recallButton()->click();
        QCOMPARE(recall.size(), 1);
        QCOMPARE(recall.at(0).at(0).toLongLong(), 4);
    }

    void showsPrintProblemsWithRetry()
    {
        Display display;
        QVERIFY(!display.view.retryPrintButton()->isVisible());
        QSignalSpy retry(&display.view, &KitchenView::retryPrintRequested);
        display.view.setPrintProblem(u"1 ticket not printed."_s);
        QVERIFY(display.view.printProblemLabel()->isVisible());
        QVERIFY(display.view.retryPrintButton()->isVisible());
        display.view.retryPrintButton()->click();
        QCOMPARE(retry.size(), 1);
        display.view.setPrintProblem({});
        QVERIFY(!display.view.retryPrintButton()->isVisible());
    }
};

QTEST_MAIN(TestKitchenView)
#include "tst_kitchenview.moc"
