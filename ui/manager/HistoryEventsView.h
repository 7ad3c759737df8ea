#pragma once

#include <QList>
#include <QTableView>

// The history's events as a table that never scrolls sideways: time, table, who, what, item and
// qty whole, the item taking what is left; the quantity before, version and note are left out
// for room (the panel's details pane and the CSV export carry them).
class HistoryEventsView : public QTableView
{
    Q_OBJECT
public:
    explicit HistoryEventsView(QAbstractItemModel* model, QWidget* parent = nullptr);

    static bool isDetailColumn(int column);
    // The table column is left out when the panel shows one table.
    void setTableColumnShown(bool shown);
    // The columns on screen in their on-screen order, then the detail columns: what to export.
    QList<int> exportedColumns() const;

private:
    void applyColumns();
    // The least width: every summary column whole, the item column a little.
    void fitWidth();

    bool m_tableShown = true;
};
