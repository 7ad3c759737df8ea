#include "TableGridView.h"

#include "TableGridModel.h"
#include "TableTileDelegate.h"
#include "TouchStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

TableGridView::TableGridView(TableGridModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* title = new QLabel(tr("Tables"), this);
    title->setObjectName(u"heading"_s);
    m_staff = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(u"refresh"_s);
    auto* logout = new QPushButton(tr("Sign out"), this);
    logout->setObjectName(u"logout"_s);
    connect(refresh, &QPushButton::clicked, this, &TableGridView::refreshRequested);
    connect(logout, &QPushButton::clicked, this, &TableGridView::logoutRequested);

    m_grid = new QListView(this);
    m_grid->setObjectName(u"tableGrid"_s);
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(new TableTileDelegate(m_grid));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setFlow(QListView::LeftToRight);
    m_grid->setWrapping(true);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setGridSize({TableTileDelegate::tileWidth, TableTileDelegate::tileHeight});
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setFocusPolicy(Qt::NoFocus);
    m_grid->setFrameShape(QFrame::NoFrame);
    TouchStyle::enableKineticScrolling(m_grid);
    connect(m_grid, &QListView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT tableChosen(index.data(TableGridModel::TableIdRole).toString(),
                           index.data(TableGridModel::OrderIdRole).toLongLong());
    });

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(24);
    header->addWidget(m_staff);
    header->addStretch();
    header->addWidget(m_status);
    header->addWidget(refresh);
    header->addWidget(logout);

    auto* legend = new QLabel(tr("★ changed: the order changed since you last opened it"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_grid, 1);
    layout->addWidget(legend);
}

void TableGridView::setStaffName(const QString& name)
{
    m_staff->setText(tr("Signed in as %1").arg(name));
}

void TableGridView::setStatus(const QString& text)
{
    m_status->setText(text);
}
