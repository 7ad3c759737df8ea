#include "HistoryEventsView.h"

#include "HistoryModel.h"
#include "TouchStyle.h"

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

HistoryEventsView::HistoryEventsView(QAbstractItemModel* model, QWidget* parent)
    : QTableView(parent)
{
    setModel(model);
    TouchStyle::setUpReadOnlyRows(this);
    // A long dish name ("Joghurt-Minz-Dip") takes a second line before it is cut short.
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->setDefaultSectionSize(
        std::max(verticalHeader()->defaultSectionSize(), 2 * fontMetrics().lineSpacing() + 8));
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there, so rows arriving never take width from the columns.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(model, &QAbstractItemModel::modelReset, this, &HistoryEventsView::applyColumns);
    connect(model, &QAbstractItemModel::columnsInserted, this, &HistoryEventsView::applyColumns);
    connect(model, &QAbstractItemModel::rowsInserted, this, &HistoryEventsView::fitWidth);
    connect(model, &QAbstractItemModel::dataChanged, this, &HistoryEventsView::fitWidth);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &HistoryEventsView::fitWidth);
    applyColumns();
}

void HistoryEventsView::applyColumns()
{
    // A filter without a source yet has no columns to set.
    if (model()->columnCount() < HistoryModel::ColumnCount)
        return;
    horizontalHeader()->setSectionResizeMode(HistoryModel::ItemColumn, QHeaderView::Stretch);
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
        setColumnHidden(column, isDetailColumn(column) ||
                                    (column == HistoryModel::TableColumn && !m_tableShown));
    fitWidth();
}

bool HistoryEventsView::isDetailColumn(int column)
{
    return column == HistoryModel::PrevQtyColumn || column == HistoryModel::VersionColumn ||
           column == HistoryModel::NoteColumn;
}

void HistoryEventsView::setTableColumnShown(bool shown)
{
    m_tableShown = shown;
    applyColumns();
}

QList<int> HistoryEventsView::exportedColumns() const
{
    const QHeaderView* header = horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        if (isDetailColumn(column) && !columns.contains(column))
            columns.append(column);
    }
    return columns;
}

void HistoryEventsView::fitWidth()
{
    constexpr int itemRoom = 120; // px: at least a short dish name
    const QHeaderView* header = horizontalHeader();
    int width = itemRoom + 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        if (column == HistoryModel::ItemColumn || isColumnHidden(column))
            continue;
        width += std::max(header->sectionSizeHint(column), sizeHintForColumn(column));
    }
    setMinimumWidth(width);
}
