#include "VoidFilterModel.h"
#include "VoidReportModel.h"
#include "VoidTotalsModel.h"

#include "SampleEvents.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Event voided(qint64 seq, const QString& author, const QString& item, int qty, const QString& reason,
             const QString& approver)
{
    Event e = sampleEvent(seq, Event::Kind::Void, author, 0);
    e.menuItemId = item;
    e.qty = qty;
    e.reason = reason;
    e.approvedBy = approver;
    return e;
}

QList<Event> night()
{
    return {voided(1, u"ayse"_s, u"lamb"_s, 2, u"wrong_item"_s, u"selin"_s),
            voided(2, u"mehmet"_s, u"tea"_s, 3, u"quality"_s, u"selin"_s),
            voided(3, u"ayse"_s, u"tea"_s, 1, u"wrong_item"_s, u"okan"_s)};
}

using Total = VoidTotalsModel::Total;
using Group = VoidTotalsModel::Group;
} // namespace

Q_DECLARE_METATYPE(QList<VoidTotalsModel::Total>)

class TestVoidTotalsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void totals_data();
    void totals();
    void textsNameTheGroupAndFormatMoney();
};

void TestVoidTotalsModel::totals_data()
{
    QTest::addColumn<QString>("waiter");
    QTest::addColumn<QList<Total>>("expected");
    QTest::newRow("every void") << QString()
                                << QList<Total>{{Group::Reason, u"wrong_item"_s, 2, 3950},
                                                {Group::Reason, u"quality"_s, 1, 750},
                                                {Group::Waiter, u"ayse"_s, 2, 3950},
                                                {Group::Waiter, u"mehmet"_s, 1, 750},
                                                {Group::Approver, u"selin"_s, 2, 4450},
                                                {Group::Approver, u"okan"_s, 1, 250}};
    QTest::newRow("the shown voids only") << u"ayse"_s
                                          << QList<Total>{{Group::Reason, u"wrong_item"_s, 2, 3950},
                                                          {Group::Waiter, u"ayse"_s, 2, 3950},
                                                          {Group::Approver, u"selin"_s, 1, 3700},
                                                          {Group::Approver, u"okan"_s, 1, 250}};
    QTest::newRow("none shown") << u"nobody"_s << QList<Total>{};
}

void TestVoidTotalsModel::totals()
{
    QFETCH(QString, waiter);
    QFETCH(QList<Total>, expected);
    VoidReportModel report;
    report.setPrices({{u"lamb"_s, 1850}, {u"tea"_s, 250}}, u"EUR"_s);
    VoidFilterModel filter;
    filter.setSourceModel(&report);
    VoidTotalsModel totals(&filter, &report);
    QAbstractItemModelTester tester(&totals,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    report.setEvents(night());
    filter.setFilter(VoidFilterModel::By::Waiter, waiter);
    // The filter shows newest first; totals keep the first-seen order of that.
    QList<Total> sorted = totals.totals();
    const auto byKey = [](const Total& a, const Total& b) {
        return a.group != b.group ? a.group < b.group : a.key < b.key;
    };
    std::sort(sorted.begin(), sorted.end(), byKey);
    std::sort(expected.begin(), expected.end(), byKey);
    QCOMPARE(sorted, expected);
    QCOMPARE(totals.rowCount(), int(expected.size()));
}

void TestVoidTotalsModel::textsNameTheGroupAndFormatMoney()
{
    VoidReportModel report;
    report.setStaffNames({{u"selin"_s, u"Selin"_s}});
    report.setEvents(night());
    VoidTotalsModel totals(&report, &report);
    QAbstractItemModelTester tester(&totals,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    report.setPrices({{u"lamb"_s, 1850}, {u"tea"_s, 250}}, u"EUR"_s);
    int selin = -1;
    for (int row = 0; row < totals.rowCount(); ++row) {
        if (totals.index(row, 0).data(VoidTotalsModel::KeyRole).toString() == u"selin"_s)
            selin = row;
    }
    QVERIFY(selin >= 0);
    QCOMPARE(totals.index(selin, VoidTotalsModel::GroupColumn).data().toString(), u"Approved by"_s);
    QCOMPARE(totals.index(selin, VoidTotalsModel::NameColumn).data().toString(), u"Selin"_s);
    QCOMPARE(totals.index(selin, VoidTotalsModel::CountColumn).data().toString(), u"2"_s);
    QCOMPARE(totals.index(selin, VoidTotalsModel::ValueColumn).data().toString(), u"€44.50"_s);
    QCOMPARE(totals.index(0, VoidTotalsModel::NameColumn).data().toString(), u"Wrong item"_s);
}

QTEST_MAIN(TestVoidTotalsModel)
#include "tst_voidtotalsmodel.moc"
