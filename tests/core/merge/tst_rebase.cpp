#include "merge/Diff.h"
#include "merge/Rebase.h"

#include <QDebug>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

using Choice = RebaseDecision::Choice;
using ConflictKind = RebaseDecision::Conflict::Kind;

// QCOMPARE prints lines and changes when they differ.
QDebug operator<<(QDebug debug, const Line& line)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Line(" << line.lineId.left(8) << ' ' << line.menuItemId << " x" << line.qty
                    << " seat " << line.seat << ' ' << line.note << " by " << line.addedBy << '@'
                    << line.addedAt << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const LineChange& change)
{
    QDebugStateSaver saver(debug);
    static const char* const kinds[] = {"Added", "Removed", "Changed"};
    debug.nospace() << kinds[int(change.kind)] << '(';
    if (change.before)
        debug << *change.before;
    debug << " -> ";
    if (change.after)
        debug << *change.after;
    debug << ')';
    return debug;
}

namespace {

QString id(int n)
{
    return u"%1-0000-4000-8000-000000000000"_s.arg(n, 8, 10, QChar(u'0'));
}

Line line(int n, int qty = 1, const QString& note = {}, const QString& by = u"host"_s)
{
    return Line{id(n), u"tea"_s, qty, 0, note, by, 1'780'000'000'000 + n};
}

// The order of lines is not significant, so lists are compared keyed by line_id.
QMap<QString, Line> byId(const Lines& lines)
{
    QMap<QString, Line> map;
    for (const Line& each : lines)
        map.insert(each.lineId, each);
    return map;
}

Lines sortedById(const Lines& lines)
{
    return byId(lines).values();
}

bool hasDuplicateIds(const Lines& lines)
{
    QSet<QString> seen;
    for (const Line& each : lines) {
        if (seen.contains(each.lineId))
            return true;
        seen.insert(each.lineId);
    }
    return false;
}

int count(const LineChanges& changes, LineChange::Kind kind)
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [kind](const LineChange& change) { return change.kind == kind; }));
}

// The server's side of the guarded write: the list lands only on the version it was based on.
struct OrderStore
{
    Lines items;
    qint64 version = 1;

    bool patch(qint64 expectedVersion, const Lines& wanted)
    {
        if (expectedVersion != version)
            return false;
        items = wanted;
        ++version;
        return true;
    }
};

} // namespace

class TestRebase : public QObject
{
    Q_OBJECT

private slots:
    void seedScenario_data();
    void seedScenario();
    void seedScenarioWithEdits();
    void unchangedCurrentProposesTheDraft();
    void neverDropsTheirAdditions();
    void neverDuplicatesALineId_data();
    void neverDuplicatesALineId();
    void alreadyApplied_data();
    void alreadyApplied();
    void conflicts_data();
    void conflicts();
    void nonConflicts_data();
    void nonConflicts();
    void choose_data();
    void choose();
    void isSettled();
    void naiveTwoWayDiffTrap();
    void proposedKeepsTheWrittenOrder();
    void accessors();
    void firedConflicts_data();
    void firedConflicts();
    void othersFireIsNeverUndone_data();
    void othersFireIsNeverUndone();
    void firedConflictCannotKeepMine();
    void voidAFiredLine_data();
    void voidAFiredLine();
    void keepingTheFiredLineUndoesAVoid();
    void courseIsContent();
};

void TestRebase::seedScenario_data()
{
    QTest::addColumn<Lines>("base");
    QTest::newRow("empty base") << Lines{};
    QTest::newRow("three lines in base") << Lines{line(1), line(2, 3), line(3, 1, u"hot"_s)};
}

void TestRebase::seedScenario()
{
    QFETCH(Lines, base);
    // Four waiters open the same table at version 1 and each adds five lines; each send after
    // the first meets a 409 and is rebased onto what is current.
    const QStringList writers{u"ayse"_s, u"mehmet"_s, u"olga"_s, u"hans"_s};
    OrderStore store{base, 1};
    const qint64 baseVersion = store.version;
    QHash<QString, QString> authorOf;

    for (qsizetype w = 0; w < writers.size(); ++w) {
        Lines draft = base;
        for (int k = 0; k < 5; ++k) {
            const Line added = line(int(100 * (w + 1) + k), k + 1, {}, writers.at(w));
            authorOf.insert(added.lineId, writers.at(w));
            draft.append(added);
        }
        if (store.patch(baseVersion, draft)) {
            QCOMPARE(w, qsizetype(0));
            continue;
        }
        const RebaseDecision decision = rebase(base, draft, store.items);
        QVERIFY(decision.conflicts().isEmpty());
        QVERIFY(decision.isSettled());
        const LineChanges outgoing = decision.outgoing();
        QCOMPARE(outgoing.size(), 5);
        QCOMPARE(count(outgoing, LineChange::Kind::Added), 5);
        for (const LineChange& change : outgoing)
            QCOMPARE(authorOf.value(change.lineId()), writers.at(w));
        // What a naive send of the draft would have done: delete every earlier waiter's lines.
        QCOMPARE(count(::diff(store.items, draft), LineChange::Kind::Removed), int(5 * w));
        QVERIFY(store.patch(store.version, decision.proposed()));
    }

    QCOMPARE(store.items.size(), base.size() + 20);
    QCOMPARE(store.version, qint64(5));
    QVERIFY(!hasDuplicateIds(store.items));
    for (const Line& each : store.items) {
        if (const Line* original = findLine(base, each.lineId))
            QCOMPARE(each, *original);
        else
            QCOMPARE(each.addedBy, authorOf.value(each.lineId));
    }
    QCOMPARE(authorOf.size(), 20);
    for (auto it = authorOf.cbegin(); it != authorOf.cend(); ++it)
        QVERIFY2(findLine(store.items, it.key()), qPrintable(it.key() + u" was lost"_s));
}

void TestRebase::seedScenarioWithEdits()
{
    // The same race, but the waiters also remove and change different lines of the base.
    const Lines base{line(1), line(2), line(3), line(4)};
    OrderStore store{base, 1};

    Lines ayse = base;
    ayse.removeAt(0); // removes line 1
    ayse.append(line(100, 1, {}, u"ayse"_s));
    QVERIFY(store.patch(1, ayse));

    Lines mehmet = base;
    mehmet[1].qty = 4; // changes line 2
    mehmet.append(line(200, 1, {}, u"mehmet"_s));
    RebaseDecision decision = rebase(base, mehmet, store.items);
    QVERIFY(decision.conflicts().isEmpty());
    QVERIFY(store.patch(store.version, decision.proposed()));

    Lines olga = base;
    olga[2].note = u"no sugar"_s; // changes line 3
    olga.removeAt(3);             // removes line 4
    olga.append(line(300, 1, {}, u"olga"_s));
    decision = rebase(base, olga, store.items);
    QVERIFY(decision.conflicts().isEmpty());
    QVERIFY(store.patch(store.version, decision.proposed()));

    Line two = line(2);
    two.qty = 4;
    Line three = line(3);
    three.note = u"no sugar"_s;
    const Lines expected{two, three, line(100, 1, {}, u"ayse"_s), line(200, 1, {}, u"mehmet"_s),
                         line(300, 1, {}, u"olga"_s)};
    QCOMPARE(sortedById(store.items), sortedById(expected));
}

void TestRebase::proposedKeepsTheWrittenOrder()
{
    // Ids chosen so that sorting by id would reverse the lines: the server's order comes
    // first as it returned it, then this waiter's new lines in the order they were added.
    const Lines base{line(9)};
    const Lines current{line(9), line(7), line(5)};
    const Lines draft{line(9), line(8), line(2)};
    const RebaseDecision decision = rebase(base, draft, current);
    QVERIFY(decision.conflicts().isEmpty());
    QStringList ids;
    for (const Line& made : decision.proposed())
        ids.append(made.lineId);
    QCOMPARE(ids, (QStringList{id(9), id(7), id(5), id(8), id(2)}));
}

void TestRebase::unchangedCurrentProposesTheDraft()
{
    const Lines base{line(1), line(2), line(3)};
    Lines draft{line(1, 5), line(3), line(4, 1, {}, u"ayse"_s)};
    const RebaseDecision decision = rebase(base, draft, base);
    QVERIFY(decision.conflicts().isEmpty());
    QVERIFY(decision.theirChanges().isEmpty());
    QCOMPARE(sortedById(decision.proposed()), sortedById(draft));
    QCOMPARE(decision.outgoing(), ::diff(base, draft));
}

void TestRebase::neverDropsTheirAdditions()
{
    const Lines base{line(1), line(2), line(3)};
    // Others added 10 and 11, removed 3 and changed 2.
    const Lines theirs{line(1), line(2, 7), line(10, 1, {}, u"mehmet"_s),
                       line(11, 2, {}, u"olga"_s)};
    // This waiter removed 1 and added 20.
    const Lines mine{line(2), line(3), line(20, 1, {}, u"ayse"_s)};

    const RebaseDecision decision = rebase(base, mine, theirs);
    QVERIFY(decision.conflicts().isEmpty());
    const Lines expected{line(2, 7), line(10, 1, {}, u"mehmet"_s), line(11, 2, {}, u"olga"_s),
                         line(20, 1, {}, u"ayse"_s)};
    QCOMPARE(sortedById(decision.proposed()), sortedById(expected));
    QCOMPARE(count(decision.outgoing(), LineChange::Kind::Removed), 1);
    QCOMPARE(decision.outgoing().size(), 2);
}

void TestRebase::neverDuplicatesALineId_data()
{
    QTest::addColumn<Line>("theirLine");
    QTest::addColumn<int>("choice");
    const Line same = line(5, 2, {}, u"ayse"_s);
    Line landed = same;
    landed.addedAt = 42; // the server's clock
    const Line other = line(5, 3, u"hot"_s, u"mehmet"_s);
    QTest::newRow("replay") << same << int(Choice::Undecided);
    QTest::newRow("replay, server bookkeeping") << landed << int(Choice::Undecided);
    QTest::newRow("both added, undecided") << other << int(Choice::Undecided);
    QTest::newRow("both added, keep mine") << other << int(Choice::KeepMine);
    QTest::newRow("both added, keep theirs") << other << int(Choice::KeepTheirs);
}

void TestRebase::neverDuplicatesALineId()
{
    QFETCH(Line, theirLine);
    QFETCH(int, choice);
    const Lines base{line(1)};
    const Lines mine{line(1), line(5, 2, {}, u"ayse"_s), line(6, 1, {}, u"ayse"_s)};
    const Lines theirs{line(1), theirLine};

    RebaseDecision decision = rebase(base, mine, theirs);
    for (qsizetype i = 0; i < decision.conflicts().size(); ++i)
        decision.choose(i, Choice(choice));
    const Lines proposed = decision.proposed();
    QVERIFY(!hasDuplicateIds(proposed));
    QCOMPARE(proposed.size(), 3);
    QCOMPARE(count(decision.outgoing(), LineChange::Kind::Added), 1);
}

void TestRebase::alreadyApplied_data()
{
    QTest::addColumn<Lines>("base");
    QTest::addColumn<Lines>("draft");
    QTest::addColumn<Lines>("others");

    const Lines base{line(1), line(2), line(3)};
    QTest::newRow("adds only") << base << (base + Lines{line(10, 1, {}, u"ayse"_s)}) << Lines{};
    QTest::newRow("add, remove, change")
        << base << Lines{line(1, 4), line(3, 1, u"hot"_s), line(10, 1, {}, u"ayse"_s)} << Lines{};
    QTest::newRow("removes everything") << base << Lines{} << Lines{};
    QTest::newRow("others added after it landed")
        << base << Lines{line(1, 4), line(3), line(10, 1, {}, u"ayse"_s)}
        << Lines{line(20, 1, {}, u"mehmet"_s), line(21, 2, {}, u"olga"_s)};
}

void TestRebase::alreadyApplied()
{
    QFETCH(Lines, base);
    QFETCH(Lines, draft);
    QFETCH(Lines, others);

    // The send landed but its reply was lost; the outbox replays it against the new version.
    Lines landed = draft;
    for (Line& each : landed) {
        if (!findLine(base, each.lineId))
            each.addedAt = 1'790'000'000'000; // the server's clock, not the tablet's
    }
    landed += others;

    RebaseDecision decision = rebase(base, draft, landed);
    QVERIFY(decision.conflicts().isEmpty());
    QVERIFY(decision.isSettled());
    QVERIFY(decision.outgoing().isEmpty());
    QVERIFY(!decision.hasOutgoing());
    QCOMPARE(decision.proposed(), landed);
}

void TestRebase::conflicts_data()
{
    QTest::addColumn<Lines>("base");
    QTest::addColumn<Lines>("mine");
    QTest::addColumn<Lines>("theirs");
    QTest::addColumn<int>("kind");
    QTest::addColumn<std::optional<Line>>("baseLine");
    QTest::addColumn<std::optional<Line>>("mineLine");
    QTest::addColumn<std::optional<Line>>("theirLine");

    const Line two = line(2);
    const Line mineTwo = line(2, 2);
    const Line theirTwo = line(2, 3);
    const Line theirNote = line(2, 1, u"no ice"_s);
    const Lines base{line(1), two};
    const auto none = std::optional<Line>();

    QTest::newRow("both changed qty") << base << Lines{line(1), mineTwo} << Lines{line(1), theirTwo}
                                      << int(ConflictKind::BothChanged) << std::optional(two)
                                      << std::optional(mineTwo) << std::optional(theirTwo);
    QTest::newRow("both changed, other fields")
        << base << Lines{line(1), mineTwo} << Lines{line(1), theirNote}
        << int(ConflictKind::BothChanged) << std::optional(two) << std::optional(mineTwo)
        << std::optional(theirNote);
    QTest::newRow("mine removed, theirs changed")
        << base << Lines{line(1)} << Lines{line(1), theirTwo}
        << int(ConflictKind::MineRemovedTheirsChanged) << std::optional(two) << none
        << std::optional(theirTwo);
    QTest::newRow("mine changed, theirs removed")
        << base << Lines{line(1), mineTwo} << Lines{line(1)}
        << int(ConflictKind::MineChangedTheirsRemoved) << std::optional(two)
        << std::optional(mineTwo) << none;
    const Line mineNew = line(9, 1, {}, u"ayse"_s);
    const Line theirNew = line(9, 2, {}, u"mehmet"_s);
    QTest::newRow("both added, different content")
        << base << (base + Lines{mineNew}) << (base + Lines{theirNew})
        << int(ConflictKind::BothAdded) << none << std::optional(mineNew)
        << std::optional(theirNew);
}

void TestRebase::conflicts()
{
    QFETCH(Lines, base);
    QFETCH(Lines, mine);
    QFETCH(Lines, theirs);
    QFETCH(int, kind);
    QFETCH(std::optional<Line>, baseLine);
    QFETCH(std::optional<Line>, mineLine);
    QFETCH(std::optional<Line>, theirLine);

    const RebaseDecision decision = rebase(base, mine, theirs);
    QCOMPARE(decision.conflicts().size(), 1);
    const RebaseDecision::Conflict& conflict = decision.conflicts().at(0);
    QCOMPARE(int(conflict.kind), kind);
    const QString lineId = mineLine ? mineLine->lineId : theirLine->lineId;
    QCOMPARE(conflict.lineId, lineId);
    QCOMPARE(conflict.base, baseLine);
    QCOMPARE(conflict.mine, mineLine);
    QCOMPARE(conflict.theirs, theirLine);
    QCOMPARE(conflict.choice, Choice::Undecided);
    QVERIFY(!decision.isSettled());
    // A conflicting line is not also a change that applies without asking.
    for (const LineChange& change : decision.myChanges())
        QVERIFY(change.lineId() != lineId);
    // Undecided keeps the authoritative side: nothing goes out for that line.
    QVERIFY(decision.outgoing().isEmpty());
    QCOMPARE(decision.proposed(), theirs);
}

void TestRebase::nonConflicts_data()
{
    QTest::addColumn<Lines>("base");
    QTest::addColumn<Lines>("mine");
    QTest::addColumn<Lines>("theirs");
    QTest::addColumn<Lines>("proposed");

    const Lines base{line(1), line(2)};
    QTest::newRow("changed to the same value on both sides")
        << base << Lines{line(1), line(2, 4)} << Lines{line(1), line(2, 4)}
        << Lines{line(1), line(2, 4)};
    QTest::newRow("removed by both") << base << Lines{line(1)} << Lines{line(1)} << Lines{line(1)};
    QTest::newRow("only theirs changed it")
        << base << Lines{line(1), line(2)} << Lines{line(1), line(2, 3)}
        << Lines{line(1), line(2, 3)};
    QTest::newRow("only theirs removed it")
        << base << Lines{line(1), line(2)} << Lines{line(1)} << Lines{line(1)};
    QTest::newRow("only mine changed it")
        << base << Lines{line(1), line(2, 5)} << base << Lines{line(1), line(2, 5)};
    QTest::newRow("only mine removed it") << base << Lines{line(1)} << base << Lines{line(1)};
    // Theirs touched only the bookkeeping (author and time), which is not a change.
    Line retimed = line(2);
    retimed.addedAt = 7;
    retimed.addedBy = u"server"_s;
    Line retimedChanged = retimed;
    retimedChanged.qty = 6;
    QTest::newRow("theirs changed only bookkeeping")
        << base << Lines{line(1), line(2, 6)} << Lines{line(1), retimed}
        << Lines{line(1), retimedChanged};
    QTest::newRow("mine removed a line theirs only re-timed")
        << base << Lines{line(1)} << Lines{line(1), retimed} << Lines{line(1)};
    QTest::newRow("both changed different lines")
        << base << Lines{line(1, 2), line(2)} << Lines{line(1), line(2, 3)}
        << Lines{line(1, 2), line(2, 3)};
}

void TestRebase::nonConflicts()
{
    QFETCH(Lines, base);
    QFETCH(Lines, mine);
    QFETCH(Lines, theirs);
    QFETCH(Lines, proposed);

    const RebaseDecision decision = rebase(base, mine, theirs);
    QVERIFY(decision.conflicts().isEmpty());
    QVERIFY(decision.isSettled());
    QCOMPARE(sortedById(decision.proposed()), sortedById(proposed));
    QCOMPARE(decision.outgoing(), ::diff(theirs, decision.proposed()));
}

void TestRebase::choose_data()
{
    QTest::addColumn<Lines>("mine");
    QTest::addColumn<Lines>("theirs");
    QTest::addColumn<int>("choice");
    QTest::addColumn<std::optional<Line>>("expected"); // line 2 or 9 in proposed(), if any
    QTest::addColumn<bool>("settled");

    const Line mineTwo = line(2, 2, u"mine"_s);
    const Line theirTwo = line(2, 3, u"theirs"_s);
    const Line mineNew = line(9, 1, {}, u"ayse"_s);
    const Line theirNew = line(9, 2, {}, u"mehmet"_s);
    const auto none = std::optional<Line>();
    const Lines one{line(1)};
    const std::pair<const char*, Choice> choices[] = {{"undecided", Choice::Undecided},
                                                      {"keep mine", Choice::KeepMine},
                                                      {"keep theirs", Choice::KeepTheirs}};
    for (const auto& [name, choice] : choices) {
        const bool mineWins = choice == Choice::KeepMine;
        const bool settled = choice != Choice::Undecided;
        QTest::addRow("both changed, %s", name)
            << (one + Lines{mineTwo}) << (one + Lines{theirTwo}) << int(choice)
            << std::optional(mineWins ? mineTwo : theirTwo) << settled;
        QTest::addRow("mine removed theirs changed, %s", name)
            << one << (one + Lines{theirTwo}) << int(choice)
            << (mineWins ? none : std::optional(theirTwo)) << settled;
        QTest::addRow("mine changed theirs removed, %s", name)
            << (one + Lines{mineTwo}) << one << int(choice)
            << (mineWins ? std::optional(mineTwo) : none) << settled;
        QTest::addRow("both added, %s", name)
            << (one + Lines{line(2), mineNew}) << (one + Lines{line(2), theirNew}) << int(choice)
            << std::optional(mineWins ? mineNew : theirNew) << settled;
    }
}

void TestRebase::choose()
{
    QFETCH(Lines, mine);
    QFETCH(Lines, theirs);
    QFETCH(int, choice);
    QFETCH(std::optional<Line>, expected);
    QFETCH(bool, settled);

    const Lines base{line(1), line(2)};
    RebaseDecision decision = rebase(base, mine, theirs);
    QCOMPARE(decision.conflicts().size(), 1);
    const QString lineId = decision.conflicts().at(0).lineId;
    decision.choose(0, Choice(choice));
    QCOMPARE(decision.conflicts().at(0).choice, Choice(choice));
    QCOMPARE(decision.isSettled(), settled);

    const Lines proposed = decision.proposed();
    QVERIFY(!hasDuplicateIds(proposed));
    QVERIFY(findLine(proposed, id(1)));
    const Line* chosen = findLine(proposed, lineId);
    QCOMPARE(chosen != nullptr, expected.has_value());
    if (chosen) {
        QVERIFY2(chosen->sameContent(*expected), "the chosen side's content is not proposed");
        // Who added a line the server already holds, and when, stays the server's record.
        if (const Line* held = findLine(theirs, lineId)) {
            QCOMPARE(chosen->addedBy, held->addedBy);
            QCOMPARE(chosen->addedAt, held->addedAt);
        }
    }
    // Keeping theirs, like leaving it undecided, sends nothing for the line.
    if (Choice(choice) != Choice::KeepMine)
        QVERIFY(decision.outgoing().isEmpty());
    else
        QCOMPARE(decision.outgoing().size(), 1);
}

void TestRebase::isSettled()
{
    const Lines base{line(1), line(2), line(3)};
    const Lines mine{line(1, 2), line(2, 2), line(3)};
    const Lines theirs{line(1, 3), line(3)};
    RebaseDecision decision = rebase(base, mine, theirs);
    QCOMPARE(decision.conflicts().size(), 2);
    QVERIFY(!decision.isSettled());
    decision.choose(0, Choice::KeepMine);
    QVERIFY(!decision.isSettled());
    decision.choose(1, Choice::KeepTheirs);
    QVERIFY(decision.isSettled());
    decision.choose(0, Choice::Undecided);
    QVERIFY(!decision.isSettled());

    QVERIFY(rebase(base, base, theirs).isSettled());
    QVERIFY(RebaseDecision().isSettled());
}

void TestRebase::naiveTwoWayDiffTrap()
{
    const Lines base{line(1)};
    const Lines theirs{line(1), line(2, 1, {}, u"mehmet"_s), line(3, 1, {}, u"olga"_s)};
    const Lines mine{line(1), line(4, 1, {}, u"ayse"_s)};

    // Draft against current: the others' new lines look like removals.
    QCOMPARE(count(::diff(theirs, mine), LineChange::Kind::Removed), 2);

    const RebaseDecision decision = rebase(base, mine, theirs);
    const LineChanges onlyMine{{LineChange::Kind::Added, std::nullopt, line(4, 1, {}, u"ayse"_s)}};
    QCOMPARE(decision.outgoing(), onlyMine);
    QCOMPARE(count(decision.theirChanges(), LineChange::Kind::Added), 2);
    QCOMPARE(sortedById(decision.proposed()),
             sortedById(theirs + Lines{line(4, 1, {}, u"ayse"_s)}));
}

void TestRebase::accessors()
{
    const Lines base{line(1), line(2), line(3)};
    const Lines mine{line(1, 2), line(2, 5), line(10, 1, {}, u"ayse"_s)}; // 3 removed
    const Lines theirs{line(1), line(2, 6), line(3), line(11, 1, {}, u"olga"_s)};
    const RebaseDecision decision = rebase(base, mine, theirs);

    QCOMPARE(decision.current(), theirs);
    QCOMPARE(decision.theirChanges(), ::diff(base, theirs));
    QCOMPARE(decision.conflicts().size(), 1); // line 2
    const LineChanges expectedMine{
        {LineChange::Kind::Changed, line(1), line(1, 2)},
        {LineChange::Kind::Removed, line(3), std::nullopt},
        {LineChange::Kind::Added, std::nullopt, line(10, 1, {}, u"ayse"_s)}};
    QCOMPARE(decision.myChanges(), expectedMine);
}

namespace {

Line fired(Line line, qint64 at = 1'790'000'000'000)
{
    line.state = Line::State::Fired;
    line.firedAt = at;
    return line;
}

Line inCourse(Line line, int course)
{
    line.course = course;
    return line;
}

} // namespace

void TestRebase::firedConflicts_data()
{
    QTest::addColumn<Lines>("base");
    QTest::addColumn<Lines>("mine");
    QTest::addColumn<Lines>("theirs");
    QTest::addColumn<int>("kind");

    const Lines base{line(1), line(2)};
    const Lines firedTwo{line(1), fired(line(2))};
    QTest::newRow("mine changed qty, theirs fired")
        << base << Lines{line(1), line(2, 3)} << firedTwo
        << int(ConflictKind::MineChangedTheirsFired);
    QTest::newRow("mine changed note, theirs fired")
        << base << Lines{line(1), line(2, 1, u"no ice"_s)} << firedTwo
        << int(ConflictKind::MineChangedTheirsFired);
    QTest::newRow("mine changed course, theirs fired")
        << base << Lines{line(1), inCourse(line(2), 2)} << firedTwo
        << int(ConflictKind::MineChangedTheirsFired);
    QTest::newRow("mine removed, theirs fired")
        << base << Lines{line(1)} << firedTwo << int(ConflictKind::MineRemovedTheirsFired);
    QTest::newRow("mine removed, theirs changed and fired")
        << base << Lines{line(1)} << Lines{line(1), fired(line(2, 4))}
        << int(ConflictKind::MineRemovedTheirsFired);
    QTest::newRow("mine changed, theirs changed otherwise and fired")
        << base << Lines{line(1), line(2, 3)} << Lines{line(1), fired(line(2, 4))}
        << int(ConflictKind::MineChangedTheirsFired);
    QTest::newRow("mine changed a line fired already in the base")
        << Lines{line(1), fired(line(2))} << Lines{line(1), line(2, 5)} << firedTwo
        << int(ConflictKind::MineChangedTheirsFired);
    QTest::newRow("mine removed a line fired already in the base")
        << Lines{line(1), fired(line(2))} << Lines{line(1)} << firedTwo
        << int(ConflictKind::MineRemovedTheirsFired);
    const Line mineNew = line(9, 1, {}, u"ayse"_s);
    QTest::newRow("both added, theirs fired with other content")
        << base << (base + Lines{mineNew}) << (base + Lines{fired(line(9, 2, {}, u"mehmet"_s))})
        << int(ConflictKind::MineChangedTheirsFired);
}

void TestRebase::firedConflicts()
{
    QFETCH(Lines, base);
    QFETCH(Lines, mine);
    QFETCH(Lines, theirs);
    QFETCH(int, kind);

    RebaseDecision decision = rebase(base, mine, theirs);
    QCOMPARE(decision.conflicts().size(), 1);
    const RebaseDecision::Conflict& conflict = decision.conflicts().at(0);
    QCOMPARE(int(conflict.kind), kind);
    QVERIFY(!conflict.canKeepMine());
    QVERIFY(conflict.theirs);
    QVERIFY(conflict.theirs->fired());
    // Never silently dropped: the waiter has to see it and answer.
    QVERIFY(!decision.isSettled());
    for (const LineChange& change : decision.myChanges())
        QVERIFY(change.lineId() != conflict.lineId);
    QVERIFY(decision.outgoing().isEmpty());
    QCOMPARE(decision.proposed(), theirs);

    decision.choose(0, Choice::KeepMine);
    QCOMPARE(decision.conflicts().at(0).choice, Choice::Undecided);
    decision.choose(0, Choice::KeepTheirs);
    QVERIFY(decision.isSettled());
    QCOMPARE(decision.proposed(), theirs);
    QVERIFY(decision.outgoing().isEmpty());
}

void TestRebase::othersFireIsNeverUndone_data()
{
    QTest::addColumn<Lines>("base");
    QTest::addColumn<Lines>("mine");
    QTest::addColumn<Lines>("theirs");
    QTest::addColumn<Lines>("proposed");
    QTest::addColumn<QStringList>("firedByOthers");

    const Lines base{line(1), line(2), line(3)};
    const Line mineNew = line(10, 1, {}, u"ayse"_s);
    QTest::newRow("mine adds, theirs fired two lines")
        << base << (base + Lines{mineNew}) << Lines{fired(line(1)), fired(line(2)), line(3)}
        << Lines{fired(line(1)), fired(line(2)), line(3), mineNew} << QStringList{id(1), id(2)};
    QTest::newRow("mine changed another line, theirs fired one")
        << base << Lines{line(1), line(2), line(3, 4)} << Lines{fired(line(1)), line(2), line(3)}
        << Lines{fired(line(1)), line(2), line(3, 4)} << QStringList{id(1)};
    QTest::newRow("mine removed another line, theirs fired one")
        << base << Lines{line(1), line(2)} << Lines{fired(line(1)), line(2), line(3)}
        << Lines{fired(line(1)), line(2)} << QStringList{id(1)};
    QTest::newRow("mine changed it to what theirs fired")
        << base << Lines{line(1), line(2, 2), line(3)} << Lines{line(1), fired(line(2, 2)), line(3)}
        << Lines{line(1), fired(line(2, 2)), line(3)} << QStringList{id(2)};
    // A stale draft still says "new" for a line the base already had fired.
    QTest::newRow("stale draft state is not a change")
        << Lines{fired(line(1)), line(2)} << Lines{line(1), line(2), mineNew}
        << Lines{fired(line(1)), line(2)} << Lines{fired(line(1)), line(2), mineNew}
        << QStringList{};
    QTest::newRow("their line added and fired since the base")
        << base << base << (base + Lines{fired(line(20, 1, {}, u"olga"_s))})
        << (base + Lines{fired(line(20, 1, {}, u"olga"_s))}) << QStringList{id(20)};
    QTest::newRow("replay of a send that landed and was fired")
        << base << (base + Lines{mineNew}) << (base + Lines{fired(mineNew)})
        << (base + Lines{fired(mineNew)}) << QStringList{id(10)};
}

void TestRebase::othersFireIsNeverUndone()
{
    QFETCH(Lines, base);
    QFETCH(Lines, mine);
    QFETCH(Lines, theirs);
    QFETCH(Lines, proposed);
    QFETCH(QStringList, firedByOthers);

    const RebaseDecision decision = rebase(base, mine, theirs);
    QVERIFY(decision.conflicts().isEmpty());
    QCOMPARE(sortedById(decision.proposed()), sortedById(proposed));
    QCOMPARE(decision.firedByOthers(), firedByOthers);
    // The state and time the server gave a fired line reach the proposed list unchanged.
    const Lines proposedNow = decision.proposed(); // held: findLine points into it
    for (const Line& held : theirs) {
        if (!held.fired())
            continue;
        const Line* kept = findLine(proposedNow, held.lineId);
        QVERIFY(kept);
        QCOMPARE(*kept, held);
    }
    for (const LineChange& change : decision.outgoing()) {
        if (const Line* held = findLine(theirs, change.lineId()))
            QVERIFY2(!held->fired(), "a send would change a fired line");
    }
}

void TestRebase::firedConflictCannotKeepMine()
{
    // One fired conflict next to an ordinary one: only the ordinary one may keep mine.
    const Lines base{line(1), line(2)};
    const Lines mine{line(1, 2), line(2, 2)};
    const Lines theirs{line(1, 3), fired(line(2))};
    RebaseDecision decision = rebase(base, mine, theirs);
    QCOMPARE(decision.conflicts().size(), 2);
    decision.choose(0, Choice::KeepMine);
    decision.choose(1, Choice::KeepMine);
    QCOMPARE(decision.conflicts().at(0).choice, Choice::KeepMine);
    QCOMPARE(decision.conflicts().at(1).choice, Choice::Undecided);
    QVERIFY(!decision.isSettled());
    decision.choose(1, Choice::KeepTheirs);
    QVERIFY(decision.isSettled());
    const Lines expected{line(1, 2), fired(line(2))};
    QCOMPARE(sortedById(decision.proposed()), sortedById(expected));
}

void TestRebase::voidAFiredLine_data()
{
    QTest::addColumn<Lines>("base");
    QTest::addColumn<Lines>("mine");
    QTest::addColumn<Lines>("theirs");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("refusedField"); // empty: the void is taken

    const Lines base{line(1), line(2)};
    const Lines firedTwo{line(1), fired(line(2))};
    const QString longNote(201, u'x');
    QTest::newRow("removed, fired meanwhile")
        << base << Lines{line(1)} << firedTwo << u"guest_changed_mind"_s << QString() << QString();
    QTest::newRow("removed, changed and fired meanwhile")
        << base << Lines{line(1)} << Lines{line(1), fired(line(2, 4))} << u"other"_s
        << u"left early"_s << QString();
    QTest::newRow("removed, fired already in the base")
        << Lines{line(1), fired(line(2))} << Lines{line(1)} << firedTwo << u"wrong_item"_s
        << QString() << QString();
    QTest::newRow("note of 200 characters")
        << base << Lines{line(1)} << firedTwo << u"quality"_s << QString(200, u'n') << QString();
    QTest::newRow("changed, not removed: no void") << base << Lines{line(1), line(2, 3)} << firedTwo
                                                   << u"quality"_s << QString() << u"line_id"_s;
    QTest::newRow("unknown reason")
        << base << Lines{line(1)} << firedTwo << u"cold"_s << QString() << u"reason"_s;
    QTest::newRow("empty reason") << base << Lines{line(1)} << firedTwo << QString() << QString()
                                  << u"reason"_s;
    QTest::newRow("note too long")
        << base << Lines{line(1)} << firedTwo << u"other"_s << longNote << u"note"_s;
}

void TestRebase::voidAFiredLine()
{
    QFETCH(Lines, base);
    QFETCH(Lines, mine);
    QFETCH(Lines, theirs);
    QFETCH(QString, reason);
    QFETCH(QString, note);
    QFETCH(QString, refusedField);

    RebaseDecision decision = rebase(base, mine, theirs);
    QCOMPARE(decision.conflicts().size(), 1);
    QCOMPARE(decision.conflicts().at(0).canVoid(), refusedField != u"line_id"_s);
    // Keeping the fired line is the default: nothing is voided until the waiter says so.
    QCOMPARE(decision.proposed(), theirs);
    QVERIFY(decision.voids().isEmpty());
    QVERIFY(!decision.hasVoids());
    // A void without its reason is never taken.
    decision.choose(0, Choice::Void);
    QCOMPARE(decision.conflicts().at(0).choice, Choice::Undecided);

    const Result<void> voided = decision.chooseVoid(0, reason, note);
    if (!refusedField.isEmpty()) {
        QVERIFY(!voided);
        QCOMPARE(voided.error().code, ErrorCode::InvalidRequest);
        QCOMPARE(voided.error().field, refusedField);
        QCOMPARE(decision.conflicts().at(0).choice, Choice::Undecided);
        QVERIFY(!decision.isSettled());
        QCOMPARE(decision.proposed(), theirs);
        QVERIFY(decision.voids().isEmpty());
        return;
    }
    QVERIFY(voided);
    QVERIFY(decision.isSettled());
    QVERIFY(decision.hasVoids());
    const QString lineId = decision.conflicts().at(0).lineId;
    QVERIFY(!findLine(decision.proposed(), lineId));
    const LineChanges outgoing = decision.outgoing();
    QCOMPARE(outgoing.size(), 1);
    QCOMPARE(outgoing.first().kind, LineChange::Kind::Removed);
    QCOMPARE(outgoing.first().lineId(), lineId);
    // Without an approval (a manager sends it) and with one (a waiter's send).
    QCOMPARE(decision.voids(), (QList<VoidEntry>{{lineId, reason, note, std::nullopt}}));
    decision.setApproval(u"approval-1"_s);
    QCOMPARE(decision.voids(), (QList<VoidEntry>{{lineId, reason, note, u"approval-1"_s}}));
}

void TestRebase::keepingTheFiredLineUndoesAVoid()
{
    // Two removed lines the kitchen got meanwhile, next to an ordinary conflict.
    const Lines base{line(1), line(2), line(3)};
    const Lines mine{line(1, 2)};
    const Lines theirs{line(1, 3), fired(line(2)), fired(line(3))};
    RebaseDecision decision = rebase(base, mine, theirs);
    QCOMPARE(decision.conflicts().size(), 3);
    QVERIFY(!decision.conflicts().at(0).canVoid());
    QVERIFY(!decision.chooseVoid(0, u"other"_s, {}));
    decision.choose(0, Choice::KeepMine);
    QVERIFY(decision.chooseVoid(1, u"quality"_s, u"burnt"_s));
    QVERIFY(decision.chooseVoid(2, u"wrong_item"_s, {}));
    decision.setApproval(u"a"_s);
    QCOMPARE(decision.voids().size(), 2);
    QCOMPARE(decision.voids().at(0).lineId, id(2));
    QCOMPARE(decision.voids().at(1).lineId, id(3));
    QCOMPARE(decision.proposed(), (Lines{line(1, 2)}));

    // Changing the answer to keep it puts the line back and drops its void and reason.
    decision.choose(2, Choice::KeepTheirs);
    QCOMPARE(decision.conflicts().at(2).voidReason, QString());
    QCOMPARE(decision.voids(), (QList<VoidEntry>{{id(2), u"quality"_s, u"burnt"_s, u"a"_s}}));
    QCOMPARE(sortedById(decision.proposed()), sortedById(Lines{line(1, 2), fired(line(3))}));
    decision.choose(1, Choice::KeepTheirs);
    QVERIFY(!decision.hasVoids());
    QVERIFY(decision.isSettled());
}

void TestRebase::courseIsContent()
{
    const Lines base{line(1), line(2)};
    const Lines mine{inCourse(line(1), 2), line(2)};
    const RebaseDecision decision = rebase(base, mine, base);
    QCOMPARE(decision.outgoing().size(), 1);
    QCOMPARE(decision.proposed().at(0).course, 2);

    Line priced = line(2);
    priced.priceCents = 450;
    priced.state = Line::State::Fired;
    priced.firedAt = 5;
    QVERIFY(priced.sameContent(line(2)));
    QVERIFY(!inCourse(line(2), 3).sameContent(line(2)));
}

QTEST_APPLESS_MAIN(TestRebase)
#include "tst_rebase.moc"
