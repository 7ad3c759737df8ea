#include "VoidReportView.h"

#include "ContentSizedTableView.h"
#include "TouchStyle.h"
#include "VoidFilterBar.h"
#include "VoidFilterModel.h"
#include "VoidReportModel.h"
#include "VoidTotalsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int compactRow = 34;  // px: read-only figures, not touch targets
constexpr int itemRoom = 96;    // px: at least a short dish name
constexpr int reasonRoom = 150; // px: a longer reason wraps onto a second line

// Not on screen for room (the tooltip tells the note); exported after those on screen.
bool isDetailColumn(int column)
{
    return column == VoidReportModel::TimeColumn || column == VoidReportModel::TableColumn ||
           column == VoidReportModel::NoteColumn;
}

// Shown instead of item and qty, which the export carries apart.
bool isOnScreen(int column)
{
    return !isDetailColumn(column) && column != VoidReportModel::ItemColumn &&
           column != VoidReportModel::QtyColumn;
}

// The widest cell of a column; public on the base class, reached virtually from there.
int cellsWidth(const QTableView& view, int column)
{
    return static_cast<const QAbstractItemView&>(view).sizeHintForColumn(column);
}

// Every column whole except the wrapped one (its set width counts) and the stretched one, whose
// text wraps into the room the others leave: long dish and reason names never widen the panel.
int contentWidth(const QTableView& view, int wrapped)
{
    int width = 2 * view.frameWidth();
    for (int column = 0; column < view.model()->columnCount(); ++column) {
        if (view.isColumnHidden(column))
            continue;
        const int header = view.horizontalHeader()->sectionSizeHint(column);
        if (view.horizontalHeader()->sectionResizeMode(column) == QHeaderView::Stretch)
            width += std::max(itemRoom, header);
        else if (column == wrapped)
            width += view.horizontalHeader()->sectionSize(column);
        else
            width += std::max(header, cellsWidth(view, column));
    }
    return width;
}

// Rows as tall as their wrapped text.
void wrapRows(QTableView& view)
{
    view.setWordWrap(true);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}
} // namespace

VoidReportView::VoidReportView(VoidReportModel* report, QWidget* parent)
    : QWidget(parent)
    , m_report(report)
    , m_filter(new VoidFilterModel(this))
    , m_totals(nullptr)
{
    m_filter->setSourceModel(m_report);
    m_totals = new VoidTotalsModel(m_filter, m_report, this);

    m_filters = new VoidFilterBar(m_report, m_filter, this);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(u"color: #374151; padding: 12px;"_s);

    m_voidsView = new ContentSizedTableView(this);
    m_voidsView->setObjectName(u"voidReport"_s);
    m_voidsView->setModel(m_filter);
    TouchStyle::setUpReadOnlyRows(m_voidsView);
    m_voidsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there, so rows arriving never take width from the columns.
    m_voidsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_voidsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_voidsView->horizontalHeader()->setSectionResizeMode(VoidReportModel::WhatColumn,
                                                          QHeaderView::Stretch);
    m_voidsView->horizontalHeader()->setSectionResizeMode(VoidReportModel::ReasonColumn,
                                                          QHeaderView::Fixed);
    wrapRows(*m_voidsView);
    for (int column = 0; column < VoidReportModel::ColumnCount; ++column)
        m_voidsView->setColumnHidden(column, !isOnScreen(column));
    // The item and what it was worth first, then why and who.
    m_voidsView->horizontalHeader()->moveSection(
        m_voidsView->horizontalHeader()->visualIndex(VoidReportModel::WhatColumn), 0);

    m_totalsTitle = new QLabel(this);
    m_totalsTitle->setObjectName(u"sectionTitle"_s);
    m_totalsTitle->setWordWrap(true);
    m_totalsView = new ContentSizedTableView(this);
    m_totalsView->setObjectName(u"voidTotals"_s);
    m_totalsView->setModel(m_totals);
    TouchStyle::setUpReadOnlyRows(m_totalsView);
    m_totalsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_totalsView->verticalHeader()->setDefaultSectionSize(compactRow);
    wrapRows(*m_totalsView);
    m_totalsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_totalsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totalsView->horizontalHeader()->setSectionResizeMode(VoidTotalsModel::NameColumn,
                                                           QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_empty);
    layout->addWidget(m_voidsView, 2);
    layout->addWidget(m_totalsTitle);
    layout->addWidget(m_totalsView, 1);

    connect(m_filters, &VoidFilterBar::filterChanged, this, &VoidReportView::updateEmpty);
    const auto rowsChanged = [this] {
        m_filters->rebuildChoices();
        updateEmpty();
        fit();
    };
    connect(m_report, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_report, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_report, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_report, &QAbstractItemModel::dataChanged, this, [this] {
        m_filters->rebuildChoices();
        fit();
    });
    connect(m_totals, &QAbstractItemModel::modelReset, this, &VoidReportView::fit);
    retranslate();
}

void VoidReportView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        fit();
}

void VoidReportView::retranslate()
{
    m_filters->retranslate();
    m_totalsTitle->setText(tr("Voids per reason, waiter and approver"));
    updateEmpty();
    fit();
}

QList<int> VoidReportView::exportedColumns()
{
    QList<int> columns;
    for (int column = 0; column < VoidReportModel::ColumnCount; ++column) {
        if (!isDetailColumn(column) && column != VoidReportModel::WhatColumn)
            columns.append(column);
    }
    for (int column = 0; column < VoidReportModel::ColumnCount; ++column) {
        if (isDetailColumn(column))
            columns.append(column);
    }
    return columns;
}

void VoidReportView::updateEmpty()
{
    if (m_report->rowCount() == 0)
        m_empty->setText(tr("No voids here yet."));
    else if (m_filter->rowCount() == 0)
        m_empty->setText(tr("No voids match these filters."));
    else
        m_empty->clear();
    m_empty->setVisible(!m_empty->text().isEmpty());
}

void VoidReportView::fit()
{
    const int reason = VoidReportModel::ReasonColumn;
    m_voidsView->horizontalHeader()->resizeSection(
        reason, std::max(m_voidsView->horizontalHeader()->sectionSizeHint(reason),
                         std::min(reasonRoom, cellsWidth(*m_voidsView, reason))));
    m_voidsView->setMinimumWidth(contentWidth(*m_voidsView, reason) +
                                 m_voidsView->verticalScrollBar()->sizeHint().width());
    m_totalsView->setMinimumWidth(contentWidth(*m_totalsView, -1));
}
