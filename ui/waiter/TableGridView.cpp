#include "TableGridView.h"

#include "TableGridModel.h"
#include "TableTileDelegate.h"
#include "TouchStyle.h"

#include <QEvent>
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
    m_title = new QLabel(this);
    m_title->setObjectName(u"heading"_s);
    m_staff = new QLabel(this);
    // May take two lines: the grid then leaves a docked history panel more room.
    m_staff->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"refresh"_s);
    m_logout = new QPushButton(this);
    m_logout->setObjectName(u"logout"_s);
    connect(m_refresh, &QPushButton::clicked, this, &TableGridView::refreshRequested);
    connect(m_logout, &QPushButton::clicked, this, &TableGridView::logoutRequested);

    m_grid = new QListView(this);
    m_grid->setObjectName(u"tableGrid"_s);
    m_grid->setModel(m_model);
    m_tiles = new TableTileDelegate(m_grid);
    m_grid->setItemDelegate(m_tiles);
    m_grid->viewport()->installEventFilter(this);
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

    // Two rows: beside a manager's history dock the grid may have half a screen, and German
    // "Aktualisieren" and "Abmelden" must still fit whole.
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(24);
    header->addWidget(m_staff, 1);
    header->addWidget(m_logout);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_refresh);

    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_legend);
    retranslate();
}

bool TableGridView::eventFilter(QObject* watched, QEvent* event)
{
    // The tiles share the width the grid has, so a narrower or wider dock beside it reflows
    // the grid without a gap at its right edge.
    if (watched == m_grid->viewport() && event->type() == QEvent::Resize) {
        // One pixel short: QListView wraps a row whose tiles fill the width exactly.
        const int room = m_grid->viewport()->width() - 1;
        const int columns = std::max(1, room / TableTileDelegate::tileWidth);
        const int width = std::max(TableTileDelegate::tileWidth, room / columns);
        if (width != m_tiles->tileSize().width()) {
            m_tiles->setTileWidth(width);
            m_grid->setGridSize(m_tiles->tileSize());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TableGridView::setStaffName(const QString& name)
{
    m_staffName = name;
    m_staff->setText(name.isEmpty() ? QString() : tr("Signed in as %1").arg(name));
}

void TableGridView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TableGridView::retranslate()
{
    m_title->setText(tr("Tables"));
    m_refresh->setText(tr("Refresh"));
    m_logout->setText(tr("Sign out"));
    m_legend->setText(tr("★ changed: the order changed since you last opened it"));
    setStaffName(m_staffName);
}

void TableGridView::setStatus(const QString& text)
{
    m_status->setText(text);
}
