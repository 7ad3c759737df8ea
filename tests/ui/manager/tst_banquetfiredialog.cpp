#include "BanquetFireDialog.h"
#include "BanquetTablesModel.h"
#include "TouchStyle.h"

#include <QHeaderView>

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {
QList<Table> tables()
{
    return {Table{u"1"_s, u"Table 1"_s, 8, 101, 1, 0, 0},
            Table{u"2"_s, u"Table 2"_s, 8, 102, 1, 0, 0},
            Table{u"3"_s, u"Table 3"_s, 8, 103, 1, 0, 0}};
}

QPushButton* button(const QWidget& parent, const QString& name)
{
    return parent.findChild<QPushButton*>(name);
}
} // namespace

class TestBanquetFireDialog : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase();
    void confirmationCountsLinesAndTables_data();
    void confirmationCountsLinesAndTables();
    void fireWaitsForTheCount();
    void choosingACourseAsksForACount();
    void notYetFiresNothing();
    void aTapAnywhereOnARowTogglesItsTable_data();
    void aTapAnywhereOnARowTogglesItsTable();
};

void TestBanquetFireDialog::confirmationCountsLinesAndTables_data()
{
    QTest::addColumn<QStringList>("unpicked");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("fired");
    QTest::newRow("all tables") << QStringList{}
                                << u"Send course 2 to the kitchen: 7 lines on 2 tables?"_s
                                << QStringList{u"1"_s, u"3"_s};
    QTest::newRow("one table") << QStringList{u"3"_s}
                               << u"Send course 2 to the kitchen: 1 line on 1 table?"_s
                               << QStringList{u"1"_s};
}

void TestBanquetFireDialog::confirmationCountsLinesAndTables()
{
    QFETCH(QStringList, unpicked);
    QFETCH(QString, text);
    QFETCH(QStringList, fired);
    BanquetTablesModel model;
    model.setTables(tables());
    BanquetFireDialog dialog(&model);
    dialog.setCourse(2);
    model.setWaiting({{u"1"_s, 1}, {u"2"_s, 0}, {u"3"_s, 6}});
    for (const QString& id : unpicked)
        model.setPicked(id, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy confirmed(&dialog, &BanquetFireDialog::fireConfirmed);

    QPushButton* fire = button(dialog, u"primary"_s);
    QVERIFY(fire->isEnabled());
    QCOMPARE(fire->text(), u"Fire course 2"_s);
    QTest::mouseClick(fire, Qt::LeftButton);
    QMessageBox* box = dialog.confirmation();
    QVERIFY(box);
    QCOMPARE(box->text(), text);
    QCOMPARE(confirmed.size(), 0); // nothing goes before the answer
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.at(0).at(0).toInt(), 2);
    QCOMPARE(confirmed.at(0).at(1).toStringList(), fired);
}

void TestBanquetFireDialog::fireWaitsForTheCount()
{
    BanquetTablesModel model;
    model.setTables(tables());
    BanquetFireDialog dialog(&model);
    QPushButton* fire = button(dialog, u"primary"_s);
    QLabel* summary = dialog.findChild<QLabel*>(u"summary"_s);
    QVERIFY(!fire->isEnabled());
    QCOMPARE(summary->text(), u"Counting the lines of course 1…"_s);
    model.setWaiting({{u"1"_s, 0}, {u"2"_s, 0}, {u"3"_s, 0}});
    QVERIFY(!fire->isEnabled());
    QCOMPARE(summary->text(), u"Nothing of course 1 waits on the picked tables."_s);
    model.setWaiting({{u"1"_s, 2}});
    QVERIFY(fire->isEnabled());
    QCOMPARE(summary->text(), u"Ready: 2 lines on 1 table."_s);
    dialog.setBusy(true);
    QVERIFY(!fire->isEnabled());
    button(dialog, u"pickNone"_s)->click();
    dialog.setBusy(false);
    QVERIFY(!fire->isEnabled());
    button(dialog, u"pickAll"_s)->click();
    QVERIFY(fire->isEnabled());
}

void TestBanquetFireDialog::choosingACourseAsksForACount()
{
    BanquetTablesModel model;
    model.setTables(tables());
    BanquetFireDialog dialog(&model);
    QSignalSpy chosen(&dialog, &BanquetFireDialog::courseChosen);
    QTest::mouseClick(button(dialog, u"course3"_s), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toInt(), 3);
    QCOMPARE(dialog.course(), 3);
    QVERIFY(button(dialog, u"course3"_s)->isChecked());
    QVERIFY(!button(dialog, u"course1"_s)->isChecked());
}

void TestBanquetFireDialog::notYetFiresNothing()
{
    BanquetTablesModel model;
    model.setTables(tables());
    model.setWaiting({{u"1"_s, 2}});
    BanquetFireDialog dialog(&model);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy confirmed(&dialog, &BanquetFireDialog::fireConfirmed);
    QTest::mouseClick(button(dialog, u"primary"_s), Qt::LeftButton);
    QVERIFY(dialog.confirmation());
    dialog.confirmation()->button(QMessageBox::No)->click();
    QTRY_VERIFY(!dialog.confirmation());
    // The later "yes" of another confirmation proves the first answer sent nothing.
    QTest::mouseClick(button(dialog, u"primary"_s), Qt::LeftButton);
    dialog.confirmation()->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(confirmed.size(), 1);
}

void TestBanquetFireDialog::aTapAnywhereOnARowTogglesItsTable_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("where");
    QTest::newRow("the box") << int(BanquetTablesModel::TableColumn) << u"box"_s;
    QTest::newRow("the table's name") << int(BanquetTablesModel::TableColumn) << u"end"_s;
    QTest::newRow("what waits") << int(BanquetTablesModel::WaitingColumn) << u"middle"_s;
}

void TestBanquetFireDialog::aTapAnywhereOnARowTogglesItsTable()
{
    QFETCH(int, column);
    QFETCH(QString, where);
    BanquetTablesModel model;
    model.setTables(tables());
    BanquetFireDialog dialog(&model);
    dialog.resize(800, 600);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* view = dialog.findChild<QTableView*>(u"banquetTables"_s);
    const QModelIndex cell = model.index(1, column);
    const QRect rect = view->visualRect(cell);
    // The whole row is the target: a fingertip high, however small the box is drawn.
    QVERIFY2(view->rowHeight(1) >= TouchStyle::minTarget,
             qPrintable(QString::number(view->rowHeight(1))));
    QPoint point = rect.center();
    if (where == u"box"_s) {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = rect;
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        point = view->style()
                    ->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view)
                    .center();
    } else if (where == u"end"_s) {
        point = QPoint(rect.right() - 4, rect.center().y());
    }
    QSignalSpy changed(&model, &BanquetTablesModel::pickChanged);
    QVERIFY(model.isPicked(u"2"_s));

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QVERIFY(!model.isPicked(u"2"_s)); // once, not picked and unpicked again by the same tap
    QVERIFY(model.isPicked(u"1"_s) && model.isPicked(u"3"_s));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QVERIFY(model.isPicked(u"2"_s));
    QCOMPARE(changed.size(), 2);
}

void TestBanquetFireDialog::initTestCase()
{
    // English plural forms ("1 line", "2 lines") come from the English catalog, as in the app.
    QVERIFY(m_english.load(u":/i18n/tablesync_en"_s));
    QCoreApplication::installTranslator(&m_english);
}

QTEST_MAIN(TestBanquetFireDialog)
#include "tst_banquetfiredialog.moc"
