#include "ColumnFit.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableView>

#include <algorithm>
#include <numeric>

namespace {
constexpr int cellPadding = 12; // px: the cell's margins and focus frame around its text
} // namespace

ColumnFit::ColumnFit(QTableView& table, const QList<int>& wrapping)
    : QObject(&table)
    , m_table(table)
    , m_wrapping(wrapping)
{
    m_table.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table.setWordWrap(true);
    m_table.setTextElideMode(Qt::ElideNone);
    m_table.horizontalHeader()->setStretchLastSection(false);
    m_table.horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table.horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) |
                                                    Qt::Alignment(Qt::TextWordWrap));
    m_viewport = m_table.viewport();
    m_viewport->installEventFilter(this);
    // Many model signals in a row (a live update) fit once.
    m_later.setSingleShot(true);
    m_later.setInterval(0);
    connect(&m_later, &QTimer::timeout, this, &ColumnFit::fit);
    const auto later = [this] { m_later.start(); };
    if (QAbstractItemModel* model = m_table.model()) {
        connect(model, &QAbstractItemModel::modelReset, this, later);
        connect(model, &QAbstractItemModel::layoutChanged, this, later);
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::rowsRemoved, this, later);
        connect(model, &QAbstractItemModel::dataChanged, this, later);
    }
}

bool ColumnFit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}

int ColumnFit::leastWidth(int column) const
{
    const QHeaderView* header = m_table.horizontalHeader();
    // Lines break at spaces and after a hyphen ("Tomaten-" / "Ezme"), as Qt's text layout does.
    static const QRegularExpression spaces(QStringLiteral("\\s+|(?<=-)"));
    // A header takes a second line too ("Hinzugefügt / von"), so its longest word counts.
    const QFontMetrics headerMetrics(header->font());
    const QString title = m_table.model()->headerData(column, Qt::Horizontal).toString();
    int least = 0;
    for (const QString& word : title.split(spaces, Qt::SkipEmptyParts))
        least = std::max(least, headerMetrics.horizontalAdvance(word) + 2 * cellPadding);
    const QFontMetrics metrics(m_table.font());
    for (int row = 0; row < m_table.model()->rowCount(); ++row) {
        const QString text = m_table.model()->index(row, column).data().toString();
        // A cell's icon (the state's flame) sits beside its text.
        const int icon = m_table.model()->index(row, column).data(Qt::DecorationRole).isValid()
                             ? m_table.iconSize().width() + cellPadding / 2
                             : 0;
        for (const QString& word : text.split(spaces, Qt::SkipEmptyParts))
            least = std::max(least, metrics.horizontalAdvance(word) + cellPadding + icon);
    }
    return least;
}

void ColumnFit::fit()
{
    QAbstractItemModel* model = m_table.model();
    if (!model)
        return;
    QHeaderView* header = m_table.horizontalHeader();
    const int columns = model->columnCount();
    QList<int> wanted(columns, 0);
    for (int column = 0; column < columns; ++column) {
        if (!header->isSectionHidden(column))
            wanted[column] =
                std::max(static_cast<const QAbstractItemView&>(m_table).sizeHintForColumn(column),
                         header->sectionSizeHint(column));
    }
    const int room = m_table.viewport()->width();
    QList<int> widths = wanted;
    int excess = std::accumulate(wanted.cbegin(), wanted.cend(), 0) - room;
    if (excess > 0) {
        // First down to two lines each, then down to the longest word: a row stays low as long
        // as it can.
        QList<int> twoLines(columns, 0);
        QList<int> least(columns, 0);
        for (const int column : std::as_const(m_wrapping)) {
            if (column >= columns || header->isSectionHidden(column))
                continue;
            least[column] = std::min(wanted[column], leastWidth(column));
            twoLines[column] = std::max(least[column], wanted[column] / 2 + cellPadding);
        }
        // Down to two lines: all alike, by what each has above that.
        int slack = 0;
        for (const int column : std::as_const(m_wrapping)) {
            if (column < columns)
                slack += std::max(0, widths[column] - twoLines[column]);
        }
        const int taken = std::min(excess, slack);
        for (const int column : std::as_const(m_wrapping)) {
            if (column >= columns || slack == 0)
                continue;
            const int give = std::max(0, widths[column] - twoLines[column]) * taken / slack;
            widths[column] -= give;
            excess -= give;
        }
        // Then down to the longest word, the last listed first: the first keep their lines few.
        for (auto it = m_wrapping.crbegin(); it != m_wrapping.crend() && excess > 0; ++it) {
            if (*it >= columns)
                continue;
            const int give = std::min(excess, std::max(0, widths[*it] - least[*it]));
            widths[*it] -= give;
            excess -= give;
        }
    } else if (!m_wrapping.isEmpty() && m_wrapping.first() < columns) {
        widths[m_wrapping.first()] -= excess; // the room left goes to the first
    }
    // Sideways only when even one word a line is too wide: a scroll bar, never a cut word.
    m_table.setHorizontalScrollBarPolicy(excess > 0 ? Qt::ScrollBarAsNeeded
                                                    : Qt::ScrollBarAlwaysOff);
    bool wrapsTitle = false;
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column))
            continue;
        header->resizeSection(column, widths[column]);
        wrapsTitle = wrapsTitle || widths[column] < header->sectionSizeHint(column);
    }
    // Titles wrap (the header's alignment says so) into a header two lines high.
    header->setMinimumHeight(
        wrapsTitle ? header->sizeHint().height() + QFontMetrics(header->font()).lineSpacing() : 0);
    m_table.resizeRowsToContents();
}
