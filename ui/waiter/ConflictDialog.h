#pragma once

#include "merge/RebaseDecision.h"
#include "model/Event.h"

#include <QDialog>
#include <QHash>

class ConflictRowsModel;
class QLabel;
class QPushButton;
class QTableView;
class QFrame;

// Shown when a send met a newer version of the order. It only maps the waiter's answers onto
// the RebaseDecision: accept() means "send decision().proposed()", reject() keeps the draft.
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString summaryText() const;
    QString questionText(const RebaseDecision::Conflict& conflict) const;
    QString describe(const Line& line) const;
    void askNextUndecided();
    void refresh();

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
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
    int m_current = -1;
};
