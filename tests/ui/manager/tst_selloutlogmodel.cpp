#include "SellOutLogModel.h"

#include "ManualClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
MenuItem dish(const QString& id, const QString& name, const QString& station, bool available)
{
    MenuItem item;
    item.id = id;
    item.name = name;
    item.category = u"Mains"_s;
    item.priceCents = 1800;
    item.station = station;
    item.available = available;
    return item;
}

QList<MenuItem> menu(bool lambAvailable, bool soupAvailable)
{
    return {dish(u"lamb-shank"_s, u"Lamb shank"_s, u"hot"_s, lambAvailable),
            dish(u"soup-lentil"_s, u"Lentil soup"_s, u"hot"_s, soupAvailable),
            dish(u"baklava"_s, u"Baklava"_s, u"pastry"_s, true)};
}

QString text(const SellOutLogModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

class tst_SellOutLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void itemsSoldOutBeforeTheMenuReadShowAsEarlier()
    {
        ManualClock clock;
        SellOutLogModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMenu(menu(false, false));
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(text(model, row, SellOutLogModel::TimeColumn), u"earlier"_s);
            QCOMPARE(text(model, row, SellOutLogModel::StateColumn), u"Sold out"_s);
            QCOMPARE(model.index(row, 0).data(SellOutLogModel::AtRole).toLongLong(), 0);
        }
        QCOMPARE(text(model, 0, SellOutLogModel::ItemColumn), u"Lamb shank"_s);
        QCOMPARE(text(model, 0, SellOutLogModel::StationColumn), u"hot"_s);
        QCOMPARE(model.soldOut(), QStringList({u"lamb-shank"_s, u"soup-lentil"_s}));
    }

    void heardChangesAreLoggedWithTheTimeHeard_data()
    {
        QTest::addColumn<QList<bool>>("changes"); // lamb-shank: available after each message
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("soldOutAtEnd");
        QTest::newRow("sold out") << QList<bool>{false} << 1 << true;
        QTest::newRow("sold out, then back") << QList<bool>{false, true} << 2 << false;
        QTest::newRow("a repeated message adds nothing") << QList<bool>{false, false} << 1 << true;
        QTest::newRow("back on while available adds nothing") << QList<bool>{true} << 0 << false;
    }
    void heardChangesAreLoggedWithTheTimeHeard()
    {
        QFETCH(QList<bool>, changes);
        QFETCH(int, rows);
        QFETCH(bool, soldOutAtEnd);
        ManualClock clock;
        SellOutLogModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMenu(menu(true, true));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        qint64 firstHeard = 0;
        for (const bool available : std::as_const(changes)) {
            clock.advance(60'000);
            if (!firstHeard)
                firstHeard = clock.nowMs();
            model.record(u"lamb-shank"_s, available);
        }
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(inserted.size(), rows);
        QCOMPARE(model.soldOut().contains(u"lamb-shank"_s), soldOutAtEnd);
        if (rows > 0)
            QCOMPARE(model.index(0, 0).data(SellOutLogModel::AtRole).toLongLong(), firstHeard);
        if (rows == 2)
            QCOMPARE(text(model, 1, SellOutLogModel::StateColumn), u"Available again"_s);
    }

    void unknownItemsAreIgnored()
    {
        ManualClock clock;
        SellOutLogModel model(clock);
        model.setMenu(menu(true, true));
        model.record(u"no-such-dish"_s, false);
        QCOMPARE(model.rowCount(), 0);
    }

    void aLaterMenuReadAddsWhatWasMissed()
    {
        ManualClock clock;
        SellOutLogModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMenu(menu(true, false));
        clock.advance(120'000);
        // Offline meanwhile: the lamb sold out and the soup came back, no message heard.
        model.setMenu(menu(false, true));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.soldOut(), QStringList{u"lamb-shank"_s});
        QCOMPARE(model.index(1, 0).data(SellOutLogModel::AtRole).toLongLong(), clock.nowMs());
        // The same menu read again changes nothing.
        model.setMenu(menu(false, true));
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_MAIN(tst_SellOutLogModel)
#include "tst_selloutlogmodel.moc"
