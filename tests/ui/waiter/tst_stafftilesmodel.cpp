#include "StaffTilesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QList<Staff> venueStaff()
{
    return {{u"selin"_s, u"Selin"_s, Staff::Role::Manager},
            {u"mehmet"_s, u"Mehmet"_s, Staff::Role::Waiter},
            {u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter},
            {u"can"_s, u"Can"_s, Staff::Role::Waiter}};
}

QStringList idsOf(const StaffTilesModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(StaffTilesModel::StaffIdRole).toString());
    return ids;
}
} // namespace

class TestStaffTilesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void order_data();
    void order();
    void showsNamesAndKeepsIds();
    void sameListChangesNothing();
};

void TestStaffTilesModel::order_data()
{
    QTest::addColumn<QStringList>("recent");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nobody yet") << QStringList{}
                                << QStringList{u"ayse"_s, u"can"_s, u"mehmet"_s, u"selin"_s};
    QTest::newRow("last signed-in first")
        << QStringList{u"mehmet"_s, u"selin"_s}
        << QStringList{u"mehmet"_s, u"selin"_s, u"ayse"_s, u"can"_s};
    QTest::newRow("a recent id no longer on the staff")
        << QStringList{u"gone"_s, u"can"_s}
        << QStringList{u"can"_s, u"ayse"_s, u"mehmet"_s, u"selin"_s};
}

void TestStaffTilesModel::order()
{
    QFETCH(QStringList, recent);
    QFETCH(QStringList, expected);
    StaffTilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStaff(venueStaff(), recent);
    QCOMPARE(idsOf(model), expected);
    model.setStaff({}, recent);
    QCOMPARE(model.rowCount(), 0);
}

void TestStaffTilesModel::showsNamesAndKeepsIds()
{
    StaffTilesModel model;
    model.setStaff(venueStaff(), {u"ayse"_s});
    QCOMPARE(model.index(0).data().toString(), u"Ayşe"_s);
    QCOMPARE(model.staffId(0), u"ayse"_s);
    QCOMPARE(model.index(0).data(Qt::AccessibleTextRole).toString(), u"Sign in as Ayşe"_s);
    QCOMPARE(model.staffId(17), QString());
    model.setStaff({{u"x1"_s, QString(), Staff::Role::Waiter}}, {});
    QCOMPARE(model.index(0).data().toString(), u"x1"_s);
}

void TestStaffTilesModel::sameListChangesNothing()
{
    StaffTilesModel model;
    model.setStaff(venueStaff(), {u"can"_s});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setStaff(venueStaff(), {u"can"_s});
    QCOMPARE(resets.size(), 0);
    model.setStaff(venueStaff(), {u"ayse"_s});
    QCOMPARE(resets.size(), 1);
}

QTEST_MAIN(TestStaffTilesModel)
#include "tst_stafftilesmodel.moc"
