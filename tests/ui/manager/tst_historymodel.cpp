#include "CsvWriter.h"
#include "HistoryFilterModel.h"
#include "HistoryModel.h"
#include "TouchStyle.h"
#include "WaiterTotalsModel.h"

#include "ManualClock.h"

#include "SampleEvents.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// The fixed "now" of the tests; times are read back through the same local time zone.
constexpr qint64 now = 1'780'000'000'000;

Event event(qint64 seq, Event::Kind kind, const QString& author, const QString& lineId = {},
            const QString& item = {}, std::optional<int> qty = {}, std::optional<int> prevQty = {},
            const QString& note = {})
{
    Event e = sampleEvent(seq, kind, author, now - 60'000);
    e.lineId = lineId;
    e.menuItemId = item;
    e.qty = qty;
    e.prevQty = prevQty;
    if (!note.isEmpty())
        e.note = note;
    return e;
}

// A small order's story: Ayşe adds soup and tea, Mehmet's write is refused, then he adds water
// and a note with a comma and quotes, Ayşe raises the tea to 3, Mehmet removes the soup.
QList<Event> story()
{
    return {
        event(1, Event::Kind::Add, u"ayse"_s, u"l1"_s, u"soup-lentil"_s, 2),
        event(2, Event::Kind::Add, u"ayse"_s, u"l2"_s, u"tea"_s, 1),
        event(3, Event::Kind::Conflict, u"mehmet"_s),
        event(4, Event::Kind::Add, u"mehmet"_s, u"l3"_s, u"water"_s, 4, {},
              u"cold, \"sparkling\" please"_s),
        event(5, Event::Kind::Change, u"ayse"_s, u"l2"_s, u"tea"_s, 3, 1),
        event(6, Event::Kind::Remove, u"mehmet"_s, u"l1"_s, u"soup-lentil"_s, 2),
    };
}

const QHash<QString, QString> itemNames{{u"soup-lentil"_s, u"Lentil soup"_s}, {u"tea"_s, u"Tea"_s}};
const QHash<QString, QString> staffNames{{u"ayse"_s, u"Ayşe"_s}, {u"mehmet"_s, u"Mehmet"_s}};

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passesTheModelTesterThroughResetsAppendsAndDrops();
    void showsNamesWithIdsAsFallback();
    void conflictRowsSayItInWordsAndColour();
    void timesFollowTheLocale();
    void filtersByWaiterAndKind_data();
    void filtersByWaiterAndKind();
    void filterPassesTheModelTester();
    void newestFirstForTheLiveFeed();
    void totalsPerWaiter_data();
    void totalsPerWaiter();
    void csvIsExactlyWhatIsShown();
    void csvQuotesWhatNeedsIt_data();
    void csvQuotesWhatNeedsIt();
    void csvFileIsUtf8WithAMark();
    void kitchenEventsInTheListAndTheCsv_data();
    void kitchenEventsInTheListAndTheCsv();
};

void TestHistoryModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestHistoryModel::passesTheModelTesterThroughResetsAppendsAndDrops()
{
    ManualClock clock(now);
    HistoryModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.setEvents(story().mid(0, 3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    model.appendEvents(story().mid(3), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data(HistoryModel::SeqRole).toLongLong(), 3);
    model.setItemNames(itemNames);
    model.setStaffNames(staffNames);
    model.appendEvents({}, 10);
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryModel::showsNamesWithIdsAsFallback()
{
    ManualClock clock(now);
    HistoryModel model(clock);
    model.setEvents(story());
    QCOMPARE(cell(model, 0, HistoryModel::ItemColumn), u"soup-lentil"_s);
    QCOMPARE(cell(model, 0, HistoryModel::AuthorColumn), u"ayse"_s);
    model.setItemNames(itemNames);
    model.setStaffNames(staffNames);
    model.setTableNames({{u"12"_s, u"Banquet 12"_s}});

    QCOMPARE(cell(model, 0, HistoryModel::ItemColumn), u"Lentil soup"_s);
    QCOMPARE(cell(model, 0, HistoryModel::AuthorColumn), u"Ayşe"_s);
    QCOMPARE(cell(model, 0, HistoryModel::KindColumn), u"Added"_s);
    QCOMPARE(cell(model, 0, HistoryModel::QtyColumn), u"2"_s);
    QCOMPARE(cell(model, 0, HistoryModel::PrevQtyColumn), QString());
    QCOMPARE(cell(model, 0, HistoryModel::VersionColumn), u"2"_s);
    QCOMPARE(cell(model, 0, HistoryModel::TableColumn), u"Banquet 12"_s);
    // Water is not on the menu list this tablet holds: its id stands in.
    QCOMPARE(cell(model, 3, HistoryModel::ItemColumn), u"water"_s);
    QCOMPARE(cell(model, 3, HistoryModel::NoteColumn), u"cold, \"sparkling\" please"_s);
    QCOMPARE(cell(model, 4, HistoryModel::KindColumn), u"Changed"_s);
    QCOMPARE(cell(model, 4, HistoryModel::QtyColumn), u"3"_s);
    QCOMPARE(cell(model, 4, HistoryModel::PrevQtyColumn), u"1"_s);
    QCOMPARE(cell(model, 5, HistoryModel::KindColumn), u"Removed"_s);
    QCOMPARE(cell(model, 5, HistoryModel::AuthorColumn), u"Mehmet"_s);
    QCOMPARE(model.authors(), (QStringList{u"ayse"_s, u"mehmet"_s}));
}

void TestHistoryModel::conflictRowsSayItInWordsAndColour()
{
    ManualClock clock(now);
    HistoryModel model(clock);
    model.setEvents(story());
    const int conflictRow = 2;
    QVERIFY(cell(model, conflictRow, HistoryModel::KindColumn).contains(u"Conflict"_s));
    QCOMPARE(cell(model, conflictRow, HistoryModel::ItemColumn), u"Refused: based on v2"_s);
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        const QModelIndex index = model.index(conflictRow, column);
        QCOMPARE(index.data(Qt::BackgroundRole).value<QColor>(), TouchStyle::conflictBackground());
        QVERIFY(index.data(Qt::FontRole).value<QFont>().bold());
    }
    QVERIFY(model.index(conflictRow, HistoryModel::ItemColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"refused"_s));
    for (int row : {0, 1, 3, 4, 5}) {
        QVERIFY(!model.index(row, HistoryModel::KindColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!cell(model, row, HistoryModel::KindColumn).contains(u"Conflict"_s));
    }
}

void TestHistoryModel::timesFollowTheLocale()
{
    ManualClock clock(now);
    HistoryModel model(clock);
    Event yesterday = story().first();
    yesterday.at = now - 24LL * 3600'000;
    model.setEvents({story().first(), yesterday});
    // C locale: 24-hour time with seconds; an older day also names its date.
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(story().first().at);
    QCOMPARE(cell(model, 0, HistoryModel::TimeColumn), first.time().toString(u"HH:mm:ss"_s));
    QVERIFY2(cell(model, 1, HistoryModel::TimeColumn).size() > 8,
             qPrintable(cell(model, 1, HistoryModel::TimeColumn)));

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString american = cell(model, 0, HistoryModel::TimeColumn);
    QLocale::setDefault(QLocale::c());
    QVERIFY2(american.endsWith(u"PM"_s) || american.endsWith(u"AM"_s), qPrintable(american));
    QVERIFY2(american.count(u':') == 2, qPrintable(american)); // seconds kept
}

void TestHistoryModel::filtersByWaiterAndKind_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<int>("kind"); // -1: all
    QTest::addColumn<QList<qint64>>("seqs");
    QTest::newRow("everything") << QString() << -1 << QList<qint64>{1, 2, 3, 4, 5, 6};
    QTest::newRow("ayse") << u"ayse"_s << -1 << QList<qint64>{1, 2, 5};
    QTest::newRow("mehmet") << u"mehmet"_s << -1 << QList<qint64>{3, 4, 6};
    QTest::newRow("adds") << QString() << int(Event::Kind::Add) << QList<qint64>{1, 2, 4};
    QTest::newRow("conflicts") << QString() << int(Event::Kind::Conflict) << QList<qint64>{3};
    QTest::newRow("mehmet's adds") << u"mehmet"_s << int(Event::Kind::Add) << QList<qint64>{4};
    QTest::newRow("ayse's removals") << u"ayse"_s << int(Event::Kind::Remove) << QList<qint64>{};
    QTest::newRow("nobody") << u"elif"_s << -1 << QList<qint64>{};
}

void TestHistoryModel::filtersByWaiterAndKind()
{
    QFETCH(QString, author);
    QFETCH(int, kind);
    QFETCH(QList<qint64>, seqs);
    ManualClock clock(now);
    HistoryModel model(clock);
    model.setEvents(story());
    HistoryFilterModel filter;
    filter.setSourceModel(&model);
    filter.setAuthor(author);
    filter.setKind(kind < 0 ? std::nullopt : std::optional<Event::Kind>(Event::Kind(kind)));
    QList<qint64> shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown.append(filter.index(row, 0).data(HistoryModel::SeqRole).toLongLong());
    QCOMPARE(shown, seqs);
}

void TestHistoryModel::filterPassesTheModelTester()
{
    ManualClock clock(now);
    HistoryModel model(clock);
    HistoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(story().mid(0, 2));
    filter.setAuthor(u"mehmet"_s);
    QCOMPARE(filter.rowCount(), 0);
    model.appendEvents(story().mid(2), 1);
    QCOMPARE(filter.rowCount(), 3);
    filter.setKind(Event::Kind::Remove);
    QCOMPARE(filter.rowCount(), 1);
    filter.setNewestFirst(true);
    filter.setAuthor({});
    filter.setKind(std::nullopt);
    QCOMPARE(filter.rowCount(), 5);
    model.clear();
    QCOMPARE(filter.rowCount(), 0);
}

void TestHistoryModel::newestFirstForTheLiveFeed()
{
    ManualClock clock(now);
    HistoryModel model(clock);
    HistoryFilterModel filter;
    filter.setSourceModel(&model);
    filter.setNewestFirst(true);
    model.setEvents(story().mid(0, 3));
    QCOMPARE(filter.index(0, 0).data(HistoryModel::SeqRole).toLongLong(), 3);
    model.appendEvents(story().mid(3));
    QCOMPARE(filter.index(0, 0).data(HistoryModel::SeqRole).toLongLong(), 6);
    QCOMPARE(filter.index(5, 0).data(HistoryModel::SeqRole).toLongLong(), 1);
}

void TestHistoryModel::totalsPerWaiter_data()
{
    QTest::addColumn<QList<Event>>("events");
    QTest::addColumn<QList<WaiterTotalsModel::Totals>>("expected");

    // Ayşe: tea now at 3 (her soup was removed by Mehmet), two adds; Mehmet: water x4,
    // one add, one removal, one refused write.
    QTest::newRow("story") << story()
                           << QList<WaiterTotalsModel::Totals>{{u"ayse"_s, 1, 3, 2, 0, 0},
                                                               {u"mehmet"_s, 1, 4, 1, 1, 1}};
    // Mehmet voids Ayşe's fired tea: it leaves the order and counts as his removal.
    Event voided = ::event(7, Event::Kind::Void, u"mehmet"_s, u"l2"_s, u"tea"_s, 3);
    voided.reason = u"spilled"_s;
    voided.approvedBy = u"mehmet"_s;
    QTest::newRow("void") << (story() << voided)
                          << QList<WaiterTotalsModel::Totals>{{u"ayse"_s, 0, 0, 2, 0, 0},
                                                              {u"mehmet"_s, 1, 4, 1, 2, 1}};
}

void TestHistoryModel::totalsPerWaiter()
{
    QFETCH(QList<Event>, events);
    QFETCH(QList<WaiterTotalsModel::Totals>, expected);
    WaiterTotalsModel totals;
    QAbstractItemModelTester tester(&totals,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    totals.setEvents(events);
    totals.setStaffNames(staffNames);
    QCOMPARE(totals.totals(), expected);
    QCOMPARE(cell(totals, 0, WaiterTotalsModel::WaiterColumn), u"Ayşe"_s);
    QCOMPARE(cell(totals, 1, WaiterTotalsModel::ConflictsColumn), u"⚠ 1"_s);
    QCOMPARE(cell(totals, 0, WaiterTotalsModel::ConflictsColumn), u"0"_s);
    totals.setEvents({});
    QCOMPARE(totals.rowCount(), 0);
}

void TestHistoryModel::csvIsExactlyWhatIsShown()
{
    ManualClock clock(now);
    HistoryModel model(clock);
    model.setEvents(story());
    model.setItemNames(itemNames);
    model.setStaffNames(staffNames);
    HistoryFilterModel filter;
    filter.setSourceModel(&model);
    filter.setAuthor(u"mehmet"_s);
    const QList<int> columns{HistoryModel::AuthorColumn,  HistoryModel::KindColumn,
                             HistoryModel::ItemColumn,    HistoryModel::QtyColumn,
                             HistoryModel::VersionColumn, HistoryModel::NoteColumn};
    const QString expected = u"Who,What,Item,Qty,Version,Note\r\n"
                             "Mehmet,⚠ Conflict,Refused: based on v2,,4,\r\n"
                             "Mehmet,Added,water,4,5,\"cold, \"\"sparkling\"\" please\"\r\n"
                             "Mehmet,Removed,Lentil soup,2,7,\r\n"_s;
    QCOMPARE(CsvWriter::toCsv(filter, columns), expected);
}

void TestHistoryModel::kitchenEventsInTheListAndTheCsv_data()
{
    QTest::addColumn<Event>("kitchen");
    QTest::addColumn<QString>("csv");

    Event fire = ::event(7, Event::Kind::Fire, u"ayse"_s, u"l2"_s, u"tea"_s, 3);
    fire.ticketId = 17;
    QTest::newRow("fire") << fire << u"Ayşe,Fired,Tea,3,8,kitchen ticket 17\r\n"_s;
    Event voided =
        ::event(8, Event::Kind::Void, u"mehmet"_s, u"l3"_s, u"water"_s, 4, {}, u"spilt"_s);
    voided.reason = u"wrong_item"_s;
    voided.approvedBy = u"ayse"_s;
    voided.ticketId = 18;
    QTest::newRow("void")
        << voided
        << u"Mehmet,Voided,water,4,9,reason: wrong item · approved by Ayşe · void ticket 18 · "
           "spilt\r\n"_s;
    Event unknownReason = voided;
    unknownReason.reason = u"broken_glass"_s;
    unknownReason.approvedBy.clear();
    unknownReason.note.reset();
    QTest::newRow("void, a reason this build does not know")
        << unknownReason << u"Mehmet,Voided,water,4,9,reason: broken_glass · void ticket 18\r\n"_s;
}

void TestHistoryModel::kitchenEventsInTheListAndTheCsv()
{
    QFETCH(Event, kitchen);
    QFETCH(QString, csv);
    ManualClock clock(now);
    HistoryModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(story());
    model.appendEvents({kitchen});
    model.setItemNames(itemNames);
    model.setStaffNames(staffNames);
    HistoryFilterModel filter;
    filter.setSourceModel(&model);
    filter.setKind(kitchen.kind);
    QCOMPARE(filter.rowCount(), 1);
    const QList<int> columns{HistoryModel::AuthorColumn,  HistoryModel::KindColumn,
                             HistoryModel::ItemColumn,    HistoryModel::QtyColumn,
                             HistoryModel::VersionColumn, HistoryModel::NoteColumn};
    QCOMPARE(CsvWriter::toCsv(filter, columns), u"Who,What,Item,Qty,Version,Note\r\n"_s + csv);
}

void TestHistoryModel::csvQuotesWhatNeedsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"Tea"_s << u"Tea"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("edge space") << u" x"_s << u"\" x\""_s;
    QTest::newRow("unicode") << u"Ayşe ⚠"_s << u"Ayşe ⚠"_s;
}

void TestHistoryModel::csvQuotesWhatNeedsIt()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::field(text), field);
}

void TestHistoryModel::csvFileIsUtf8WithAMark()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"history.csv"_s);
    const QString csv = u"Who,Note\r\nAyşe,\"a,b\"\r\n"_s;
    const Result<void> saved = CsvWriter::save(path, csv);
    QVERIFY(saved.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF") + csv.toUtf8());

    const Result<void> refused = CsvWriter::save(directory.filePath(u"no/such/dir/x.csv"_s), csv);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"x.csv"_s));
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
