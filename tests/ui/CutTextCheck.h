#pragma once

#include <QAbstractButton>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QStyleOptionButton>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTextDocument>

// Finds text a reader cannot read whole on a shown screen: a button's, label's or table
// header's text wider than the room the widget gives it (QFontMetrics against the contents
// rect, or the header section), a word-wrapped label taller than its height, a table
// whose columns are wider than it, and a tile of an icon-mode
// list (the menu) whose name, wrapped at words, is wider or taller than the tile's text room.
class CutTextCheck
{
public:
    struct Cut
    {
        QString where; // class/objectName of the widget, and the text
        int needed = 0;
        int room = 0;
    };

    static QList<Cut> of(const QWidget& root)
    {
        QList<Cut> cuts;
        QList<const QWidget*> widgets{&root};
        for (const QWidget* child : root.findChildren<QWidget*>())
            widgets.append(child);
        for (const QWidget* widget : std::as_const(widgets)) {
            if (!widget->isVisibleTo(&root) && widget != &root)
                continue;
            if (const auto* button = qobject_cast<const QPushButton*>(widget))
                checkButton(*button, cuts);
            else if (const auto* other = qobject_cast<const QAbstractButton*>(widget))
                checkBySizeHint(*other, other->text(), cuts);
            else if (const auto* label = qobject_cast<const QLabel*>(widget))
                checkLabel(*label, cuts);
            else if (const auto* header = qobject_cast<const QHeaderView*>(widget))
                checkHeader(*header, cuts);
            if (const auto* table = qobject_cast<const QTableView*>(widget))
                checkSideways(*table, cuts);
            if (const auto* list = qobject_cast<const QListView*>(widget))
                checkTiles(*list, cuts);
        }
        return cuts;
    }

    static QString describe(const QList<Cut>& cuts)
    {
        QStringList lines;
        for (const Cut& cut : cuts)
            lines.append(QStringLiteral("%1 needs %2 px, has %3")
                             .arg(cut.where)
                             .arg(cut.needed)
                             .arg(cut.room));
        return lines.join(u'\n');
    }

private:
    static QString name(const QWidget& widget, const QString& text)
    {
        return QString::fromLatin1(widget.metaObject()->className()) + u'#' + widget.objectName() +
               QStringLiteral(" %1x%2 \"").arg(widget.width()).arg(widget.height()) + text + u'"';
    }

    static void checkButton(const QPushButton& button, QList<Cut>& cuts)
    {
        const QString text = QString(button.text()).remove(u'&');
        if (text.isEmpty())
            return;
        QStyleOptionButton option;
        option.initFrom(&button);
        option.text = button.text();
        option.icon = button.icon();
        option.iconSize = button.iconSize();
        if (button.isDefault())
            option.features |= QStyleOptionButton::DefaultButton;
        if (button.isFlat())
            option.features |= QStyleOptionButton::Flat;
        const QRect contents =
            button.style()->subElementRect(QStyle::SE_PushButtonContents, &option, &button);
        int needed = QFontMetrics(button.font()).horizontalAdvance(text);
        if (!button.icon().isNull())
            needed += button.iconSize().width() + 4;
        if (needed > contents.width())
            cuts.append({name(button, text), needed, contents.width()});
    }

    static void checkBySizeHint(const QWidget& widget, const QString& text, QList<Cut>& cuts)
    {
        if (!text.isEmpty() && widget.width() < widget.sizeHint().width())
            cuts.append({name(widget, text), widget.sizeHint().width(), widget.width()});
    }

    static void checkLabel(const QLabel& label, QList<Cut>& cuts)
    {
        const QString text = label.text();
        if (text.isEmpty())
            return;
        const QRect room = label.contentsRect().adjusted(label.margin(), label.margin(),
                                                         -label.margin(), -label.margin());
        if (label.wordWrap() || Qt::mightBeRichText(text)) {
            // Wrapped or rich text: whole when the label is as tall as its text needs.
            const int needed = label.heightForWidth(label.width());
            if (needed > label.height() + 1)
                cuts.append(
                    {name(label, text) + QStringLiteral(" (height)"), needed, label.height()});
            return;
        }
        const QFontMetrics metrics(label.font());
        int needed = 0;
        // A label with a buddy shows its mnemonic "&S" as an underlined S.
        const QString shown = label.buddy()
                                  ? QString(text)
                                        .replace(QStringLiteral("&&"), QStringLiteral("\x01"))
                                        .remove(u'&')
                                        .replace(u'\x01', u'&')
                                  : text;
        for (const QString& line : shown.split(u'\n'))
            needed = std::max(needed, metrics.horizontalAdvance(line));
        needed += std::max(0, label.indent());
        if (needed > room.width())
            cuts.append({name(label, text), needed, room.width()});
    }

    static void checkHeader(const QHeaderView& header, QList<Cut>& cuts)
    {
        if (header.orientation() != Qt::Horizontal || !header.model())
            return;
        const QFontMetrics metrics(header.font());
        const int margin =
            2 * header.style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, &header);
        for (int section = 0; section < header.count(); ++section) {
            if (header.isSectionHidden(section))
                continue;
            const QString text =
                header.model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            const int needed = metrics.horizontalAdvance(text) + margin;
            if (needed <= header.sectionSize(section))
                continue;
            // A header that wraps its titles: whole when every line fits in its height.
            if (header.defaultAlignment() & Qt::TextWordWrap) {
                const QRect wrapped =
                    metrics.boundingRect(QRect(0, 0, header.sectionSize(section) - margin, 10'000),
                                         Qt::TextWordWrap, text);
                if (wrapped.width() <= header.sectionSize(section) - margin &&
                    wrapped.height() <= header.height())
                    continue;
            }
            cuts.append({name(header, text), needed, header.sectionSize(section)});
        }
    }

    // Tiles drawn by the stock delegate; a custom one (the kitchen's cards) lays out its own.
    static void checkTiles(const QListView& list, QList<Cut>& cuts)
    {
        const QAbstractItemModel* model = list.model();
        if (!model || list.viewMode() != QListView::IconMode ||
            list.itemDelegate()->metaObject() != &QStyledItemDelegate::staticMetaObject)
            return;
        const QFontMetrics metrics(list.font());
        // The inset the style draws item text with inside its rect, each side.
        const int inset =
            list.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &list) + 1;
        for (int row = 0; row < model->rowCount(list.rootIndex()); ++row) {
            const QModelIndex index = model->index(row, list.modelColumn(), list.rootIndex());
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty() || list.isRowHidden(row))
                continue;
            QStyleOptionViewItem option;
            option.initFrom(&list);
            option.rect = list.visualRect(index);
            option.text = text;
            option.font = list.font();
            option.fontMetrics = metrics;
            option.index = index;
            option.widget = &list;
            option.features = QStyleOptionViewItem::HasDisplay;
            if (list.wordWrap())
                option.features |= QStyleOptionViewItem::WrapText;
            const QRect room = list.style()
                                   ->subElementRect(QStyle::SE_ItemViewItemText, &option, &list)
                                   .adjusted(inset, 0, -inset, 0);
            const int flags = Qt::AlignHCenter | (list.wordWrap() ? Qt::TextWordWrap : 0);
            const QRect needed =
                metrics.boundingRect(QRect(0, 0, room.width(), 10'000), flags, text);
            if (needed.width() > room.width())
                cuts.append({name(list, text), needed.width(), room.width()});
            else if (needed.height() > room.height() + 1)
                cuts.append({name(list, text) + QStringLiteral(" (height)"), needed.height(),
                             room.height()});
        }
    }

    // At the tablet's size no table scrolls sideways: a column past the edge is cut text too,
    // whether or not a scroll bar would bring it in.
    static void checkSideways(const QTableView& table, QList<Cut>& cuts)
    {
        const int length = table.horizontalHeader()->length();
        const int room = table.viewport()->width();
        if (length <= room + 1)
            return;
        // Each column's width, to see which one takes the room.
        QStringList widths;
        const QHeaderView* header = table.horizontalHeader();
        for (int section = 0; section < header->count(); ++section) {
            if (!header->isSectionHidden(section))
                widths.append(
                    table.model()->headerData(section, Qt::Horizontal).toString() +
                    QStringLiteral(" %1").arg(header->sectionSize(section)));
        }
        cuts.append({name(table, QStringLiteral("(scrolls sideways: %1)").arg(widths.join(u", "))),
                     length, room});
    }
};
