#include "BanquetTablesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {
QList<Table> tables(int count)
{
    QList<Table> list;
    for (int i = 1; i <= count; ++i)
        list.append(Table{QString::number(i), u"Table %1"_s.arg(i), 8, 100 + i, 1, 0, 0});
    return list;
}
} // namespace

class TestBanquetTablesModel : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase();
    void passesTheModelTester();
    void countsWhatWouldGo_data();
    void countsWhatWouldGo();
    void keepsPicksAcrossTableReloads();
    void checkBoxesPickTables();
};

void TestBanquetTablesModel::passesTheModelTester()
{
    BanquetTablesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTables(tables(4));
    model.setWaiting({{u"1"_s, 3}, {u"2"_s, 0}});
    model.setAllPicked(false);
    model.setPicked(u"3"_s, true);
    model.clearWaiting();
    model.setTables(tables(2));
    model.setTables({});
    QCOMPARE(model.rowCount(), 0);
}

void TestBanquetTablesModel::countsWhatWouldGo_data()
{
    QTest::addColumn<QStringList>("unpicked");
    QTest::addColumn<QStringList>("toFire");
    QTest::addColumn<int>("lines");
    // Waiting: table 1 has 3 lines, 2 none, 3 has 5, 4 has 1.
    QTest::newRow("all tables") << QStringList{} << QStringList{u"1"_s, u"3"_s, u"4"_s} << 9;
    QTest::newRow("one unpicked") << QStringList{u"3"_s} << QStringList{u"1"_s, u"4"_s} << 4;
    QTest::newRow("only the empty one picked")
        << QStringList{u"1"_s, u"3"_s, u"4"_s} << QStringList{} << 0;
    QTest::newRow("none picked") << QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s} << QStringList{}
                                 << 0;
}

void TestBanquetTablesModel::countsWhatWouldGo()
{
    QFETCH(QStringList, unpicked);
    QFETCH(QStringList, toFire);
    QFETCH(int, lines);
    BanquetTablesModel model;
    model.setTables(tables(4));
    QVERIFY(!model.isCounted());
    QCOMPARE(model.index(0, BanquetTablesModel::WaitingColumn).data().toString(), u"…"_s);
    model.setWaiting({{u"1"_s, 3}, {u"2"_s, 0}, {u"3"_s, 5}, {u"4"_s, 1}});
    QVERIFY(model.isCounted());
    for (const QString& id : unpicked)
        model.setPicked(id, false);
    QCOMPARE(model.tablesToFire(), toFire);
    QCOMPARE(model.linesToFire(), lines);
    QCOMPARE(model.index(0, BanquetTablesModel::WaitingColumn).data().toString(), u"3 lines"_s);
    QCOMPARE(model.index(1, BanquetTablesModel::WaitingColumn).data().toString(),
             u"nothing waits"_s);
    QCOMPARE(model.index(3, BanquetTablesModel::WaitingColumn).data().toString(), u"1 line"_s);
}

void TestBanquetTablesModel::keepsPicksAcrossTableReloads()
{
    BanquetTablesModel model;
    model.setTables(tables(3));
    model.setPicked(u"2"_s, false);
    model.setTables(tables(4));
    QVERIFY(model.isPicked(u"1"_s));
    QVERIFY(!model.isPicked(u"2"_s));
    QVERIFY(model.isPicked(u"4"_s)); // new tables start picked
    model.setAllPicked(true);
    QVERIFY(model.isPicked(u"2"_s));
}

void TestBanquetTablesModel::checkBoxesPickTables()
{
    BanquetTablesModel model;
    model.setTables(tables(2));
    QSignalSpy picks(&model, &BanquetTablesModel::pickChanged);
    const QModelIndex first = model.index(0, BanquetTablesModel::TableColumn);
    QVERIFY(model.flags(first) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, BanquetTablesModel::WaitingColumn)) &
              Qt::ItemIsUserCheckable));
    QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.setData(first, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!model.isPicked(u"1"_s));
    QCOMPARE(picks.size(), 1);
    QVERIFY(!model.setData(model.index(0, BanquetTablesModel::WaitingColumn), Qt::Checked,
                           Qt::CheckStateRole));
    QCOMPARE(first.data(BanquetTablesModel::TableIdRole).toString(), u"1"_s);
}

void TestBanquetTablesModel::initTestCase()
{
    // English plural forms ("1 line", "2 lines") come from the English catalog, as in the app.
    QVERIFY(m_english.load(u":/i18n/tablesync_en"_s));
    QCoreApplication::installTranslator(&m_english);
}

QTEST_MAIN(TestBanquetTablesModel)
#include "tst_banquettablesmodel.moc"
