#pragma once

#include <QStyledItemDelegate>

// Paints one table of the grid as a large tile: name, item count, last change, and a marked
// corner with a star and the word "changed" when it changed since the waiter last looked.
class TableTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int tileWidth = 190;
    static constexpr int tileHeight = 140;

    explicit TableTileDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
