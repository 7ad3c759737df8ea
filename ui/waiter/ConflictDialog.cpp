#include "ConflictDialog.h"

#include "ConflictRowsModel.h"
#include "ContentSizedTableView.h"
#include "ManagerPinDialog.h"
#include "TouchStyle.h"
#include "VoidDialog.h"
#include "VoidReasons.h"
#include "WaiterMessages.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ConflictDialog::ConflictDialog(const QString& tableName, RebaseDecision decision,
                               const QList<Event>& theirEvents,
                               const QHash<QString, QString>& itemNames,
                               const QHash<QString, QString>& staffNames, QWidget* parent)
    : QDialog(parent)
    , m_tableName(tableName)
    , m_decision(std::move(decision))
    , m_theirEvents(theirEvents)
    , m_rows(new ConflictRowsModel(this))
{
    m_rows->setItemNames(itemNames);
    m_rows->setStaffNames(staffNames);
    m_rows->setDecision(m_decision, m_theirEvents);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"heading"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);

    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);

    m_table = new ContentSizedTableView(this);
    m_table->setObjectName(u"conflictRows"_s);
    // Before the model: changing the scroll mode lays the rows out again.
    TouchStyle::enableKineticScrolling(m_table);
    m_table->setModel(m_rows);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Rows are tapped, never typed into: no keyboard focus frame on a cell.
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setIconSize({24, 24});
    // The selected (asked) row keeps an amber tone, so its own highlight is not lost in blue.
    m_table->setStyleSheet(u"QTableView { selection-background-color: #f6ad55; "
                           "selection-color: #1a1a1a; }"_s);
    m_table->verticalHeader()->setDefaultSectionSize(TouchStyle::minTarget);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictRowsModel::ItemColumn,
                                                      QHeaderView::Stretch);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const int conflict = index.data(ConflictRowsModel::ConflictIndexRole).toInt();
        if (conflict >= 0)
            showConflict(conflict);
    });

    m_questionPanel = new QFrame(this);
    m_questionPanel->setObjectName(u"questionPanel"_s);
    m_questionPanel->setStyleSheet(
        u"QFrame#questionPanel { background: #ffe0b2; border: 3px solid #b45309; border-radius: 8px; }"_s);
    m_questionTitle = new QLabel(m_questionPanel);
    m_questionTitle->setObjectName(u"sectionTitle"_s);
    m_question = new QLabel(m_questionPanel);
    m_question->setObjectName(u"question"_s);
    m_question->setWordWrap(true);
    m_keepMine = new QPushButton(m_questionPanel);
    m_keepMine->setObjectName(u"keepMine"_s);
    m_keepTheirs = new QPushButton(m_questionPanel);
    m_keepTheirs->setObjectName(u"keepTheirs"_s);
    for (QPushButton* button : {m_keepMine, m_keepTheirs}) {
        button->setCheckable(true);
        button->setMinimumSize(180, 56);
    }
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { choose(RebaseDecision::Choice::KeepMine); });
    connect(m_keepTheirs, &QPushButton::clicked, this,
            [this] { choose(RebaseDecision::Choice::KeepTheirs); });
    m_voidLine = new QPushButton(m_questionPanel);
    m_voidLine->setObjectName(u"voidLine"_s);
    m_voidLine->setCheckable(true);
    m_voidLine->setMinimumSize(180, 56);
    connect(m_voidLine, &QPushButton::clicked, this, &ConflictDialog::askVoid);
    auto* questionLayout = new QGridLayout(m_questionPanel);
    questionLayout->addWidget(m_questionTitle, 0, 0, 1, 3);
    questionLayout->addWidget(m_question, 1, 0, 1, 3);
    questionLayout->addWidget(m_keepMine, 2, 0);
    questionLayout->addWidget(m_keepTheirs, 2, 1);
    questionLayout->addWidget(m_voidLine, 2, 2);

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancel"_s);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(u"primary"_s);
    m_confirm->setMinimumWidth(260);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &ConflictDialog::confirm);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_confirm);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_legend);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_questionPanel);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);

    askNextUndecided();
    retranslate();
}

void ConflictDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Only a new language changes the column titles (and so the widths).
        m_table->horizontalHeader()->headerDataChanged(Qt::Horizontal, 0,
                                                       m_rows->columnCount() - 1);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ConflictDialog::retranslate()
{
    setWindowTitle(tr("%1 changed — check before sending").arg(m_tableName));
    m_heading->setText(tr("Someone else sent to %1 first").arg(m_tableName));
    m_legend->setText(tr("<b>+</b> you add &nbsp;·&nbsp; <b>−</b> <s>you remove</s> "
                         "&nbsp;·&nbsp; <b>~</b> you change &nbsp;·&nbsp; "
                         "“added by …”: another waiter &nbsp;·&nbsp; <b>!</b> choose"));
    m_cancel->setText(tr("Cancel — keep my draft unsent"));
    m_confirm->setText(tr("Confirm and send"));
    refresh();
}

void ConflictDialog::showConflict(int conflictIndex)
{
    if (conflictIndex < 0 || conflictIndex >= m_decision.conflicts().size())
        return;
    m_current = conflictIndex;
    refresh();
}

void ConflictDialog::choose(RebaseDecision::Choice choice)
{
    if (m_current < 0)
        return;
    m_decision.choose(m_current, choice);
    m_notice->hide();
    m_rows->setDecision(m_decision, m_theirEvents);
    askNextUndecided();
    refresh();
}

void ConflictDialog::askVoid()
{
    if (m_current < 0 || !m_decision.conflicts().at(m_current).canVoid()) {
        refresh();
        return;
    }
    const int asked = m_current;
    const auto& conflict = m_decision.conflicts().at(asked);
    const Line& line = *conflict.theirs;
    auto* reasons =
        new VoidDialog(m_rows->itemName(line.menuItemId) + u" ("_s + describe(line) + u')', this);
    reasons->setAttribute(Qt::WA_DeleteOnClose);
    connect(reasons, &QDialog::finished, this, [this, reasons, asked](int result) {
        if (result == QDialog::Accepted &&
            m_decision.chooseVoid(asked, reasons->reason(), reasons->note())) {
            m_notice->hide();
            m_rows->setDecision(m_decision, m_theirEvents);
            m_current = asked;
            askNextUndecided();
        }
        refresh();
    });
    reasons->open();
}

void ConflictDialog::setApprovers(const Staff& signedIn, const QList<Staff>& managers)
{
    m_managerSignedIn = signedIn.role == Staff::Role::Manager;
    m_managers = managers;
}

void ConflictDialog::confirm()
{
    if (!m_decision.isSettled())
        return;
    // A manager signed in approves by sending; the server records them.
    if (!m_decision.hasVoids() || m_managerSignedIn) {
        m_decision.setApproval(std::nullopt);
        accept();
        return;
    }
    if (m_pin)
        m_pin->close();
    m_asking = false;
    m_pin = new ManagerPinDialog(m_managers, this);
    m_pin->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pin, &ManagerPinDialog::approvalRequested, this,
            [this](const QString& managerId, const QString& pin) {
                m_asking = true;
                Q_EMIT approvalRequested(managerId, pin);
            });
    connect(m_pin, &QDialog::rejected, this, [this] {
        m_notice->setText(tr("Not sent: a void needs a manager's approval. Ask a manager, or "
                             "keep the line."));
        m_notice->show();
    });
    m_pin->open();
}

ManagerPinDialog* ConflictDialog::pinDialog() const
{
    return m_pin;
}

void ConflictDialog::grantApproval(const ApprovalReply& approval)
{
    // Only the approval this dialog asked for sends it.
    if (!m_pin || !m_asking || result() == QDialog::Accepted)
        return;
    m_asking = false;
    m_decision.setApproval(approval.approval);
    m_pin->accept();
    accept();
}

void ConflictDialog::refuseApproval(const ApiError& error)
{
    if (!m_pin || !m_asking)
        return;
    m_asking = false;
    m_pin->setError(WaiterMessages::approvalRefused(error));
}

void ConflictDialog::askNextUndecided()
{
    const auto& conflicts = m_decision.conflicts();
    // From the one just answered onwards, wrapping around, so answering moves forward.
    const qsizetype start = std::max(m_current, 0);
    for (qsizetype step = 0; step < conflicts.size(); ++step) {
        const qsizetype i = (start + step) % conflicts.size();
        if (conflicts.at(i).choice == RebaseDecision::Choice::Undecided) {
            m_current = int(i);
            return;
        }
    }
    m_current = -1;
}

void ConflictDialog::refresh()
{
    m_summary->setText(summaryText());
    const auto& conflicts = m_decision.conflicts();
    m_questionPanel->setVisible(!conflicts.isEmpty());
    if (m_current >= 0) {
        const auto& conflict = conflicts.at(m_current);
        m_questionTitle->setText(tr("Conflict %1 of %2").arg(m_current + 1).arg(conflicts.size()));
        m_question->setText(questionText(conflict));
        // A fired line cannot take this waiter's change: it stays, or a removed one is voided.
        m_keepMine->setVisible(conflict.canKeepMine());
        m_keepMine->setText(tr("Keep mine"));
        m_keepTheirs->setText(conflict.canKeepMine() ? tr("Keep theirs")
                              : conflict.canVoid()   ? tr("Keep it on the order")
                                                     : tr("Understood — leave it as fired"));
        m_voidLine->setVisible(conflict.canVoid());
        m_voidLine->setEnabled(conflict.canVoid());
        m_voidLine->setText(tr("Void it…"));
        m_keepMine->setEnabled(conflict.canKeepMine());
        m_keepTheirs->setEnabled(true);
        m_keepMine->setChecked(conflict.choice == RebaseDecision::Choice::KeepMine);
        m_keepTheirs->setChecked(conflict.choice == RebaseDecision::Choice::KeepTheirs);
        m_voidLine->setChecked(conflict.choice == RebaseDecision::Choice::Void);
        const int row = m_rows->rowOfConflict(m_current);
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_rows->index(row, 0));
        }
    } else if (!conflicts.isEmpty()) {
        m_questionTitle->setText(tr("All conflicts answered"));
        m_question->setText(tr("Tap a row marked “!” to change an answer."));
        m_keepMine->setVisible(true);
        m_keepMine->setText(tr("Keep mine"));
        m_keepTheirs->setText(tr("Keep theirs"));
        m_keepMine->setEnabled(false);
        m_keepTheirs->setEnabled(false);
        m_keepMine->setChecked(false);
        m_keepTheirs->setChecked(false);
        m_voidLine->setVisible(false);
    }
    m_confirm->setEnabled(m_decision.isSettled());
}

QString ConflictDialog::summaryText() const
{
    int adds = 0;
    int removes = 0;
    int changes = 0;
    for (const LineChange& change : m_decision.myChanges()) {
        if (change.kind == LineChange::Kind::Added)
            ++adds;
        else if (change.kind == LineChange::Kind::Removed)
            ++removes;
        else
            ++changes;
    }
    // Counts after a colon read right for one and for many, without plural forms.
    QString text = tr("You add: %1 · you remove: %2 · you change: %3. Kept from others: %4.")
                       .arg(adds)
                       .arg(removes)
                       .arg(changes)
                       .arg(m_decision.theirChanges().size());
    if (!m_decision.conflicts().isEmpty()) {
        text += u' ';
        text += tr("To answer: %1.").arg(m_decision.conflicts().size());
    }
    return text;
}

QString ConflictDialog::questionText(const RebaseDecision::Conflict& conflict) const
{
    using Kind = RebaseDecision::Conflict::Kind;
    const QString who = m_rows->authorName(conflict.lineId);
    const Line& any = conflict.mine ? *conflict.mine : *conflict.theirs;
    const QString item = m_rows->itemName(any.menuItemId);
    switch (conflict.kind) {
    case Kind::BothChanged:
        return tr("%1: you changed it to %2; %3 changed it to %4.")
            .arg(item, describe(*conflict.mine), who, describe(*conflict.theirs));
    case Kind::MineRemovedTheirsChanged:
        return tr("%1: you removed it; %2 changed it to %3. Keep mine removes it, keep theirs "
                  "keeps their version.")
            .arg(item, who, describe(*conflict.theirs));
    case Kind::MineChangedTheirsRemoved:
        return tr("%1: you changed it to %2; %3 removed it. Keep mine puts it back with your "
                  "change, keep theirs leaves it removed.")
            .arg(item, describe(*conflict.mine), who);
    case Kind::BothAdded:
        return tr("%1 was added twice: yours is %2, the order has %3.")
            .arg(item, describe(*conflict.mine), describe(*conflict.theirs));
    case Kind::MineChangedTheirsFired:
        return tr("%1: you changed it to %2, but it went to the kitchen at %3 and can no "
                  "longer change. To change it, void it and add a new line.")
            .arg(item, describe(*conflict.mine),
                 ConflictRowsModel::firedTimeText(conflict.theirs->firedAt));
    case Kind::MineRemovedTheirsFired:
        if (conflict.choice == RebaseDecision::Choice::Void)
            return tr("%1: you void it (%2). A manager approves the void when you send.")
                .arg(item, VoidReasons::text(conflict.voidReason));
        return tr("%1: you removed it, but it went to the kitchen at %2. Keep it on the order, "
                  "or void it with a reason and a manager's approval.")
            .arg(item, ConflictRowsModel::firedTimeText(conflict.theirs->firedAt));
    }
    return {};
}

QString ConflictDialog::describe(const Line& line) const
{
    QString text = tr("qty %1, seat %2").arg(line.qty).arg(ConflictRowsModel::seatText(line.seat));
    if (!line.note.isEmpty())
        text += tr(", note “%1”").arg(line.note);
    if (line.course != 1)
        text += tr(", course %1").arg(line.course);
    return text;
}
