#pragma once

#include <QTableView>

class OrderLinesModel;

// An order's lines for a fingertip: whole rows, one at a time, rows at least a finger high, a
// long dish name or note on a second line rather than cut, never scrolled sideways.
class OrderLinesTable : public QTableView
{
    Q_OBJECT
public:
    explicit OrderLinesTable(OrderLinesModel* lines, QWidget* parent = nullptr);

Q_SIGNALS:
    // The waiter tapped the line with this id.
    void lineTapped(const QString& lineId);
};
