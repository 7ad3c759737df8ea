#pragma once

#include <QStyledItemDelegate>

// Paints a TicketCardsModel row as a kitchen card: a header in the age colour (black for a
// void, with VOID across it), then each line in large type with its seat, and notes boxed in
// yellow so that no cook misses "no nuts".
class TicketCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int cardWidth = 300;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
