#include "VoidedLinesTable.h"

#include "ColumnFit.h"
#include "VoidedLinesModel.h"

#include <QHeaderView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int shownRows = 2;
} // namespace

VoidedLinesTable::VoidedLinesTable(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(u"voidedLines"_s);
    setSelectionMode(QAbstractItemView::NoSelection);
    verticalHeader()->hide();
    hide();
}

VoidedLinesTable::~VoidedLinesTable()
{
    // The headers go with QWidget's part of this table and still signal on their way out.
    verticalHeader()->disconnect(this);
    horizontalHeader()->disconnect(this);
}

void VoidedLinesTable::setVoidedModel(QAbstractItemModel* voided)
{
    setModel(voided);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    new ColumnFit(*this, {VoidedLinesModel::ReasonColumn, VoidedLinesModel::ItemColumn});
    fitRows();
    connect(verticalHeader(), &QHeaderView::sectionResized, this, &VoidedLinesTable::fitRows);
    connect(horizontalHeader(), &QHeaderView::geometriesChanged, this, &VoidedLinesTable::fitRows);
    connect(voided, &QAbstractItemModel::modelReset, this, &VoidedLinesTable::fitRows);
    connect(voided, &QAbstractItemModel::rowsInserted, this, &VoidedLinesTable::fitRows);
    connect(voided, &QAbstractItemModel::rowsRemoved, this, &VoidedLinesTable::fitRows);
}

void VoidedLinesTable::fitRows()
{
    const int rows = model() ? model()->rowCount() : 0;
    setVisible(rows > 0);
    const QHeaderView* header = horizontalHeader();
    int height = std::max(header->sizeHint().height(), header->minimumHeight());
    for (int row = 0; row < std::min(rows, shownRows); ++row)
        height += rowHeight(row);
    setFixedHeight(height + 2 * frameWidth());
}
