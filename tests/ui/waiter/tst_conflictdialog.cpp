#include "ConflictDialog.h"
#include "ConflictRowsModel.h"

#include "KnownConflict.h"
#include "model/Order.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Choice = RebaseDecision::Choice;

namespace {
QPushButton* button(const ConflictDialog& dialog, const QString& name)
{
    return dialog.findChild<QPushButton*>(name);
}

ConflictDialog* makeDialog(const RebaseDecision& decision, const QList<Event>& events)
{
    return new ConflictDialog(u"Table 7"_s, decision, events, KnownConflict::itemNames(),
                              KnownConflict::staffNames());
}
} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheHighlightedRows();
    void confirmStaysDisabledUntilSettled();
    void choicesMapOntoTheDecision_data();
    void choicesMapOntoTheDecision();
    void tappingAConflictRowAsksItAgain();
    void withoutConflictsConfirmIsReady();
    void cancelRejects();
    void firedConflictOffersOnlyTheWayForward();
};

void TestConflictDialog::showsTheHighlightedRows()
{
    KnownConflict known;
    std::unique_ptr<ConflictDialog> dialog(makeDialog(known.decision, known.events));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const ConflictRowsModel* rows = dialog->rows();
    auto* table = dialog->findChild<QTableView*>(u"conflictRows"_s);
    QVERIFY(table);
    QCOMPARE(table->model(), rows);
    QCOMPARE(rows->rowCount(), 7);
    QMap<ConflictRowsModel::RowKind, int> counts;
    for (int row = 0; row < rows->rowCount(); ++row)
        ++counts[rows->rowKind(row)];
    QCOMPARE(counts.value(ConflictRowsModel::RowKind::MineAdded), 1);
    QCOMPARE(counts.value(ConflictRowsModel::RowKind::MineRemoved), 1);
    QCOMPARE(counts.value(ConflictRowsModel::RowKind::MineChanged), 1);
    QCOMPARE(counts.value(ConflictRowsModel::RowKind::TheirsAdded), 1);
    QCOMPARE(counts.value(ConflictRowsModel::RowKind::TheirsRemoved), 1);
    QCOMPARE(counts.value(ConflictRowsModel::RowKind::Conflict), 2);
    const QString summary = dialog->findChild<QLabel*>(u"summary"_s)->text();
    QVERIFY2(summary.contains(u"You add: 1 · you remove: 1 · you change: 1"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"Kept from others: 4"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"To answer: 2"_s), qPrintable(summary));
    // The first conflict is asked first, in words naming the other waiter.
    QCOMPARE(dialog->currentConflict(), 0);
    const QString question = dialog->findChild<QLabel*>(u"question"_s)->text();
    QVERIFY2(question.contains(u"Mehmet"_s) && question.contains(u"Lentil soup"_s),
             qPrintable(question));
    QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), rows->rowOfConflict(0));
}

void TestConflictDialog::confirmStaysDisabledUntilSettled()
{
    KnownConflict known;
    std::unique_ptr<ConflictDialog> dialog(makeDialog(known.decision, known.events));
    QPushButton* confirm = button(*dialog, u"primary"_s);
    QVERIFY(confirm);
    QVERIFY(!confirm->isEnabled());
    QTest::mouseClick(button(*dialog, u"keepMine"_s), Qt::LeftButton);
    QVERIFY(!confirm->isEnabled());
    QCOMPARE(dialog->currentConflict(), 1);
    QTest::mouseClick(button(*dialog, u"keepTheirs"_s), Qt::LeftButton);
    QVERIFY(confirm->isEnabled());
    QCOMPARE(dialog->currentConflict(), -1);
    QVERIFY(dialog->decision().isSettled());

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

void TestConflictDialog::choicesMapOntoTheDecision_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("soupQty");       // b1: Ayşe 3, Mehmet 2
    QTest::addColumn<bool>("soupFiveKept"); // b5: Ayşe removed, Mehmet changed
    QTest::newRow("mine, mine") << u"keepMine"_s << u"keepMine"_s << 3 << false;
    QTest::newRow("mine, theirs") << u"keepMine"_s << u"keepTheirs"_s << 3 << true;
    QTest::newRow("theirs, mine") << u"keepTheirs"_s << u"keepMine"_s << 2 << false;
    QTest::newRow("theirs, theirs") << u"keepTheirs"_s << u"keepTheirs"_s << 2 << true;
}

void TestConflictDialog::choicesMapOntoTheDecision()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, soupQty);
    QFETCH(bool, soupFiveKept);
    KnownConflict known;
    std::unique_ptr<ConflictDialog> dialog(makeDialog(known.decision, known.events));
    QTest::mouseClick(button(*dialog, first), Qt::LeftButton);
    QTest::mouseClick(button(*dialog, second), Qt::LeftButton);
    const auto& conflicts = dialog->decision().conflicts();
    QCOMPARE(conflicts.at(0).choice,
             first == u"keepMine"_s ? Choice::KeepMine : Choice::KeepTheirs);
    QCOMPARE(conflicts.at(1).choice,
             second == u"keepMine"_s ? Choice::KeepMine : Choice::KeepTheirs);

    Order proposed;
    proposed.items = dialog->decision().proposed();
    QVERIFY(proposed.findLine(u"b1"_s));
    QCOMPARE(proposed.findLine(u"b1"_s)->qty, soupQty);
    QCOMPARE(proposed.findLine(u"b5"_s) != nullptr, soupFiveKept);
    // The clean parts of both sides are always in: Mehmet's new line stays, Ayşe's lands.
    QVERIFY(proposed.findLine(u"t1"_s));
    QVERIFY(proposed.findLine(u"m1"_s));
    QVERIFY(!proposed.findLine(u"b3"_s));
    QVERIFY(!proposed.findLine(u"b2"_s));
    QCOMPARE(proposed.findLine(u"b4"_s)->qty, 2);
}

void TestConflictDialog::tappingAConflictRowAsksItAgain()
{
    KnownConflict known;
    std::unique_ptr<ConflictDialog> dialog(makeDialog(known.decision, known.events));
    dialog->resize(1000, 700);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTest::mouseClick(button(*dialog, u"keepMine"_s), Qt::LeftButton);
    QTest::mouseClick(button(*dialog, u"keepMine"_s), Qt::LeftButton);
    QCOMPARE(dialog->currentConflict(), -1);

    auto* table = dialog->findChild<QTableView*>(u"conflictRows"_s);
    const QModelIndex first =
        dialog->rows()->index(dialog->rows()->rowOfConflict(0), ConflictRowsModel::ItemColumn);
    table->scrollTo(first);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QTRY_COMPARE(dialog->currentConflict(), 0);
    QVERIFY(button(*dialog, u"keepMine"_s)->isChecked());
    QTest::mouseClick(button(*dialog, u"keepTheirs"_s), Qt::LeftButton);
    QCOMPARE(dialog->decision().conflicts().at(0).choice, Choice::KeepTheirs);
    QVERIFY(button(*dialog, u"primary"_s)->isEnabled());
}

void TestConflictDialog::withoutConflictsConfirmIsReady()
{
    const Lines base{KnownConflict::line(u"b1", u"soup", 1, 1, u"ayse")};
    Lines mine = base;
    mine.append(KnownConflict::line(u"m1", u"kebab", 2, 1, u""));
    Lines theirs = base;
    theirs.append(KnownConflict::line(u"t1", u"ayran", 3, 1, u"mehmet"));
    std::unique_ptr<ConflictDialog> dialog(makeDialog(rebase(base, mine, theirs), {}));
    QVERIFY(button(*dialog, u"primary"_s)->isEnabled());
    QVERIFY(dialog->findChild<QWidget*>(u"questionPanel"_s)->isHidden());
    QCOMPARE(dialog->decision().proposed().size(), 3);
}

void TestConflictDialog::cancelRejects()
{
    KnownConflict known;
    std::unique_ptr<ConflictDialog> dialog(makeDialog(known.decision, known.events));
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    QTest::mouseClick(button(*dialog, u"cancel"_s), Qt::LeftButton);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    // Nothing was chosen on the waiter's behalf.
    QVERIFY(!dialog->decision().isSettled());
}

void TestConflictDialog::firedConflictOffersOnlyTheWayForward()
{
    const qint64 at = 1'790'000'000'000;
    std::unique_ptr<ConflictDialog> dialog(makeDialog(KnownConflict::firedMeanwhile(at), {}));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QPushButton* keepMine = button(*dialog, u"keepMine"_s);
    QPushButton* keepTheirs = button(*dialog, u"keepTheirs"_s);
    QPushButton* confirm = button(*dialog, u"primary"_s);
    QCOMPARE(dialog->currentConflict(), 0);
    QVERIFY(!dialog->findChild<QWidget*>(u"questionPanel"_s)->isHidden());
    // Keeping this waiter's change is not offered; the question names the void.
    QVERIFY(!keepMine->isVisible());
    QVERIFY(keepTheirs->isVisible());
    QCOMPARE(keepTheirs->text(), u"Understood — leave it as fired"_s);
    const QString time = ConflictRowsModel::firedTimeText(at);
    QString question = dialog->findChild<QLabel*>(u"question"_s)->text();
    QVERIFY2(question.contains(u"Lentil soup"_s) && question.contains(u"void"_s) &&
                 question.contains(time),
             qPrintable(question));
    QVERIFY(!confirm->isEnabled());

    // Even a programmatic "keep mine" cannot go through.
    dialog->choose(Choice::KeepMine);
    QCOMPARE(dialog->decision().conflicts().at(0).choice, Choice::Undecided);
    QTest::mouseClick(keepTheirs, Qt::LeftButton);
    QCOMPARE(dialog->currentConflict(), 1);
    question = dialog->findChild<QLabel*>(u"question"_s)->text();
    QVERIFY2(question.contains(u"Shepherd's salad"_s) && question.contains(u"void"_s),
             qPrintable(question));
    QTest::mouseClick(keepTheirs, Qt::LeftButton);
    QVERIFY(confirm->isEnabled());
    // Nothing goes out: the kitchen's lines stay exactly as fired.
    QVERIFY(!dialog->decision().hasOutgoing());
    QCOMPARE(dialog->decision().proposed(), dialog->decision().current());
    // With every answer given, both buttons are back for changing an answer.
    QVERIFY(keepMine->isVisible());
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
