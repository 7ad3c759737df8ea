#include "TableTileDelegate.h"

#include "TableGridModel.h"
#include "TouchStyle.h"

#include <QIcon>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;

TableTileDelegate::TableTileDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void TableTileDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const bool changed = index.data(TableGridModel::ChangedSinceSeenRole).toBool();
    const bool pressed = option.state & QStyle::State_Selected;
    const QRectF tile = QRectF(option.rect).adjusted(6, 6, -6, -6);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(tile, 10, 10);
    painter->fillPath(path, pressed ? QColor(0xc9, 0xd6, 0xea) : QColor(0xf7, 0xf9, 0xfc));
    painter->setPen(
        QPen(changed ? QColor(0xc2, 0x41, 0x0c) : QColor(0x8a, 0x96, 0xa8), changed ? 4 : 2));
    painter->drawPath(path);

    const QRectF text = tile.adjusted(12, 8, -12, -8);
    QFont nameFont = option.font;
    nameFont.setPointSize(TouchStyle::bodyPointSize + 3);
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(QColor(0x11, 0x18, 0x27));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop,
                      index.data(TableGridModel::NameRole).toString());

    QFont detailFont = option.font;
    detailFont.setPointSize(TouchStyle::bodyPointSize - 1);
    painter->setFont(detailFont);
    painter->setPen(QColor(0x33, 0x3d, 0x4d));
    const QString details = index.data(TableGridModel::ItemCountTextRole).toString() % u'\n' %
                            index.data(TableGridModel::LastChangeTextRole).toString();
    painter->drawText(text.adjusted(0, 0, 0, changed ? -24 : 0), Qt::AlignLeft | Qt::AlignBottom,
                      details);

    if (changed) {
        // Star and word together: the mark must not rely on the orange border alone.
        const QRectF badge(text.right() - 110, text.bottom() - 24, 110, 24);
        QIcon(u":/icons/changed.svg"_s).paint(painter, badge.toRect().adjusted(0, 0, -86, 0));
        QFont badgeFont = detailFont;
        badgeFont.setBold(true);
        painter->setFont(badgeFont);
        painter->setPen(QColor(0x9a, 0x34, 0x12));
        painter->drawText(badge.adjusted(26, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("changed"));
    }
    painter->restore();
}

QSize TableTileDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return {tileWidth, tileHeight};
}
