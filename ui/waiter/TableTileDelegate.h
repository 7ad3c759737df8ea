#pragma once

#include <QStyledItemDelegate>

#include <algorithm>

// Paints one table of the grid as a large tile: name, "Free" or the item count, last change and
// its author, and a star with the word "changed" when it changed since the waiter last looked.
class TableTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int tileWidth = 190;
    static constexpr int tileHeight = 150;

    explicit TableTileDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // The grid shares its width among the tiles of a row: at least tileWidth each.
    void setTileWidth(int width) { m_width = std::max(width, int(tileWidth)); }
    QSize tileSize() const { return {m_width, tileHeight}; }

private:
    int m_width = tileWidth;
};
