#include "TicketCardDelegate.h"

#include "TicketCardsModel.h"

#include <QPainter>

#include <algorithm>

namespace {

constexpr int margin = 6;
constexpr int padding = 10;
constexpr int headerHeight = 44;
constexpr int lineHeight = 30;
constexpr int seatHeight = 20;
constexpr int noteInset = 16;
constexpr int footerHeight = 24;

QFont sized(QFont font, int pixels, bool bold)
{
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

QFont noteFont(const QFont& base)
{
    QFont font = sized(base, 17, true);
    font.setItalic(true);
    return font;
}

// Notes wrap rather than elide: the end of "no nuts, allergic" matters most.
int noteHeight(const QFont& base, const QString& note)
{
    const int width = TicketCardDelegate::cardWidth - 2 * padding - noteInset - 12;
    return QFontMetrics(noteFont(base))
               .boundingRect(QRect(0, 0, width, 4000), Qt::TextWordWrap, note)
               .height() +
           8;
}

QString titleOf(const QModelIndex& index)
{
    const QString title = index.data(TicketCardsModel::TitleRole).toString();
    return index.data(TicketCardsModel::VoidRole).toBool()
               ? TicketCardDelegate::tr("VOID") + QStringLiteral(" · ") + title
               : title;
}

// The header wraps rather than elides: "VOID · Table 12 · Course 2" must be read whole.
int titleHeight(const QFont& base, const QString& title)
{
    const int width = TicketCardDelegate::cardWidth - 2 * padding;
    const int text = QFontMetrics(sized(base, 20, true))
                         .boundingRect(QRect(0, 0, width, 4000), Qt::TextWordWrap, title)
                         .height();
    return std::max(headerHeight, text + 12);
}

} // namespace

QSize TicketCardDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    const QStringList lines = index.data(TicketCardsModel::LinesRole).toStringList();
    const QStringList notes = index.data(TicketCardsModel::NotesRole).toStringList();
    int height = 2 * margin + titleHeight(option.font, titleOf(index)) + padding + footerHeight;
    height += int(lines.size()) * (lineHeight + seatHeight);
    for (const QString& note : notes) {
        if (!note.isEmpty())
            height += noteHeight(option.font, note) + 4;
    }
    return {cardWidth + 2 * margin, height};
}

void TicketCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(margin, margin, -margin, -margin);
    const bool isVoid = index.data(TicketCardsModel::VoidRole).toBool();
    const QColor header = index.data(Qt::BackgroundRole).value<QColor>();
    const bool selected = option.state & QStyle::State_Selected;

    painter->setPen(QPen(selected ? option.palette.highlight().color() : QColor(0x90, 0x90, 0x90),
                         selected ? 4 : 1));
    painter->setBrush(isVoid ? QColor(0xff, 0xeb, 0xee) : QColor(Qt::white));
    painter->drawRoundedRect(card, 6, 6);

    const QString title = titleOf(index);
    QRect top(card.left(), card.top(), card.width(), titleHeight(option.font, title));
    painter->fillRect(top.adjusted(1, 1, -1, 0), header);
    painter->setPen(isVoid ? Qt::white : Qt::black);
    painter->setFont(sized(option.font, 20, true));
    painter->drawText(top.adjusted(padding, 0, -padding, 0),
                      Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, title);

    const QStringList lines = index.data(TicketCardsModel::LinesRole).toStringList();
    const QStringList seats = index.data(TicketCardsModel::SeatsRole).toStringList();
    const QStringList notes = index.data(TicketCardsModel::NotesRole).toStringList();
    int y = top.bottom() + padding;
    const int left = card.left() + padding;
    const int width = card.width() - 2 * padding;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        painter->setPen(Qt::black);
        QFont lineFont = sized(option.font, 22, true);
        lineFont.setStrikeOut(isVoid);
        painter->setFont(lineFont);
        painter->drawText(QRect(left, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          painter->fontMetrics().elidedText(lines.at(i), Qt::ElideRight, width));
        y += lineHeight;
        painter->setFont(sized(option.font, 15, false));
        painter->setPen(QColor(0x42, 0x42, 0x42));
        painter->drawText(QRect(left + 24, y, width - 24, seatHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, seats.value(i));
        y += seatHeight;
        const QString note = notes.value(i);
        if (!note.isEmpty()) {
            const int height = noteHeight(option.font, note);
            const QRect box(left + noteInset, y + 2, width - noteInset, height);
            painter->fillRect(box, QColor(0xff, 0xf1, 0x76));
            painter->setPen(Qt::black);
            painter->setFont(noteFont(option.font));
            painter->drawText(box.adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::TextWordWrap, note);
            y += height + 4;
        }
    }
    painter->setFont(sized(option.font, 13, false));
    painter->setPen(QColor(0x42, 0x42, 0x42));
    painter->drawText(QRect(left, card.bottom() - footerHeight, width, footerHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(TicketCardsModel::FooterRole).toString());
    painter->restore();
}
