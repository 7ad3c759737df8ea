#include "SoldOutModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
MenuItem item(const QString& id, const QString& name, const QString& station, bool available)
{
    MenuItem item;
    item.id = id;
    item.name = name;
    item.category = u"Mains"_s;
    item.priceCents = 1000;
    item.station = station;
    item.available = available;
    return item;
}

QList<MenuItem> menu()
{
    return {item(u"soup-lentil"_s, u"Lentil soup"_s, u"hot"_s, true),
            item(u"lamb-shank"_s, u"Lamb shank"_s, u"hot"_s, false),
            item(u"ayran"_s, u"Ayran"_s, u"bar"_s, true)};
}
} // namespace

class TestSoldOutModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester()
    {
        SoldOutModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(menu());
        model.setStation(u"bar"_s);
        model.setAvailable(u"ayran"_s, false);
        model.setStation({});
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
    }

    void checksWhatIsSoldOut()
    {
        SoldOutModel model;
        model.setItems(menu());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(model.index(1).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        model.setStation(u"hot"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(u"ayran"_s), -1);
    }

    void asksAndWaitsForTheServer()
    {
        SoldOutModel model;
        model.setItems(menu());
        QSignalSpy requested(&model, &SoldOutModel::availabilityRequested);
        const QModelIndex soup = model.index(model.rowOf(u"soup-lentil"_s));
        QVERIFY(model.flags(soup) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(soup, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"soup-lentil"_s);
        QCOMPARE(requested.at(0).at(1).toBool(), false);
        // Pending: still shown as available, not tickable again until the answer.
        QCOMPARE(soup.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(soup.data(SoldOutModel::PendingRole).toBool());
        QVERIFY(!(model.flags(soup) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(soup, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(requested.size(), 1);

        model.setAvailable(u"soup-lentil"_s, false);
        QCOMPARE(soup.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!soup.data(SoldOutModel::PendingRole).toBool());
    }

    void showsTheServersValueAfterAFailure()
    {
        SoldOutModel model;
        model.setItems(menu());
        const QModelIndex lamb = model.index(model.rowOf(u"lamb-shank"_s));
        QVERIFY(model.setData(lamb, Qt::Unchecked, Qt::CheckStateRole));
        model.dropPending(u"lamb-shank"_s);
        QCOMPARE(lamb.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(model.flags(lamb) & Qt::ItemIsUserCheckable);
    }

    void ignoresANoChange()
    {
        SoldOutModel model;
        model.setItems(menu());
        QSignalSpy requested(&model, &SoldOutModel::availabilityRequested);
        QVERIFY(!model.setData(model.index(0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(0), u"x"_s, Qt::DisplayRole));
        QCOMPARE(requested.size(), 0);
    }
};

QTEST_MAIN(TestSoldOutModel)
#include "tst_soldoutmodel.moc"
