#include "ContentSizedTableView.h"

#include <QFont>
#include <QHash>
#include <QHeaderView>
#include <QSet>

int ContentSizedTableView::sizeHintForColumn(int column) const
{
    const QAbstractItemModel* rows = model();
    if (!rows)
        return -1;
    ensurePolished();
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    // Per font (as the delegate resolves it), the texts measured, with or without an icon.
    QHash<QFont, QSet<QString>> measured;
    int hint = 0;
    const int count = rows->rowCount(rootIndex());
    for (int row = 0; row < count; ++row) {
        if (isRowHidden(row))
            continue;
        const QModelIndex index = rows->index(row, column, rootIndex());
        const QVariant font = index.data(Qt::FontRole);
        QSet<QString>& texts =
            measured[font.isValid() ? font.value<QFont>().resolve(option.font) : option.font];
        const QString cell = index.data(Qt::DisplayRole).toString() +
                             (index.data(Qt::DecorationRole).isValid() ? u'+' : u'-');
        if (texts.contains(cell))
            continue;
        texts.insert(cell);
        hint = std::max(hint, itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    return showGrid() ? hint + 1 : hint;
}
