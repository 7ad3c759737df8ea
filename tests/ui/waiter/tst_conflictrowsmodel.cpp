#include "ConflictRowsModel.h"

#include "KnownConflict.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using RowKind = ConflictRowsModel::RowKind;

namespace {
int rowOf(const ConflictRowsModel& model, const QString& lineId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ConflictRowsModel::LineIdRole).toString() == lineId)
            return row;
    }
    return -1;
}

QString cell(const ConflictRowsModel& model, const QString& lineId, int column)
{
    return model.index(rowOf(model, lineId), column).data().toString();
}

bool struck(const ConflictRowsModel& model, const QString& lineId)
{
    return model.index(rowOf(model, lineId), ConflictRowsModel::ItemColumn)
        .data(Qt::FontRole)
        .value<QFont>()
        .strikeOut();
}
} // namespace

class TestConflictRowsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTesterThroughResets();
    void marksEveryRow_data();
    void marksEveryRow();
    void removalsAreStruckThrough();
    void conflictRowsFollowTheChoices();
    void aReplayThatLandedShowsNothingToAdd();
    void firedLinesSayWhatIsPossible();
    void namesOnlyWhoTheEventsShow_data();
    void namesOnlyWhoTheEventsShow();
    void aChangeOlderThanTheEventsNamesNoOne();
    void anUnnamedWaiterReadsRightInEachLanguage_data();
    void anUnnamedWaiterReadsRightInEachLanguage();
};

void TestConflictRowsModel::passesTheModelTesterThroughResets()
{
    KnownConflict known;
    ConflictRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDecision(known.decision, known.events);
    model.setItemNames(KnownConflict::itemNames());
    model.setStaffNames(KnownConflict::staffNames());
    known.decision.choose(0, RebaseDecision::Choice::KeepMine);
    model.setDecision(known.decision, known.events);
    model.setDecision(RebaseDecision(), {});
    QCOMPARE(model.rowCount(), 0);
}

void TestConflictRowsModel::marksEveryRow_data()
{
    QTest::addColumn<QString>("lineId");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mark");
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("qty");
    QTest::newRow("mine added") << u"m1"_s << int(RowKind::MineAdded) << u"+"_s << u"you add"_s
                                << u"1"_s;
    QTest::newRow("mine removed") << u"b3"_s << int(RowKind::MineRemoved) << u"−"_s
                                  << u"you remove"_s << u"1"_s;
    QTest::newRow("mine changed") << u"b4"_s << int(RowKind::MineChanged) << u"~"_s
                                  << u"you change"_s << u"1 → 2"_s;
    QTest::newRow("theirs added") << u"t1"_s << int(RowKind::TheirsAdded) << QString()
                                  << u"added by Mehmet"_s << u"1"_s;
    QTest::newRow("theirs removed")
        << u"b2"_s << int(RowKind::TheirsRemoved) << QString() << u"removed by Mehmet"_s << u"1"_s;
    QTest::newRow("both changed") << u"b1"_s << int(RowKind::Conflict) << u"!"_s
                                  << u"conflict with Mehmet: choose"_s << u"2"_s;
    QTest::newRow("mine removed, theirs changed") << u"b5"_s << int(RowKind::Conflict) << u"!"_s
                                                  << u"conflict with Mehmet: choose"_s << u"1"_s;
}

void TestConflictRowsModel::marksEveryRow()
{
    QFETCH(QString, lineId);
    QFETCH(int, kind);
    QFETCH(QString, mark);
    QFETCH(QString, who);
    QFETCH(QString, qty);
    KnownConflict known;
    ConflictRowsModel model;
    model.setItemNames(KnownConflict::itemNames());
    model.setStaffNames(KnownConflict::staffNames());
    model.setDecision(known.decision, known.events);
    QCOMPARE(model.rowCount(), 7);
    const int row = rowOf(model, lineId);
    QVERIFY(row >= 0);
    QCOMPARE(model.rowKind(row), RowKind(kind));
    QCOMPARE(model.index(row, 0).data(ConflictRowsModel::RowKindRole).toInt(), kind);
    QCOMPARE(cell(model, lineId, ConflictRowsModel::MarkColumn), mark);
    QCOMPARE(cell(model, lineId, ConflictRowsModel::WhoColumn), who);
    QCOMPARE(cell(model, lineId, ConflictRowsModel::QtyColumn), qty);
    // Every highlighted row is coloured and carries a mark or words as well.
    QVERIFY(model.index(row, 0).data(Qt::BackgroundRole).isValid());
}

void TestConflictRowsModel::namesOnlyWhoTheEventsShow_data()
{
    QTest::addColumn<QString>("lineId");
    QTest::addColumn<QString>("who");
    // A 409 carries only the newest events: here only Mehmet's removal of b2 (version 4).
    QTest::newRow("an addition left out names its adder") << u"t1"_s << u"added by Mehmet"_s;
    QTest::newRow("a removal within the events") << u"b2"_s << u"removed by Mehmet"_s;
    // b1 is Ayşe's own line, changed by Mehmet: never "conflict with Ayşe" on Ayşe's tablet.
    QTest::newRow("a change left out on the sender's own line")
        << u"b1"_s << u"conflict with another waiter: choose"_s;
    QTest::newRow("a change left out on a third waiter's line")
        << u"b5"_s << u"conflict with another waiter: choose"_s;
}

void TestConflictRowsModel::namesOnlyWhoTheEventsShow()
{
    QFETCH(QString, lineId);
    QFETCH(QString, who);
    KnownConflict known;
    ConflictRowsModel model;
    model.setStaffNames(KnownConflict::staffNames());
    model.setDecision(known.decision, {known.events.constLast()});
    QCOMPARE(cell(model, lineId, ConflictRowsModel::WhoColumn), who);
}

void TestConflictRowsModel::aChangeOlderThanTheEventsNamesNoOne()
{
    const Lines base{KnownConflict::line(u"b1", u"soup", 1, 1, u"ayse")};
    Lines mine = base;
    mine.append(KnownConflict::line(u"m1", u"kebab", 2, 1, u""));
    Lines theirs = base;
    theirs[0].qty = 2;
    ConflictRowsModel model;
    model.setStaffNames(KnownConflict::staffNames());
    model.setDecision(rebase(base, mine, theirs), {});
    QCOMPARE(model.rowKind(rowOf(model, u"b1"_s)), RowKind::TheirsChanged);
    QCOMPARE(cell(model, u"b1"_s, ConflictRowsModel::WhoColumn), u"changed by another waiter"_s);
    // With the event, its author is named.
    Event change = KnownConflict::event(Event::Kind::Change, u"b1", 2);
    model.setDecision(rebase(base, mine, theirs), {change});
    QCOMPARE(cell(model, u"b1"_s, ConflictRowsModel::WhoColumn), u"changed by Mehmet"_s);
}

void TestConflictRowsModel::anUnnamedWaiterReadsRightInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lineId");
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("keepTheirs");
    // The unnamed waiter is a whole sentence, so each language can inflect it (dative after
    // "mit", the instrumental after "с").
    QTest::newRow("de: a conflict")
        << u"de"_s << u"b1"_s << u"Konflikt mit einer anderen Bedienung: bitte wählen"_s << false;
    QTest::newRow("de: a named removal") << u"de"_s << u"b2"_s << u"entfernt von Mehmet"_s << false;
    QTest::newRow("ru: a conflict")
        << u"ru"_s << u"b5"_s << u"конфликт с другим официантом: выберите"_s << false;
    QTest::newRow("tr: a conflict")
        << u"tr"_s << u"b1"_s << u"başka bir garsonla çakışma: seçin"_s << false;
    // After "Keep theirs" on a conflict whose author the events leave out.
    QTest::newRow("de: keeping theirs")
        << u"de"_s << u"b1"_s << u"Konflikt: Version der anderen Bedienung bleibt"_s << true;
    QTest::newRow("ru: keeping theirs")
        << u"ru"_s << u"b5"_s << u"конфликт: остаётся вариант другого официанта"_s << true;
    QTest::newRow("tr: keeping theirs")
        << u"tr"_s << u"b1"_s << u"çakışma: diğer garsonun tarafı korunuyor"_s << true;
}

void TestConflictRowsModel::anUnnamedWaiterReadsRightInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, lineId);
    QFETCH(QString, who);
    QFETCH(bool, keepTheirs);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/tablesync_"_s + language));
    QCoreApplication::installTranslator(&translator);
    KnownConflict known;
    if (keepTheirs) {
        const auto& conflicts = known.decision.conflicts();
        for (qsizetype i = 0; i < conflicts.size(); ++i) {
            if (conflicts.at(i).lineId == lineId)
                known.decision.choose(i, RebaseDecision::Choice::KeepTheirs);
        }
    }
    ConflictRowsModel model;
    model.setStaffNames(KnownConflict::staffNames());
    // Only the newest event (Mehmet's removal of b2) came with the 409.
    model.setDecision(known.decision, {known.events.constLast()});
    const QString shown = cell(model, lineId, ConflictRowsModel::WhoColumn);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(shown, who);
}

void TestConflictRowsModel::removalsAreStruckThrough()
{
    KnownConflict known;
    ConflictRowsModel model;
    model.setDecision(known.decision, known.events);
    QVERIFY(struck(model, u"b3"_s));
    QVERIFY(struck(model, u"b2"_s));
    QVERIFY(!struck(model, u"m1"_s));
    QVERIFY(!struck(model, u"t1"_s));
    QCOMPARE(cell(model, u"m1"_s, ConflictRowsModel::ItemColumn), u"kebab"_s);
}

void TestConflictRowsModel::conflictRowsFollowTheChoices()
{
    KnownConflict known;
    ConflictRowsModel model;
    model.setStaffNames(KnownConflict::staffNames());
    model.setDecision(known.decision, known.events);
    const int first = model.rowOfConflict(0);
    const int second = model.rowOfConflict(1);
    QVERIFY(first >= 0 && second >= 0 && first != second);
    QCOMPARE(model.index(first, 0).data(ConflictRowsModel::ConflictIndexRole).toInt(), 0);
    QCOMPARE(model.index(first, 0).data(ConflictRowsModel::AuthorRole).toString(), u"mehmet"_s);
    QVERIFY(model.index(first, 0).data(Qt::DecorationRole).isValid());

    known.decision.choose(0, RebaseDecision::Choice::KeepMine);
    known.decision.choose(1, RebaseDecision::Choice::KeepTheirs);
    model.setDecision(known.decision, known.events);
    QCOMPARE(model.index(model.rowOfConflict(0), ConflictRowsModel::WhoColumn).data().toString(),
             u"conflict: keeping yours"_s);
    QCOMPARE(model.index(model.rowOfConflict(1), ConflictRowsModel::WhoColumn).data().toString(),
             u"conflict: keeping Mehmet's"_s);
}

void TestConflictRowsModel::aReplayThatLandedShowsNothingToAdd()
{
    KnownConflict known;
    // The send had landed: the current order already holds the draft's lines.
    const RebaseDecision replay = rebase(known.base, known.mine, known.mine);
    ConflictRowsModel model;
    model.setDecision(replay, {});
    QVERIFY(!replay.hasOutgoing());
    // The landed lines read as already on the order; nothing is added, removed or asked.
    for (int row = 0; row < model.rowCount(); ++row) {
        const RowKind kind = model.rowKind(row);
        QVERIFY(kind != RowKind::MineAdded && kind != RowKind::MineRemoved &&
                kind != RowKind::MineChanged && kind != RowKind::Conflict);
        QCOMPARE(model.index(row, ConflictRowsModel::MarkColumn).data().toString(), QString());
    }
    QCOMPARE(model.rowCount(), int(known.mine.size() + 2)); // plus the two lines that left
}

void TestConflictRowsModel::firedLinesSayWhatIsPossible()
{
    const qint64 at = 1'790'000'000'000;
    RebaseDecision decision = KnownConflict::firedMeanwhile(at);
    ConflictRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStaffNames(KnownConflict::staffNames());
    const QList<Event> events{KnownConflict::event(Event::Kind::Change, u"b5", 2)};
    model.setDecision(decision, events);
    QCOMPARE(model.rowCount(), 5);
    const QString time = ConflictRowsModel::firedTimeText(at);
    QVERIFY(!time.isEmpty());
    // The two lines Ayşe touched: shown and marked; her change to b1 is impossible, with the
    // way out; her removal of b4 is kept or voided.
    for (const QString& lineId : {u"b1"_s, u"b4"_s}) {
        const int row = rowOf(model, lineId);
        QCOMPARE(model.rowKind(row), RowKind::Conflict);
        QCOMPARE(cell(model, lineId, ConflictRowsModel::MarkColumn), u"!"_s);
        QVERIFY(!struck(model, lineId));
    }
    QCOMPARE(cell(model, u"b1"_s, ConflictRowsModel::WhoColumn),
             u"not possible: in the kitchen since %1 — a void takes it off"_s.arg(time));
    QCOMPARE(cell(model, u"b4"_s, ConflictRowsModel::WhoColumn),
             u"in the kitchen since %1: keep it or void it"_s.arg(time));
    // What the kitchen has stays as it is: b1 keeps its quantity.
    QCOMPARE(cell(model, u"b1"_s, ConflictRowsModel::QtyColumn), u"1"_s);
    // A line only fired meanwhile is named as such, with who sent it.
    QCOMPARE(model.rowKind(rowOf(model, u"b5"_s)), RowKind::TheirsFired);
    QCOMPARE(cell(model, u"b5"_s, ConflictRowsModel::WhoColumn),
             u"in the kitchen since %1 (sent by Mehmet)"_s.arg(time));
    QVERIFY(model.index(rowOf(model, u"b5"_s), 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.rowKind(rowOf(model, u"b2"_s)), RowKind::Unchanged);

    // Voided: struck through, with the reason.
    QVERIFY(decision.chooseVoid(1, u"quality"_s, {}));
    model.setDecision(decision, events);
    QCOMPARE(cell(model, u"b4"_s, ConflictRowsModel::WhoColumn),
             u"void: Quality (a manager approves)"_s);
    QVERIFY(struck(model, u"b4"_s));

    for (qsizetype i = 0; i < decision.conflicts().size(); ++i)
        decision.choose(i, RebaseDecision::Choice::KeepTheirs);
    model.setDecision(decision, events);
    QCOMPARE(cell(model, u"b1"_s, ConflictRowsModel::WhoColumn), u"stays as the kitchen has it"_s);
    QCOMPARE(cell(model, u"b4"_s, ConflictRowsModel::WhoColumn), u"stays as the kitchen has it"_s);
    QVERIFY(!struck(model, u"b4"_s));
}

QTEST_MAIN(TestConflictRowsModel)
#include "tst_conflictrowsmodel.moc"
