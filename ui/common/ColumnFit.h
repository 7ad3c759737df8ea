#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class QTableView;

// Keeps a table's columns within its width, so it never scrolls sideways: each column is as
// wide as its content, and when that is too wide the wrapping columns give up room, down to
// their header and longest word; their text then takes more lines.
class ColumnFit : public QObject
{
    Q_OBJECT
public:
    // `table` has its model; `wrapping`: the columns whose text may take more lines, most
    // important first: the first takes any room left over, the last gives up room first.
    ColumnFit(QTableView& table, const QList<int>& wrapping);

    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int leastWidth(int column) const;

    QTableView& m_table;
    // Kept from the start: asking a table being destroyed for its viewport is undefined.
    QObject* m_viewport = nullptr;
    QList<int> m_wrapping;
    QTimer m_later;
};
