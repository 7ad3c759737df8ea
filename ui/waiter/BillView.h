#pragma once

#include <QDialog>

class BillModel;
class QLabel;
class QPushButton;
class QTableView;

// The bill screen: the bill's rows, Print, Save as PDF, and Paid (after a confirmation it
// closes the order). Thin: it says what the waiter asked for.
class BillView : public QDialog
{
    Q_OBJECT
public:
    BillView(BillModel* bill, const QString& tableName, QWidget* parent = nullptr);

    void setBusy(bool busy);
    void showError(const QString& message);
    QTableView* table() const { return m_table; }
    QPushButton* paidButton() const { return m_paid; }

Q_SIGNALS:
    void printRequested();
    void pdfRequested();
    // The waiter confirmed that the guest paid.
    void paidConfirmed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void confirmPaid();
    void retranslate();

    BillModel* m_bill;
    QString m_tableName;
    QLabel* m_title = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_paid = nullptr;
    QPushButton* m_close = nullptr;
};
