#include "MenuPicker.h"

#include "MenuModel.h"
#include "TouchStyle.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
// Two a row: a category's name is whole in every language ("Холодные напитки").
constexpr int categoriesPerRow = 2;
constexpr int minTileWidth = 140;
constexpr int tileHeight = 72;
constexpr int tileGap = 16;     // px between tiles, their margins included
constexpr int tilePadding = 24; // px: border, margins and the text's inset inside a tile
} // namespace

MenuPicker::MenuPicker(MenuModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_categories(new QButtonGroup(this))
{
    m_categoryLayout = new QGridLayout;
    m_categoryLayout->setSpacing(6);

    m_items = new QListView(this);
    m_items->setObjectName(u"menuGrid"_s);
    m_items->setModel(m_model);
    m_items->setViewMode(QListView::IconMode);
    m_items->setFlow(QListView::LeftToRight);
    m_items->setWrapping(true);
    m_items->setWordWrap(true);
    m_items->setResizeMode(QListView::Adjust);
    m_items->setMovement(QListView::Static);
    m_items->setUniformItemSizes(true);
    // Two lines of a long dish name fit ("Scharfe Tomaten-Ezme"), never an ellipsis.
    m_items->setTextElideMode(Qt::ElideNone);
    m_items->setSelectionMode(QAbstractItemView::NoSelection);
    m_items->setFocusPolicy(Qt::NoFocus);
    TouchStyle::enableKineticScrolling(m_items);
    connect(m_items, &QListView::clicked, this, [this](const QModelIndex& index) {
        // A sold-out tile is greyed out; a tap on it adds nothing.
        if (!index.data(MenuModel::AvailableRole).toBool())
            return;
        Q_EMIT itemPicked(index.data(MenuModel::MenuItemIdRole).toString());
    });

    connect(m_model, &MenuModel::categoriesChanged, this, &MenuPicker::rebuildCategories);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MenuPicker::fitTiles);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MenuPicker::fitTiles);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MenuPicker::fitTiles);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_categoryLayout);
    layout->addWidget(m_items, 1);
    rebuildCategories();
    fitTiles();
}

void MenuPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitTiles();
    QWidget::changeEvent(event);
}

void MenuPicker::fitTiles()
{
    const QFontMetrics metrics(m_items->font());
    static const QRegularExpression spaces(u"\\s+"_s);
    int longestWord = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name = m_model->index(row, 0).data().toString();
        for (const QString& word : name.split(spaces, Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
    }
    const int width = std::max(minTileWidth, longestWord + tilePadding);
    if (width == m_tileWidth)
        return;
    m_tileWidth = width;
    m_items->setGridSize({width + tileGap, tileHeight + tileGap});
    m_items->setStyleSheet(
        u"QListView#menuGrid { background: #eef1f5; }"
        "QListView#menuGrid::item { border: 2px solid #8a96a8; border-radius: "
        "8px; background: white;"
        " margin: 4px; min-width: %1px; max-width: %1px; min-height: 72px; }"
        "QListView#menuGrid::item:pressed { background: #c9d6ea; }"
        "QListView#menuGrid::item:disabled { background: #e5e7eb; color: #6b7280;"
        " border-style: dashed; }"_s.arg(width));
}

void MenuPicker::rebuildCategories()
{
    for (QAbstractButton* button : m_categories->buttons()) {
        m_categories->removeButton(button);
        delete button;
    }
    const QStringList categories = m_model->categories();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString category = categories.at(i);
        auto* button = new QPushButton(category, this);
        button->setCheckable(true);
        button->setChecked(category == m_model->category());
        m_categories->addButton(button);
        m_categoryLayout->addWidget(button, int(i / categoriesPerRow), int(i % categoriesPerRow));
        connect(button, &QPushButton::clicked, this,
                [this, category] { m_model->setCategory(category); });
    }
}
