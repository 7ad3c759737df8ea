#pragma once

#include <QTableView>

// A table whose ResizeToContents columns stay cheap on long lists: each distinct cell (text,
// font, whether it has an icon) is measured once, since only those set a cell's width. A
// 500-line order has few distinct seats, quantities and authors; QTableView would lay out the
// text of every row for every column, several times while the dialog opens.
class ContentSizedTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

protected:
    int sizeHintForColumn(int column) const override;
};
