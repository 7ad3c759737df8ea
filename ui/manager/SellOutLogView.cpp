#include "SellOutLogView.h"

#include "ContentSizedTableView.h"
#include "SellOutLogModel.h"
#include "TouchStyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int rowsAlwaysShown = 3;
}

SellOutLogView::SellOutLogView(SellOutLogModel* log, QWidget* parent)
    : QWidget(parent)
    , m_log(log)
    , m_title(new QLabel(this))
    , m_table(new ContentSizedTableView(this))
{
    m_title->setObjectName(u"sectionTitle"_s);
    m_table->setObjectName(u"sellOuts"_s);
    m_table->setModel(m_log);
    TouchStyle::setUpReadOnlyRows(m_table);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SellOutLogModel::ItemColumn,
                                                      QHeaderView::Stretch);
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &SellOutLogView::updateShown);
    connect(m_log, &QAbstractItemModel::rowsRemoved, this, &SellOutLogView::updateShown);
    connect(m_log, &QAbstractItemModel::modelReset, this, &SellOutLogView::updateShown);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    retranslate();
    updateShown();
}

void SellOutLogView::setWanted(bool wanted)
{
    m_wanted = wanted;
    updateShown();
}

void SellOutLogView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SellOutLogView::retranslate()
{
    m_title->setText(tr("Sold out tonight"));
}

void SellOutLogView::updateShown()
{
    setVisible(m_wanted && m_log->rowCount() > 0);
    // The first few sell-outs stay whole however little room the panel leaves; more scroll.
    const int rows = std::min(m_log->rowCount(), rowsAlwaysShown);
    m_table->setMinimumHeight(2 * m_table->frameWidth() +
                              m_table->horizontalHeader()->sizeHint().height() +
                              rows * m_table->verticalHeader()->defaultSectionSize());
}
