#include "VoidFilterModel.h"
#include "VoidReportModel.h"

#include "SampleEvents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Event event(qint64 seq, Event::Kind kind, const QString& author, const QString& item, int qty,
            const QString& reason = {}, const QString& approver = {}, const QString& note = {})
{
    Event e = sampleEvent(seq, kind, author, 1'780'000'000'000);
    e.menuItemId = item;
    e.qty = qty;
    e.reason = reason;
    e.approvedBy = approver;
    if (!note.isEmpty())
        e.note = note;
    return e;
}

// Three voids among other events: why, who, approved by whom, what it was worth.
QList<Event> night()
{
    return {event(1, Event::Kind::Add, u"ayse"_s, u"lamb"_s, 2),
            event(2, Event::Kind::Fire, u"ayse"_s, u"lamb"_s, 2),
            event(3, Event::Kind::Void, u"ayse"_s, u"lamb"_s, 2, u"wrong_item"_s, u"selin"_s),
            event(4, Event::Kind::Remove, u"mehmet"_s, u"tea"_s, 1),
            event(5, Event::Kind::Void, u"mehmet"_s, u"tea"_s, 3, u"quality"_s, u"selin"_s,
                  u"=HYPERLINK(\"x\")"_s),
            event(6, Event::Kind::Void, u"selin"_s, u"lamb"_s, 1, u"wrong_item"_s, u"selin"_s)};
}

const QHash<QString, int> prices{{u"lamb"_s, 1850}, {u"tea"_s, 250}};
} // namespace

class TestVoidReportModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void rowsAreTheVoidsOnly();
    void columns_data();
    void columns();
    void filters_data();
    void filters();
    void liveVoidsAppendAndOldOnesLeave();
    void choicesAreWhatTheReportHolds();
};

void TestVoidReportModel::rowsAreTheVoidsOnly()
{
    VoidReportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(night());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(VoidReportModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.voids().at(row).kind, Event::Kind::Void);
}

void TestVoidReportModel::columns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("item") << 0 << int(VoidReportModel::ItemColumn) << u"Lamb shank"_s;
    QTest::newRow("item and qty on screen")
        << 0 << int(VoidReportModel::WhatColumn) << u"2 × Lamb shank"_s;
    QTest::newRow("qty") << 1 << int(VoidReportModel::QtyColumn) << u"3"_s;
    QTest::newRow("value: qty times price")
        << 0 << int(VoidReportModel::ValueColumn) << u"€37.00"_s;
    QTest::newRow("value of three teas") << 1 << int(VoidReportModel::ValueColumn) << u"€7.50"_s;
    QTest::newRow("reason in words") << 1 << int(VoidReportModel::ReasonColumn) << u"Quality"_s;
    QTest::newRow("waiter by name") << 1 << int(VoidReportModel::WaiterColumn) << u"Mehmet"_s;
    QTest::newRow("approver by name") << 1 << int(VoidReportModel::ApproverColumn) << u"Selin"_s;
    QTest::newRow("note as written")
        << 1 << int(VoidReportModel::NoteColumn) << u"=HYPERLINK(\"x\")"_s;
    QTest::newRow("table by name") << 2 << int(VoidReportModel::TableColumn) << u"Terrace 12"_s;
}

void TestVoidReportModel::columns()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    VoidReportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(night());
    model.setItemNames({{u"lamb"_s, u"Lamb shank"_s}, {u"tea"_s, u"Tea"_s}});
    model.setStaffNames(
        {{u"ayse"_s, u"Ayşe"_s}, {u"mehmet"_s, u"Mehmet"_s}, {u"selin"_s, u"Selin"_s}});
    model.setTableNames({{u"12"_s, u"Terrace 12"_s}});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPrices(prices, u"EUR"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(row, column).data().toString(), text);
}

void TestVoidReportModel::filters_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("waiter");
    QTest::addColumn<QString>("approver");
    QTest::addColumn<QList<qint64>>("seqs"); // newest first
    QTest::newRow("all") << QString() << QString() << QString() << QList<qint64>{6, 5, 3};
    QTest::newRow("reason") << u"wrong_item"_s << QString() << QString() << QList<qint64>{6, 3};
    QTest::newRow("waiter") << QString() << u"mehmet"_s << QString() << QList<qint64>{5};
    QTest::newRow("approver") << QString() << QString() << u"selin"_s << QList<qint64>{6, 5, 3};
    QTest::newRow("reason and waiter")
        << u"wrong_item"_s << u"ayse"_s << QString() << QList<qint64>{3};
    QTest::newRow("nobody approved") << QString() << QString() << u"ayse"_s << QList<qint64>{};
}

void TestVoidReportModel::filters()
{
    QFETCH(QString, reason);
    QFETCH(QString, waiter);
    QFETCH(QString, approver);
    QFETCH(QList<qint64>, seqs);
    VoidReportModel model;
    VoidFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(night());
    filter.setFilter(VoidFilterModel::By::Reason, reason);
    filter.setFilter(VoidFilterModel::By::Waiter, waiter);
    filter.setFilter(VoidFilterModel::By::Approver, approver);
    QList<qint64> shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown.append(filter.index(row, 0).data(VoidReportModel::SeqRole).toLongLong());
    QCOMPARE(shown, seqs);
}

void TestVoidReportModel::liveVoidsAppendAndOldOnesLeave()
{
    VoidReportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(night().mid(0, 3));
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendEvents({night().at(3)}); // a removal: no void row
    QCOMPARE(inserted.count(), 0);
    model.appendEvents(night().mid(4));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    model.dropBefore(5);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.voids().first().seq, 5);
    model.prependEvents(night().mid(0, 3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.voids().first().seq, 3);
}

void TestVoidReportModel::choicesAreWhatTheReportHolds()
{
    VoidReportModel model;
    model.setEvents(night());
    QCOMPARE(model.reasons(), (QStringList{u"wrong_item"_s, u"quality"_s}));
    QCOMPARE(model.waiters(), (QStringList{u"ayse"_s, u"mehmet"_s, u"selin"_s}));
    QCOMPARE(model.approvers(), QStringList{u"selin"_s});
}

QTEST_MAIN(TestVoidReportModel)
#include "tst_voidreportmodel.moc"
