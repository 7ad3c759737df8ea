#include "WaiterTotalsView.h"

#include "TouchStyle.h"
#include "WaiterTotalsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

namespace {
constexpr int compactRow = 34; // px
constexpr int nameRoom = 96;   // px: a short first name whole
} // namespace

WaiterTotalsView::WaiterTotalsView(WaiterTotalsModel* totals, QWidget* parent)
    : QTableView(parent)
{
    setModel(totals);
    TouchStyle::setUpReadOnlyRows(this);
    // Read-only figures, not touch targets: compact rows leave the log more room.
    verticalHeader()->setDefaultSectionSize(compactRow);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(WaiterTotalsModel::WaiterColumn, QHeaderView::Stretch);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(totals, &QAbstractItemModel::modelReset, this, &WaiterTotalsView::fit);
    connect(totals, &QAbstractItemModel::dataChanged, this, &WaiterTotalsView::fit);
    fit();
}

void WaiterTotalsView::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        fit();
}

void WaiterTotalsView::fit()
{
    // Every waiter's row in view without scrolling: there are only a few.
    const int rows = std::max(1, model()->rowCount());
    setFixedHeight(horizontalHeader()->sizeHint().height() + rows * compactRow + 2 * frameWidth());
    // Never narrower than the figures and a name, so no column is ever pushed out of view.
    int width =
        std::max(nameRoom, horizontalHeader()->sectionSizeHint(WaiterTotalsModel::WaiterColumn)) +
        2 * frameWidth();
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (column == WaiterTotalsModel::WaiterColumn || isColumnHidden(column))
            continue;
        width += std::max(horizontalHeader()->sectionSizeHint(column), sizeHintForColumn(column));
    }
    setMinimumWidth(width);
}
