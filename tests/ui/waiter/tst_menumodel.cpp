#include "MenuModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QList<MenuItem> menu()
{
    return {
        {u"soup-lentil"_s, u"Lentil soup"_s, u"Starters"_s, 450},
        {u"kebab-adana"_s, u"Adana kebab"_s, u"Mains"_s, 1450},
        {u"salad-shepherd"_s, u"Shepherd's salad"_s, u"Starters"_s, 500},
        {u"ayran"_s, u"Ayran"_s, u"Drinks"_s, 200},
    };
}
} // namespace

class TestMenuModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester();
    void listsCategoriesInMenuOrder();
    void showsOneCategoryAtATime();
    void keepsTheChosenCategoryAcrossReloads();
    void namesEveryItem();
    void soldOutItemsAreGreyedOut_data();
    void soldOutItemsAreGreyedOut();
};

void TestMenuModel::passesTheModelTester()
{
    MenuModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(menu());
    model.setCategory(u"Mains"_s);
    model.setCategory(u"Drinks"_s);
    model.setItems(menu().mid(0, 2));
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMenuModel::listsCategoriesInMenuOrder()
{
    MenuModel model;
    QSignalSpy categoriesChanged(&model, &MenuModel::categoriesChanged);
    model.setItems(menu());
    QCOMPARE(model.categories(), (QStringList{u"Starters"_s, u"Mains"_s, u"Drinks"_s}));
    QCOMPARE(model.category(), u"Starters"_s);
    QCOMPARE(categoriesChanged.size(), 1);
    model.setItems(menu());
    QCOMPARE(categoriesChanged.size(), 1);
}

void TestMenuModel::showsOneCategoryAtATime()
{
    MenuModel model;
    model.setItems(menu());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"Lentil soup"_s);
    QCOMPARE(model.index(1).data(MenuModel::MenuItemIdRole).toString(), u"salad-shepherd"_s);
    QCOMPARE(model.index(0).data(MenuModel::PriceCentsRole).toInt(), 450);
    model.setCategory(u"Mains"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(MenuModel::MenuItemIdRole).toString(), u"kebab-adana"_s);
    model.setCategory(u"No such category"_s);
    QCOMPARE(model.category(), u"Mains"_s);
}

void TestMenuModel::keepsTheChosenCategoryAcrossReloads()
{
    MenuModel model;
    model.setItems(menu());
    model.setCategory(u"Drinks"_s);
    model.setItems(menu());
    QCOMPARE(model.category(), u"Drinks"_s);
    model.setItems(menu().mid(0, 2));
    QCOMPARE(model.category(), u"Starters"_s);
}

void TestMenuModel::namesEveryItem()
{
    MenuModel model;
    model.setItems(menu());
    const auto names = model.itemNames();
    QCOMPARE(names.size(), 4);
    QCOMPARE(names.value(u"ayran"_s), u"Ayran"_s);
}

void TestMenuModel::soldOutItemsAreGreyedOut_data()
{
    QTest::addColumn<bool>("available");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("accessible");
    QTest::newRow("available") << true << u"Lentil soup"_s << u"Add Lentil soup"_s;
    QTest::newRow("sold out") << false << u"Lentil soup (sold out)"_s
                              << u"Lentil soup is sold out"_s;
}

void TestMenuModel::soldOutItemsAreGreyedOut()
{
    QFETCH(bool, available);
    QFETCH(QString, text);
    QFETCH(QString, accessible);
    MenuModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<MenuItem> items = menu();
    model.setItems(items);
    items[0].available = available;
    model.setItems(items);
    const QModelIndex soup = model.index(0, 0);
    QCOMPARE(soup.data(MenuModel::MenuItemIdRole).toString(), u"soup-lentil"_s);
    QCOMPARE(soup.data().toString(), text);
    QCOMPARE(soup.data(Qt::AccessibleTextRole).toString(), accessible);
    QCOMPARE(soup.data(MenuModel::AvailableRole).toBool(), available);
    QCOMPARE(bool(model.flags(soup) & Qt::ItemIsEnabled), available);
    QCOMPARE(soup.data(Qt::ForegroundRole).isValid(), !available);
    QCOMPARE(model.isAvailable(u"soup-lentil"_s), available);
    // The other items of the category are untouched.
    QVERIFY(model.flags(model.index(1, 0)) & Qt::ItemIsEnabled);
    QVERIFY(model.isAvailable(u"unknown"_s));
}

QTEST_MAIN(TestMenuModel)
#include "tst_menumodel.moc"
