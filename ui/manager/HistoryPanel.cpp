#include "HistoryPanel.h"

#include "CsvWriter.h"
#include "HistoryFilterModel.h"
#include "HistoryModel.h"
#include "TouchStyle.h"
#include "WaiterMessages.h"
#include "WaiterTotalsModel.h"

#include "client/HistoryFeed.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int allKinds = -1;
constexpr int totalsRowHeight = 34;

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(TouchStyle::minTarget);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setHighlightSections(false);
    TouchStyle::enableKineticScrolling(table);
    return table;
}
} // namespace

HistoryPanel::HistoryPanel(Clock& clock, QWidget* parent)
    : QDockWidget(parent)
    , m_tableHistory(new HistoryModel(clock, this))
    , m_venueHistory(new HistoryModel(clock, this))
    , m_filter(new HistoryFilterModel(this))
    , m_totals(new WaiterTotalsModel(this))
{
    setObjectName(u"historyPanel"_s);
    // Not closable: there is no other place to bring it back from on a tablet.
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

    auto* content = new QWidget(this);
    m_heading = new QLabel(content);
    m_heading->setObjectName(u"sectionTitle"_s);
    m_heading->setWordWrap(true);

    m_tableScope = new QPushButton(content);
    m_tableScope->setObjectName(u"tableScope"_s);
    m_venueScope = new QPushButton(content);
    m_venueScope->setObjectName(u"venueScope"_s);
    auto* scopes = new QButtonGroup(this);
    for (QPushButton* button : {m_tableScope, m_venueScope}) {
        button->setCheckable(true);
        scopes->addButton(button);
    }
    connect(m_tableScope, &QPushButton::clicked, this, [this] { setScope(Scope::Table); });
    connect(m_venueScope, &QPushButton::clicked, this, [this] { setScope(Scope::Venue); });

    m_waiter = new QComboBox(content);
    m_waiter->setObjectName(u"waiterFilter"_s);
    m_kind = new QComboBox(content);
    m_kind->setObjectName(u"kindFilter"_s);
    m_kind->addItem({}, allKinds);
    for (const Event::Kind kind :
         {Event::Kind::Add, Event::Kind::Remove, Event::Kind::Change, Event::Kind::Conflict,
          Event::Kind::Close, Event::Kind::Fire, Event::Kind::Void})
        m_kind->addItem({}, int(kind));
    for (QComboBox* combo : {m_waiter, m_kind}) {
        combo->setMinimumHeight(TouchStyle::minTarget);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    connect(m_waiter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setAuthor(m_waiter->currentData().toString());
        updateStatus();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_filter->setKind(kind == allKinds ? std::nullopt
                                           : std::optional<Event::Kind>(Event::Kind(kind)));
        updateStatus();
    });

    m_export = new QPushButton(content);
    m_export->setObjectName(u"exportCsv"_s);
    connect(m_export, &QPushButton::clicked, this, &HistoryPanel::askExportPath);

    m_events = makeTable(m_filter, content);
    m_events->setObjectName(u"historyEvents"_s);
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->setTextElideMode(Qt::ElideRight);
    m_empty = new QLabel(content);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(u"color: #374151; padding: 12px;"_s);

    m_totalsTitle = new QLabel(content);
    m_totalsTitle->setObjectName(u"sectionTitle"_s);
    m_totalsView = makeTable(m_totals, content);
    m_totalsView->setObjectName(u"waiterTotals"_s);
    m_totalsView->horizontalHeader()->setStretchLastSection(true);
    m_totalsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Read-only figures, not touch targets: compact rows leave the log more room.
    m_totalsView->verticalHeader()->setDefaultSectionSize(totalsRowHeight);

    m_status = new QLabel(content);
    m_status->setObjectName(u"historyStatus"_s);
    m_status->setWordWrap(true);

    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_tableScope);
    scopeRow->addWidget(m_venueScope);
    scopeRow->addStretch();
    scopeRow->addWidget(m_export);
    auto* filterRow = new QHBoxLayout;
    m_waiterLabel = new QLabel(content);
    m_kindLabel = new QLabel(content);
    filterRow->addWidget(m_waiterLabel);
    filterRow->addWidget(m_waiter, 1);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_kindLabel);
    filterRow->addWidget(m_kind, 1);

    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addLayout(scopeRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_empty);
    layout->addWidget(m_events, 3);
    layout->addWidget(m_totalsTitle);
    layout->addWidget(m_totalsView, 1);
    layout->addWidget(m_status);
    setWidget(content);
    setMinimumWidth(400);

    // The counts come from the filter, after it has taken in the source's change.
    const auto onRowsChanged = [this] {
        rebuildWaiterChoices();
        updateStatus();
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, onRowsChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, onRowsChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, onRowsChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, onRowsChanged);
    // Rows the filter hides change only the total: counted once the filter is done too.
    for (HistoryModel* model : {m_tableHistory, m_venueHistory}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, onRowsChanged,
                Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::rowsRemoved, this, onRowsChanged, Qt::QueuedConnection);
    }
    connect(m_totals, &QAbstractItemModel::modelReset, this, &HistoryPanel::fitTotals);

    retranslate();
    setScope(Scope::Venue);
    fitTotals();
}

void HistoryPanel::fitTotals()
{
    // Every waiter's row in view without scrolling: there are only a few.
    const int rows = std::max(1, m_totals->rowCount());
    m_totalsView->setFixedHeight(m_totalsView->horizontalHeader()->sizeHint().height() +
                                 rows * totalsRowHeight + 4);
}

void HistoryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setScope(m_scope);
    }
    QDockWidget::changeEvent(event);
}

void HistoryPanel::retranslate()
{
    setWindowTitle(tr("History"));
    m_tableScope->setText(tr("This table"));
    m_venueScope->setText(tr("Whole venue"));
    m_waiterLabel->setText(tr("Who"));
    m_kindLabel->setText(tr("What"));
    m_waiter->setAccessibleName(tr("Show the events of"));
    m_kind->setAccessibleName(tr("Show events of the kind"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, HistoryModel::kindText(Event::Kind(m_kind->itemData(i).toInt())));
    m_export->setText(tr("Export CSV…"));
    m_totalsTitle->setText(tr("Totals per waiter on this order"));
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::setFeed(HistoryFeed* feed)
{
    if (m_feed)
        m_feed->disconnect(this);
    m_feed = feed;
    if (!m_feed)
        return;
    connect(m_feed, &HistoryFeed::orderEventsChanged, this, &HistoryPanel::showOrderEvents);
    connect(m_feed, &HistoryFeed::venueEventsAppended, this, &HistoryPanel::appendVenueEvents);
    connect(m_feed, &HistoryFeed::readFailed, this, &HistoryPanel::showReadError);
    m_venueHistory->setEvents(m_feed->venueEvents());
    m_feed->setVenueFeedEnabled(true);
    m_feed->setOrder(m_orderId);
}

void HistoryPanel::setTable(const QString& tableName, qint64 orderId)
{
    m_tableName = tableName;
    if (orderId != m_orderId) {
        m_orderId = orderId;
        const bool held = m_feed && m_feed->orderId() == orderId;
        showOrderEvents(orderId, held ? m_feed->orderEvents() : QList<Event>{});
        if (m_feed)
            m_feed->setOrder(orderId);
    }
    setScope(orderId != 0 ? Scope::Table : Scope::Venue);
}

void HistoryPanel::setItemNames(const QHash<QString, QString>& names)
{
    m_tableHistory->setItemNames(names);
    m_venueHistory->setItemNames(names);
}

void HistoryPanel::setStaffNames(const QHash<QString, QString>& names)
{
    m_staffNames = names;
    m_tableHistory->setStaffNames(names);
    m_venueHistory->setStaffNames(names);
    m_totals->setStaffNames(names);
    rebuildWaiterChoices();
}

void HistoryPanel::setTableNames(const QHash<QString, QString>& names)
{
    m_tableHistory->setTableNames(names);
    m_venueHistory->setTableNames(names);
}

void HistoryPanel::showOrderEvents(qint64 orderId, const QList<Event>& events)
{
    if (orderId != m_orderId)
        return;
    m_error.clear();
    m_tableHistory->setEvents(events);
    m_totals->setEvents(events);
}

void HistoryPanel::appendVenueEvents(const QList<Event>& events, int dropped)
{
    m_error.clear();
    m_venueHistory->appendEvents(events, dropped);
}

void HistoryPanel::showReadError(const ApiError& error)
{
    if (error.code == ErrorCode::Forbidden)
        m_error = tr("Only managers can see the whole venue's history.");
    else if (error.code == ErrorCode::Unreachable)
        m_error = tr("Cannot reach the server. The history shows what was read last; it "
                     "catches up by itself.");
    else
        m_error = WaiterMessages::reason(error);
    updateStatus();
}

void HistoryPanel::setScope(Scope scope)
{
    m_scope = scope;
    m_tableScope->setChecked(scope == Scope::Table);
    m_venueScope->setChecked(scope == Scope::Venue);
    m_tableScope->setEnabled(m_orderId != 0);
    m_filter->setSourceModel(currentHistory());
    // A live venue feed reads from the top; one order's story reads from its start.
    m_filter->setNewestFirst(scope == Scope::Venue);
    m_totalsTitle->setVisible(scope == Scope::Table);
    m_totalsView->setVisible(scope == Scope::Table);
    m_heading->setText(scope == Scope::Table ? tr("History of %1").arg(m_tableName)
                                             : tr("History of the whole venue, newest first"));
    updateColumns();
    rebuildWaiterChoices();
    updateStatus();
}

QString HistoryPanel::shownAsCsv() const
{
    const QHeaderView* header = m_events->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return CsvWriter::toCsv(*m_filter, columns);
}

Result<void> HistoryPanel::exportTo(const QString& path) const
{
    return CsvWriter::save(path, shownAsCsv());
}

void HistoryPanel::rebuildWaiterChoices()
{
    const QString chosen = m_waiter->currentData().toString();
    QStringList ids = currentHistory()->authors();
    if (!chosen.isEmpty() && !ids.contains(chosen))
        ids.append(chosen);
    std::sort(ids.begin(), ids.end(), [this](const QString& a, const QString& b) {
        return QString::localeAwareCompare(m_staffNames.value(a, a), m_staffNames.value(b, b)) < 0;
    });
    const QSignalBlocker blocker(m_waiter);
    m_waiter->clear();
    m_waiter->addItem(tr("All waiters"), QString());
    for (const QString& id : std::as_const(ids))
        m_waiter->addItem(m_staffNames.value(id, id), id);
    m_waiter->setCurrentIndex(std::max(0, m_waiter->findData(chosen)));
}

void HistoryPanel::updateColumns()
{
    m_events->setColumnHidden(HistoryModel::TableColumn, m_scope == Scope::Table);
    // Long item names are cut with "…" rather than pushing Qty and Version out of view.
    m_events->horizontalHeader()->setSectionResizeMode(HistoryModel::ItemColumn,
                                                       QHeaderView::Interactive);
    m_events->setColumnWidth(HistoryModel::ItemColumn, 200);
}

void HistoryPanel::updateStatus()
{
    const int shown = m_filter->rowCount();
    const int total = currentHistory()->rowCount();
    QString text =
        shown == total
            ? tr("%n events", nullptr, total)
            : tr("%1 of %n events shown (filtered)", nullptr, total).arg(QLocale().toString(shown));
    if (!m_error.isEmpty())
        text = m_error + u' ' + text;
    m_status->setText(text);
    m_status->setStyleSheet(m_error.isEmpty() ? QString()
                                              : u"color: #7f1d1d; font-weight: bold;"_s);

    if (m_scope == Scope::Table && m_orderId == 0)
        m_empty->setText(tr("Open a table to see its history."));
    else if (total == 0)
        m_empty->setText(tr("Nothing has happened here yet."));
    else if (shown == 0)
        m_empty->setText(tr("No events match these filters."));
    else
        m_empty->clear();
    m_empty->setVisible(!m_empty->text().isEmpty());
    m_export->setEnabled(shown > 0);
}

void HistoryPanel::askExportPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        m_scope == Scope::Table
            ? tr("history-%1.csv").arg(m_tableName.simplified().replace(u' ', u'-'))
            : tr("history-venue.csv");
    auto* dialog = new QFileDialog(this, tr("Export history as CSV"), QDir(folder).filePath(name),
                                   tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Result<void> saved = exportTo(path);
        m_error = saved ? QString() : saved.error().message;
        updateStatus();
        if (saved)
            m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)) + u' ' +
                              m_status->text());
    });
    dialog->open();
}

HistoryModel* HistoryPanel::currentHistory() const
{
    return m_scope == Scope::Table ? m_tableHistory : m_venueHistory;
}
