#include "BanquetFireButton.h"
#include "BanquetFireDialog.h"
#include "BanquetFireFlow.h"

#include "client/ApiClient.h"
#include "client/BanquetFire.h"

#include <QAbstractItemView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QList<Table> tables(int count)
{
    QList<Table> list;
    for (int i = 1; i <= count; ++i) {
        Table table;
        table.id = QString::number(i);
        table.name = u"Table %1"_s.arg(i);
        table.seats = 10;
        table.orderId = 100 + i;
        list.append(table);
    }
    return list;
}

int shownTables(const BanquetFireButton& button)
{
    const auto* view = button.flow()->dialog()->findChild<QAbstractItemView*>();
    return view ? view->model()->rowCount() : -1;
}

// A manager's window with the button over `count` tables, shown.
struct OpenFire
{
    explicit OpenFire(int count)
    {
        window.resize(1280, 800);
        button->setTables(tables(count));
        button->setManagerSignedIn(true);
        window.show();
    }

    ApiClient api;
    BanquetFire fire{api};
    QWidget window;
    BanquetFireButton* button = new BanquetFireButton(fire, &window, &window);
};
} // namespace

class tst_BanquetFireButton : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shownWhileAManagerIsSignedIn_data();
    void shownWhileAManagerIsSignedIn();
    void opensTheFireForTheGridsTables();
    void signOutLetsTheFireGo();
};

void tst_BanquetFireButton::shownWhileAManagerIsSignedIn_data()
{
    QTest::addColumn<bool>("manager");
    QTest::newRow("manager") << true;
    QTest::newRow("waiter or kitchen") << false;
}

void tst_BanquetFireButton::shownWhileAManagerIsSignedIn()
{
    QFETCH(bool, manager);
    ApiClient api;
    BanquetFire fire(api);
    QWidget window;
    auto* button = new BanquetFireButton(fire, &window, &window);
    window.show();
    QVERIFY(!button->isVisible()); // nobody signed in yet
    QCOMPARE(button->text(), u"Fire a course for many tables…"_s);

    button->setManagerSignedIn(manager);
    QCOMPARE(button->isVisible(), manager);
    button->setManagerSignedIn(false);
    QVERIFY(!button->isVisible());
}

void tst_BanquetFireButton::opensTheFireForTheGridsTables()
{
    OpenFire shown(3);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
    BanquetFireButton* button = shown.button;
    QVERIFY(!button->flow());

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(button->flow());
    QTRY_VERIFY(button->flow()->dialog() && button->flow()->dialog()->isVisible());
    QCOMPARE(button->flow()->dialog()->parentWidget(), &shown.window);
    QCOMPARE(shownTables(*button), 3);

    // The grid read its tables again while the dialog was open: the dialog follows.
    button->setTables(tables(5));
    QCOMPARE(shownTables(*button), 5);

    // A second tap brings the same dialog forward instead of opening another.
    BanquetFireFlow* first = button->flow();
    BanquetFireDialog* dialog = first->dialog();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(button->flow(), first);
    QCOMPARE(button->flow()->dialog(), dialog);
}

void tst_BanquetFireButton::signOutLetsTheFireGo()
{
    OpenFire shown(2);
    QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
    BanquetFireButton* button = shown.button;
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->flow() && button->flow()->dialog());
    const QPointer<BanquetFireDialog> dialog = button->flow()->dialog();

    button->setManagerSignedIn(false);
    QVERIFY(!button->flow());
    QTRY_VERIFY(!dialog); // what the manager had open is gone before the next person signs in
    QVERIFY(!button->isVisible());
}

QTEST_MAIN(tst_BanquetFireButton)
#include "tst_banquetfirebutton.moc"
