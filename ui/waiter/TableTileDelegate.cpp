#include "TableTileDelegate.h"

#include "TableGridModel.h"
#include "TouchStyle.h"

#include <QFontMetrics>
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
    const bool free = index.data(TableGridModel::FreeRole).toBool();
    const bool pressed = option.state & QStyle::State_Selected;
    const QRectF tile = QRectF(option.rect).adjusted(6, 6, -6, -6);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(tile, 10, 10);
    // Free tables are white with a dashed edge, busy ones filled: the word says it too.
    const QColor fill = pressed ? QColor(0xc9, 0xd6, 0xea)
                        : free  ? QColor(0xff, 0xff, 0xff)
                                : QColor(0xe8, 0xee, 0xf7);
    painter->fillPath(path, fill);
    QPen edge(changed ? QColor(0xc2, 0x41, 0x0c) : QColor(0x8a, 0x96, 0xa8), changed ? 4 : 2);
    if (free && !changed)
        edge.setStyle(Qt::DashLine);
    painter->setPen(edge);
    painter->drawPath(path);

    const QRectF text = tile.adjusted(12, 8, -12, -8);
    QFont nameFont = option.font;
    nameFont.setPointSize(TouchStyle::bodyPointSize + 3);
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(QColor(0x11, 0x18, 0x27));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop,
                      index.data(TableGridModel::NameRole).toString());

    // One fact per line, top down, so nothing overlaps whatever the name or the language.
    QFont detailFont = option.font;
    detailFont.setPointSize(TouchStyle::bodyPointSize - 1);
    const int lineHeight = QFontMetrics(detailFont).height();
    QRectF line(text.left(), text.top() + QFontMetrics(nameFont).height() + 4, text.width(),
                lineHeight);
    painter->setFont(detailFont);
    painter->setPen(free ? QColor(0x14, 0x5a, 0x2c) : QColor(0x33, 0x3d, 0x4d));
    if (free) {
        QFont freeFont = detailFont;
        freeFont.setBold(true);
        painter->setFont(freeFont);
    }
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(TableGridModel::ItemCountTextRole).toString());
    painter->setFont(detailFont);
    painter->setPen(QColor(0x33, 0x3d, 0x4d));
    for (const int role :
         {int(TableGridModel::LastChangeTextRole), int(TableGridModel::LastAuthorTextRole)}) {
        const QString fact = index.data(role).toString();
        if (fact.isEmpty())
            continue;
        line.translate(0, lineHeight);
        painter->drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(detailFont).elidedText(fact, Qt::ElideRight, int(line.width())));
    }

    if (changed) {
        // Star and word together: the mark must not rely on the orange border alone.
        line.translate(0, lineHeight + 2);
        const int star = lineHeight;
        QIcon(u":/icons/changed.svg"_s)
            .paint(painter, QRect(int(line.left()), int(line.top()), star, star));
        QFont badgeFont = detailFont;
        badgeFont.setBold(true);
        painter->setFont(badgeFont);
        painter->setPen(QColor(0x9a, 0x34, 0x12));
        painter->drawText(line.adjusted(star + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("changed"));
    }
    painter->restore();
}

QSize TableTileDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return tileSize();
}
