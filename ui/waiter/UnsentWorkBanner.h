#pragma once

#include "client/WaiterWork.h"
#include "client/WorkDiscard.h"
#include "model/ApiError.h"

#include <QFrame>
#include <QHash>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

// A thin bar saying that other waiters left unsent work on this tablet: whose and how many
// changes, never what. A manager can discard the first one listed, with a reason.
class UnsentWorkBanner : public QFrame
{
    Q_OBJECT
public:
    explicit UnsentWorkBanner(QWidget* parent = nullptr);

    // `canDiscard`: the one signed in is a manager.
    void setWork(const QList<WaiterWork>& others, bool canDiscard);
    void setStaffNames(const QHash<QString, QString>& names);
    // What the last discard did (kept until clearMessage()), or why it failed.
    void showDiscarded(const WorkDiscard& discard);
    void showError(const ApiError& error);
    void clearMessage();

    QLabel* text() const { return m_text; }
    QLabel* message() const { return m_message; }
    QPushButton* discardButton() const { return m_discard; }
    QLineEdit* reasonField() const { return m_reason; }
    QPushButton* confirmButton() const { return m_confirm; }

Q_SIGNALS:
    void discardRequested(const QString& staffId, const QString& reason);

protected:
    void changeEvent(QEvent* event) override;

private:
    QString nameOf(const QString& staffId) const;
    void setAsking(bool asking);
    void refresh();

    QList<WaiterWork> m_others;
    QHash<QString, QString> m_names;
    std::optional<WorkDiscard> m_discarded;
    QString m_error;
    bool m_canDiscard = false;
    bool m_asking = false;

    QLabel* m_text = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_discard = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
};
