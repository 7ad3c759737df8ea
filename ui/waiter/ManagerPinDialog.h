#pragma once

#include "model/Staff.h"

#include <QDialog>

class QComboBox;
class QLabel;
class PinKeypad;
class QPushButton;

// A manager approves a void on the waiter's tablet: picks their name, types their PIN on the
// sign-in keypad and taps Approve. Thin: it asks (approvalRequested) and shows what came back;
// whoever opened it accepts it once the approval is granted.
class ManagerPinDialog : public QDialog
{
    Q_OBJECT
public:
    // `managers`: the venue's managers, the names to choose from.
    explicit ManagerPinDialog(const QList<Staff>& managers, QWidget* parent = nullptr);

    QString managerId() const;
    QString pin() const { return m_pin; }
    void setBusy(bool busy);
    // Why the approval was refused; the PIN is cleared for another try.
    void setError(const QString& message);
    QPushButton* approveButton() const { return m_approve; }

Q_SIGNALS:
    void approvalRequested(const QString& managerId, const QString& pin);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updatePinDisplay();
    void submit();
    void retranslate();

    QString m_pin;
    PinKeypad* m_keypad = nullptr;
    bool m_busy = false;
    QLabel* m_title = nullptr;
    QLabel* m_managerLabel = nullptr;
    QComboBox* m_manager = nullptr;
    QLabel* m_pinDisplay = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_cancel = nullptr;
};
