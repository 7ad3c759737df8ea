#pragma once

#include "merge/RebaseDecision.h"
#include "model/ApiError.h"
#include "model/Event.h"
#include "model/Staff.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class ConflictRowsModel;
class ManagerPinDialog;
class QLabel;
class QPushButton;
class QTableView;
class QFrame;

// Shown when a send met a newer version of the order. It only maps the waiter's answers onto
// the RebaseDecision: accept() means "send decision().proposed() with decision().voids()",
// reject() keeps the draft. A line the kitchen got meanwhile is kept or voided: the reason on
// the VoidDialog, a manager's PIN on the ManagerPinDialog when Confirm is tapped (asked of the
// server by whoever listens to approvalRequested); without the approval nothing is sent.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const QString& tableName, RebaseDecision decision,
                   const QList<Event>& theirEvents, const QHash<QString, QString>& itemNames,
                   const QHash<QString, QString>& staffNames, QWidget* parent = nullptr);

    const RebaseDecision& decision() const { return m_decision; }
    ConflictRowsModel* rows() const { return m_rows; }
    // The conflict being asked about, or -1 when none is.
    int currentConflict() const { return m_current; }
    void showConflict(int conflictIndex);
    // Answers the conflict being asked about and moves on to the next undecided one.
    void choose(RebaseDecision::Choice choice);
    // Voids the line of the conflict being asked about: asks the reason first.
    void askVoid();
    // Who approves a void: a manager signed in approves by sending; a waiter asks `managers`.
    void setApprovers(const Staff& signedIn, const QList<Staff>& managers);
    // The server's answer to approvalRequested: granted sends, refused is shown on the keypad.
    void grantApproval(const ApprovalReply& approval);
    void refuseApproval(const ApiError& error);
    // Open while a manager's PIN is asked for, else null.
    ManagerPinDialog* pinDialog() const;

Q_SIGNALS:
    void approvalRequested(const QString& managerId, const QString& pin);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString summaryText() const;
    QString questionText(const RebaseDecision::Conflict& conflict) const;
    QString describe(const Line& line) const;
    void askNextUndecided();
    void refresh();
    // Confirm: straight on, or a manager's PIN first when voids need an approval.
    void confirm();

    QString m_tableName;
    QLabel* m_heading = nullptr;
    QLabel* m_legend = nullptr;
    RebaseDecision m_decision;
    QList<Event> m_theirEvents;
    ConflictRowsModel* m_rows = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QFrame* m_questionPanel = nullptr;
    QLabel* m_questionTitle = nullptr;
    QLabel* m_question = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_keepTheirs = nullptr;
    QPushButton* m_voidLine = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
    int m_current = -1;
    bool m_managerSignedIn = false;
    QList<Staff> m_managers;
    QPointer<ManagerPinDialog> m_pin;
    bool m_asking = false; // the keypad's PIN is with the server
};
