#include "TicketCardsModel.h"

#include "ManualClock.h"
#include "SampleTickets.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTicketCardsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester();
    void showsTheOldestFirst();
    void filtersByStation();
    void coloursByAge_data();
    void coloursByAge();
    void showsCourseSeatAndNotes();
    void marksVoidTickets();
    void keepsTheBumpedOrder();
};

void TestTicketCardsModel::passesTheModelTester()
{
    ManualClock clock;
    TicketCardsModel model(TicketCardsModel::Part::Open, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 now = clock.nowMs();
    model.setTickets({SampleTickets::fire(1, u"hot"_s, now), SampleTickets::fire(2, u"bar"_s, now),
                      SampleTickets::voided(3, u"hot"_s, now)});
    model.setStation(u"hot"_s);
    QCOMPARE(model.rowCount(), 2);
    clock.advance(11 * 60'000);
    model.refreshAges();
    model.setStaffNames({{u"ayse"_s, u"Ayşe"_s}});
    model.setStation({});
    QCOMPARE(model.rowCount(), 3);
    model.setTickets({});
    QCOMPARE(model.rowCount(), 0);
}

void TestTicketCardsModel::showsTheOldestFirst()
{
    ManualClock clock;
    TicketCardsModel model(TicketCardsModel::Part::Open, clock);
    const qint64 now = clock.nowMs();
    model.setTickets({SampleTickets::fire(7, u"hot"_s, now - 1000),
                      SampleTickets::fire(5, u"hot"_s, now - 5000),
                      SampleTickets::fire(6, u"cold"_s, now - 3000)});
    QCOMPARE(model.ticketIdAt(0), 5);
    QCOMPARE(model.ticketIdAt(1), 6);
    QCOMPARE(model.ticketIdAt(2), 7);
    QCOMPARE(model.ticketIdAt(3), 0);
    // The feed says the same tickets again: nothing shown changed, so no reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTickets({SampleTickets::fire(6, u"cold"_s, now - 3000),
                      SampleTickets::fire(7, u"hot"_s, now - 1000),
                      SampleTickets::fire(5, u"hot"_s, now - 5000)});
    QCOMPARE(reset.size(), 0);
    model.setTickets({SampleTickets::fire(7, u"hot"_s, now - 1000)});
    QCOMPARE(reset.size(), 1);
}

void TestTicketCardsModel::filtersByStation()
{
    ManualClock clock;
    TicketCardsModel model(TicketCardsModel::Part::Open, clock);
    const qint64 now = clock.nowMs();
    model.setTickets({SampleTickets::fire(1, u"hot"_s, now), SampleTickets::fire(2, u"bar"_s, now),
                      SampleTickets::fire(3, u"hot"_s, now)});
    model.setStation(u"bar"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.ticketIdAt(0), 2);
    QCOMPARE(model.index(0).data(TicketCardsModel::StationRole).toString(), u"bar"_s);
    QCOMPARE(model.indexOf(2), model.index(0));
    // A ticket of another station is not on this display, so there is nothing to select.
    QVERIFY(!model.indexOf(3).isValid());
    // New tickets keep the filter.
    model.setTickets(
        {SampleTickets::fire(1, u"hot"_s, now), SampleTickets::fire(4, u"bar"_s, now)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.ticketIdAt(0), 4);
    model.setStation({});
    QCOMPARE(model.rowCount(), 2);
}

void TestTicketCardsModel::coloursByAge_data()
{
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<int>("age");
    QTest::addColumn<int>("minutes");
    QTest::newRow("just made") << qint64(0) << int(TicketCardsModel::Age::Fresh) << 0;
    QTest::newRow("10 minutes") << qint64(10 * 60'000) << int(TicketCardsModel::Age::Fresh) << 10;
    QTest::newRow("10 minutes and a second")
        << qint64(10 * 60'000 + 1000) << int(TicketCardsModel::Age::Waiting) << 10;
    QTest::newRow("20 minutes") << qint64(20 * 60'000) << int(TicketCardsModel::Age::Waiting) << 20;
    QTest::newRow("21 minutes") << qint64(21 * 60'000) << int(TicketCardsModel::Age::Late) << 21;
}

void TestTicketCardsModel::coloursByAge()
{
    QFETCH(qint64, ageMs);
    QFETCH(int, age);
    QFETCH(int, minutes);
    ManualClock clock;
    TicketCardsModel model(TicketCardsModel::Part::Open, clock);
    model.setTickets({SampleTickets::fire(1, u"hot"_s, clock.nowMs())});
    QCOMPARE(model.index(0).data(TicketCardsModel::AgeRole).toInt(),
             int(TicketCardsModel::Age::Fresh));
    const QColor fresh = model.index(0).data(Qt::BackgroundRole).value<QColor>();
    clock.advance(ageMs);
    model.refreshAges();
    QCOMPARE(model.index(0).data(TicketCardsModel::AgeRole).toInt(), age);
    QCOMPARE(model.index(0).data(TicketCardsModel::AgeMinutesRole).toInt(), minutes);
    // The colour follows the level, and the minutes are written too (never colour alone).
    const QColor now = model.index(0).data(Qt::BackgroundRole).value<QColor>();
    QCOMPARE(now == fresh, age == int(TicketCardsModel::Age::Fresh));
    QVERIFY(model.index(0)
                .data(TicketCardsModel::FooterRole)
                .toString()
                .contains(u"%1 min"_s.arg(minutes)));
}

void TestTicketCardsModel::showsCourseSeatAndNotes()
{
    ManualClock clock;
    TicketCardsModel model(TicketCardsModel::Part::Open, clock);
    model.setStaffNames({{u"ayse"_s, u"Ayşe"_s}});
    model.setTickets({SampleTickets::fire(1, u"hot"_s, clock.nowMs(), 2)});
    const QModelIndex card = model.index(0);
    QCOMPARE(card.data(TicketCardsModel::TitleRole).toString(), u"Table 12 · Course 2"_s);
    QCOMPARE(card.data(TicketCardsModel::CourseRole).toInt(), 2);
    QCOMPARE(card.data(TicketCardsModel::LinesRole).toStringList(),
             (QStringList{u"2 × Lentil soup"_s, u"1 × Adana kebab"_s}));
    QCOMPARE(card.data(TicketCardsModel::SeatsRole).toStringList(),
             (QStringList{u"Seat 3"_s, u"Shared"_s}));
    QCOMPARE(card.data(TicketCardsModel::NotesRole).toStringList(),
             (QStringList{u"no onions"_s, QString()}));
    QVERIFY(card.data(TicketCardsModel::FooterRole).toString().startsWith(u"Ayşe · "_s));
    QCOMPARE(card.data(TicketCardsModel::VoidRole).toBool(), false);
}

void TestTicketCardsModel::marksVoidTickets()
{
    ManualClock clock;
    TicketCardsModel model(TicketCardsModel::Part::Open, clock);
    model.setTickets({SampleTickets::voided(9, u"hot"_s, clock.nowMs())});
    const QModelIndex card = model.index(0);
    QCOMPARE(card.data(TicketCardsModel::VoidRole).toBool(), true);
    QVERIFY(card.data(Qt::DisplayRole).toString().startsWith(u"VOID\n"_s));
    QCOMPARE(card.data(TicketCardsModel::NotesRole).toStringList(),
             QStringList{u"Guest changed their mind"_s});
    // Black, whatever its age: a void never looks like food to cook.
    QCOMPARE(card.data(Qt::BackgroundRole).value<QColor>(), QColor(0x20, 0x20, 0x20));
}

void TestTicketCardsModel::keepsTheBumpedOrder()
{
    ManualClock clock;
    TicketCardsModel model(TicketCardsModel::Part::Bumped, clock);
    const qint64 now = clock.nowMs();
    // The feed hands the bumped list newest bump first; the model keeps that order.
    model.setTickets({SampleTickets::fire(3, u"hot"_s, now - 1000),
                      SampleTickets::fire(8, u"hot"_s, now - 9000)});
    QCOMPARE(model.ticketIdAt(0), 3);
    QCOMPARE(model.ticketIdAt(1), 8);
    QCOMPARE(model.ticket(8)->id, 8);
    QVERIFY(!model.ticket(4));
}

QTEST_MAIN(TestTicketCardsModel)
#include "tst_ticketcardsmodel.moc"
