#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class VoidFilterBar;
class VoidFilterModel;
class VoidReportModel;
class VoidTotalsModel;

// The voids page of the history panel: filters, the voids shown (who voided what, why, approved
// by whom, worth how much) and their totals per reason, waiter and approver. Every column in
// view without scrolling sideways; time, table and note go to the CSV and the tooltips.
class VoidReportView : public QWidget
{
    Q_OBJECT
public:
    explicit VoidReportView(VoidReportModel* report, QWidget* parent = nullptr);

    void retranslate();

    VoidFilterModel* shown() const { return m_filter; }
    VoidTotalsModel* totals() const { return m_totals; }
    VoidFilterBar* filters() const { return m_filters; }
    QTableView* voidsView() const { return m_voidsView; }
    QTableView* totalsView() const { return m_totalsView; }
    // The CSV columns of the list: those on screen, then time, table and note.
    static QList<int> exportedColumns();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateEmpty();
    // The least width that shows every column whole, and every totals row without scrolling.
    void fit();

    VoidReportModel* m_report;
    VoidFilterModel* m_filter;
    VoidTotalsModel* m_totals;
    VoidFilterBar* m_filters = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_voidsView = nullptr;
    QLabel* m_totalsTitle = nullptr;
    QTableView* m_totalsView = nullptr;
};
