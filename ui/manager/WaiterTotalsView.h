#pragma once

#include <QTableView>

class WaiterTotalsModel;

// One order's totals per waiter, every row and column in view without scrolling in any
// language: the waiter's name takes the width the figures leave; the lines count is in the
// items' tooltip, not a column, so the German and Russian headers fit a docked panel.
class WaiterTotalsView : public QTableView
{
    Q_OBJECT
public:
    explicit WaiterTotalsView(WaiterTotalsModel* totals, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    // The height of every waiter's row, the width of every figure's header.
    void fit();
};
