#include "ConflictDialog.h"
#include "ConflictRowsModel.h"
#include "ManagerPinDialog.h"
#include "VoidDialog.h"

#include "KnownConflict.h"
#include "model/Order.h"

#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
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

const Staff ayse{u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter};
const Staff selin{u"selin"_s, u"Selin"_s, Staff::Role::Manager};
constexpr qint64 firedAt = 1'790'000'000'000;

// The fired-meanwhile conflict (b1 changed, b4 removed) on screen, b1 answered, b4 asked.
std::unique_ptr<ConflictDialog> askingAboutTheRemovedLine(const Staff& signedIn)
{
    std::unique_ptr<ConflictDialog> dialog(makeDialog(KnownConflict::firedMeanwhile(firedAt), {}));
    dialog->setApprovers(signedIn, {selin});
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    QTest::mouseClick(button(*dialog, u"keepTheirs"_s), Qt::LeftButton);
    return dialog;
}

// Void… on the asked line, then a reason and a note on the VoidDialog.
bool voidWithReason(ConflictDialog& dialog, const QString& reason, const QString& note)
{
    QTest::mouseClick(button(dialog, u"voidLine"_s), Qt::LeftButton);
    auto* reasons = dialog.findChild<VoidDialog*>();
    if (!reasons || !reasons->isVisible())
        return false;
    QTest::mouseClick(reasons->findChild<QPushButton*>(u"reason_"_s + reason), Qt::LeftButton);
    QTest::keyClicks(reasons->findChild<QLineEdit*>(u"voidNote"_s), note);
    QTest::mouseClick(reasons->confirmButton(), Qt::LeftButton);
    return true;
}

void typePin(ManagerPinDialog& pin, const QString& digits)
{
    for (const QChar digit : digits)
        QTest::mouseClick(pin.findChild<QPushButton*>(u"key"_s + digit), Qt::LeftButton);
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
    void voidGoesWithTheSend_data();
    void voidGoesWithTheSend();
    void keepingTheFiredLineSendsNoVoid();
    void refusedApprovalSendsNothing();
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

void TestConflictDialog::voidGoesWithTheSend_data()
{
    QTest::addColumn<bool>("managerSignedIn");
    QTest::newRow("a waiter asks a manager's PIN") << false;
    QTest::newRow("a manager signed in approves by sending") << true;
}

void TestConflictDialog::voidGoesWithTheSend()
{
    QFETCH(bool, managerSignedIn);
    std::unique_ptr<ConflictDialog> dialog =
        askingAboutTheRemovedLine(managerSignedIn ? selin : ayse);
    QVERIFY(dialog);
    QCOMPARE(dialog->currentConflict(), 1);
    QPushButton* voidLine = button(*dialog, u"voidLine"_s);
    QVERIFY(voidLine->isVisible());
    QVERIFY(button(*dialog, u"keepTheirs"_s)->isVisible());
    QVERIFY(!button(*dialog, u"keepMine"_s)->isVisible());
    QVERIFY(!button(*dialog, u"primary"_s)->isEnabled());

    QVERIFY(voidWithReason(*dialog, u"wrong_item"_s, u"asked for fish"_s));
    const auto& conflict = dialog->decision().conflicts().at(1);
    QCOMPARE(conflict.choice, Choice::Void);
    QCOMPARE(conflict.voidReason, u"wrong_item"_s);
    // The row says so, struck through.
    const int row = dialog->rows()->rowOfConflict(1);
    const QString what = dialog->rows()->index(row, ConflictRowsModel::WhoColumn).data().toString();
    QVERIFY2(what.contains(u"void"_s), qPrintable(what));
    QVERIFY(dialog->rows()
                ->index(row, ConflictRowsModel::ItemColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .strikeOut());
    QPushButton* confirm = button(*dialog, u"primary"_s);
    QVERIFY(confirm->isEnabled());

    QSignalSpy asked(dialog.get(), &ConflictDialog::approvalRequested);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(confirm, Qt::LeftButton);
    std::optional<QString> approval;
    if (!managerSignedIn) {
        // Nothing goes before a manager's PIN.
        QCOMPARE(accepted.size(), 0);
        ManagerPinDialog* pin = dialog->pinDialog();
        QVERIFY(pin);
        QTRY_VERIFY(pin->isVisible());
        typePin(*pin, u"9999"_s);
        QTest::mouseClick(pin->approveButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toString(), u"selin"_s);
        QCOMPARE(asked.first().at(1).toString(), u"9999"_s);
        QCOMPARE(accepted.size(), 0);
        approval = u"approval-7"_s;
        dialog->grantApproval(ApprovalReply{*approval, selin, firedAt});
    }
    QCOMPARE(asked.size(), managerSignedIn ? 0 : 1);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    // What the resend carries: the list without b4, and b4's void with reason and approval.
    const RebaseDecision& sent = dialog->decision();
    QCOMPARE(sent.voids(),
             (QList<VoidEntry>{{u"b4"_s, u"wrong_item"_s, u"asked for fish"_s, approval}}));
    Order proposed;
    proposed.items = sent.proposed();
    QVERIFY(!proposed.findLine(u"b4"_s));
    QVERIFY(proposed.findLine(u"b1"_s)->fired());
    QCOMPARE(proposed.findLine(u"b1"_s)->qty, 1); // the kitchen's b1 stands
    QVERIFY(proposed.findLine(u"b5"_s)->fired());
}

void TestConflictDialog::keepingTheFiredLineSendsNoVoid()
{
    std::unique_ptr<ConflictDialog> dialog = askingAboutTheRemovedLine(ayse);
    QVERIFY(dialog);
    // Void chosen, then the answer changed back to keeping the line.
    QVERIFY(voidWithReason(*dialog, u"quality"_s, {}));
    QVERIFY(dialog->decision().hasVoids());
    dialog->showConflict(1);
    QVERIFY(button(*dialog, u"voidLine"_s)->isChecked());
    QTest::mouseClick(button(*dialog, u"keepTheirs"_s), Qt::LeftButton);
    QCOMPARE(dialog->decision().conflicts().at(1).choice, Choice::KeepTheirs);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QSignalSpy asked(dialog.get(), &ConflictDialog::approvalRequested);
    QTest::mouseClick(button(*dialog, u"primary"_s), Qt::LeftButton);
    // No void, so no PIN: the send goes at once and the line stays as fired.
    QCOMPARE(accepted.size(), 1);
    QVERIFY(!dialog->pinDialog());
    QVERIFY(asked.isEmpty());
    QVERIFY(dialog->decision().voids().isEmpty());
    Order proposed;
    proposed.items = dialog->decision().proposed();
    QVERIFY(proposed.findLine(u"b4"_s) && proposed.findLine(u"b4"_s)->fired());
    QVERIFY(!dialog->decision().hasOutgoing());
}

void TestConflictDialog::refusedApprovalSendsNothing()
{
    std::unique_ptr<ConflictDialog> dialog = askingAboutTheRemovedLine(ayse);
    QVERIFY(dialog);
    // A reason dialog cancelled leaves the line asked about, not voided.
    QTest::mouseClick(button(*dialog, u"voidLine"_s), Qt::LeftButton);
    auto* reasons = dialog->findChild<VoidDialog*>();
    QVERIFY(reasons);
    reasons->reject();
    QCOMPARE(dialog->decision().conflicts().at(1).choice, Choice::Undecided);
    QVERIFY(!button(*dialog, u"voidLine"_s)->isChecked());
    QTRY_VERIFY(!dialog->findChild<VoidDialog*>());

    QVERIFY(voidWithReason(*dialog, u"other"_s, u"spilt"_s));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(button(*dialog, u"primary"_s), Qt::LeftButton);
    QPointer<ManagerPinDialog> pin = dialog->pinDialog();
    QVERIFY(pin);
    typePin(*pin, u"0000"_s);
    QTest::mouseClick(pin->approveButton(), Qt::LeftButton);
    dialog->refuseApproval(ApiError{ErrorCode::InvalidCredentials, u"wrong"_s, {}});
    auto* error = pin->findChild<QLabel*>(u"resultError"_s);
    QVERIFY(error);
    QVERIFY2(error->text().contains(u"Wrong manager PIN"_s), qPrintable(error->text()));
    QCOMPARE(accepted.size(), 0);
    // The waiter gives up on the PIN: nothing is sent, and the dialog says why.
    pin->reject();
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog->isVisible());
    auto* notice = dialog->findChild<QLabel*>(u"notice"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"approval"_s), qPrintable(notice->text()));
    // A late grant for the closed keypad sends nothing either.
    QTRY_VERIFY(!pin);
    dialog->grantApproval(ApprovalReply{u"late"_s, selin, 0});
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog->decision().hasVoids());
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
