#include "OrderLinesTable.h"

#include "ColumnFit.h"
#include "OrderLinesModel.h"
#include "TouchStyle.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

OrderLinesTable::OrderLinesTable(OrderLinesModel* lines, QWidget* parent)
    : QTableView(parent)
{
    setModel(lines);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A long dish name takes a second line rather than an ellipsis.
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    verticalHeader()->hide();
    setFocusPolicy(Qt::NoFocus);
    setIconSize({24, 24});
    verticalHeader()->setDefaultSectionSize(TouchStyle::minTarget);
    verticalHeader()->setMinimumSectionSize(TouchStyle::minTarget);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Never sideways at 1280x800 (issue 16: "Seit 14:…" sat past the edge): the dish, the
    // note and the state take a second line instead.
    // Narrow sides on the titles: seven columns of padding cost a column's room.
    horizontalHeader()->setStyleSheet(u"QHeaderView::section { padding: 6px 2px; }"_s);
    // The quantity's title wraps too where it has two words ("Кол-во").
    new ColumnFit(*this, {OrderLinesModel::ItemColumn, OrderLinesModel::StateColumn,
                          OrderLinesModel::NoteColumn, OrderLinesModel::AddedByColumn,
                          OrderLinesModel::QtyColumn});
    TouchStyle::enableKineticScrolling(this);
    connect(this, &QTableView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT lineTapped(index.data(OrderLinesModel::LineIdRole).toString());
    });
}
