#include "HistoryPanel.h"

#include "HistoryCsvExport.h"
#include "HistoryEventsView.h"
#include "HistoryFilterBar.h"
#include "HistoryFilterModel.h"
#include "HistoryModel.h"
#include "HistoryStatusLine.h"
#include "SellOutLogModel.h"
#include "SellOutLogView.h"
#include "TouchStyle.h"
#include "VoidFilterModel.h"
#include "VoidReportModel.h"
#include "VoidReportView.h"
#include "VoidTotalsModel.h"
#include "WaiterTotalsModel.h"
#include "WaiterTotalsView.h"

#include "client/HistoryFeed.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

HistoryPanel::HistoryPanel(Clock& clock, QWidget* parent)
    : QDockWidget(parent)
    , m_tableHistory(new HistoryModel(clock, this))
    , m_venueHistory(new HistoryModel(clock, this))
    , m_filter(new HistoryFilterModel(this))
    , m_totals(new WaiterTotalsModel(this))
    , m_sellOuts(new SellOutLogModel(clock, this))
    , m_voids(new VoidReportModel(this))
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

    m_pages = new QTabWidget(content);
    m_pages->setObjectName(u"historyPages"_s);
    // No frame around the pages: the docked panel's width goes to the tables.
    m_pages->setDocumentMode(true);
    auto* log = new QWidget(m_pages);
    m_voidsPage = new VoidReportView(m_voids, m_pages);
    m_voidsPage->setObjectName(u"voidsPage"_s);
    connect(m_voidsPage->shown(), &QAbstractItemModel::modelReset, this,
            &HistoryPanel::updateStatus);

    m_filters = new HistoryFilterBar(m_filter, content);
    connect(m_filters, &HistoryFilterBar::filterChanged, this, &HistoryPanel::updateStatus);

    m_export = new QPushButton(content);
    m_export->setObjectName(u"exportCsv"_s);
    m_export->setMinimumHeight(TouchStyle::minTarget);
    m_csv = new HistoryCsvExport([this] { return shownSections(); }, this);
    connect(m_export, &QPushButton::clicked, this,
            [this] { m_csv->ask(m_scope == Scope::Table ? m_tableName : QString()); });

    m_events = new HistoryEventsView(m_filter, content);
    m_events->setObjectName(u"historyEvents"_s);
    connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPanel::showDetails);
    m_details = new QLabel(content);
    m_details->setObjectName(u"historyDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setStyleSheet(
        u"QLabel { background: #f3f4f6; border: 1px solid #d1d5db; padding: 6px; }"_s);
    m_loadEarlier = new QPushButton(content);
    m_loadEarlier->setObjectName(u"loadEarlier"_s);
    m_loadEarlier->setMinimumHeight(TouchStyle::minTarget);
    connect(m_loadEarlier, &QPushButton::clicked, this, [this] {
        if (m_feed)
            m_feed->loadEarlier();
    });
    m_empty = new QLabel(content);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(u"color: #374151; padding: 12px;"_s);

    m_totalsTitle = new QLabel(content);
    m_totalsTitle->setObjectName(u"sectionTitle"_s);
    m_totalsView = new WaiterTotalsView(m_totals, content);
    m_totalsView->setObjectName(u"waiterTotals"_s);

    m_sellOutsView = new SellOutLogView(m_sellOuts, content);

    m_status = new HistoryStatusLine(content);
    connect(m_csv, &HistoryCsvExport::saved, m_status, &HistoryStatusLine::showSaved);
    connect(m_csv, &HistoryCsvExport::saveFailed, m_status, &HistoryStatusLine::showSaveError);

    auto* scopeRow = new QHBoxLayout;
    for (QPushButton* button : {m_tableScope, m_venueScope}) {
        button->setMinimumHeight(TouchStyle::minTarget);
        scopeRow->addWidget(button, 1);
    }
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_loadEarlier);
    actionRow->addStretch();
    actionRow->addWidget(m_export);
    auto* logLayout = new QVBoxLayout(log);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_filters);
    logLayout->addWidget(m_empty);
    logLayout->addWidget(m_events, 3);
    logLayout->addWidget(m_details);
    logLayout->addWidget(m_totalsTitle);
    logLayout->addWidget(m_totalsView, 1);
    logLayout->addWidget(m_sellOutsView, 1);
    m_pages->addTab(log, {});
    m_pages->addTab(m_voidsPage, {});
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addLayout(scopeRow);
    layout->addWidget(m_pages, 1);
    layout->addLayout(actionRow);
    layout->addWidget(m_status);
    setWidget(content);

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

    retranslate();
    setScope(Scope::Venue);
}

void HistoryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setScope(m_scope);
    }
    QDockWidget::changeEvent(event);
}

void HistoryPanel::resizeEvent(QResizeEvent* event)
{
    QDockWidget::resizeEvent(event);
    if (!isFloating() && isVisible())
        Q_EMIT widthChanged(width());
}

void HistoryPanel::showDetails()
{
    const QModelIndex current = m_events->currentIndex();
    const QModelIndex source = current.isValid() ? m_filter->mapToSource(current) : QModelIndex();
    const QString text = source.isValid() ? currentHistory()->detailsText(source.row())
                                          : tr("Tap an event to see all of it here.");
    m_details->setText(text);
}

void HistoryPanel::retranslate()
{
    setWindowTitle(tr("History"));
    m_tableScope->setText(tr("This table"));
    m_venueScope->setText(tr("Whole venue"));
    m_filters->retranslate();
    m_export->setText(tr("Export CSV…"));
    m_loadEarlier->setText(tr("Load earlier"));
    showDetails();
    m_totalsTitle->setText(tr("Totals per waiter on this order"));
    m_pages->setTabText(0, tr("Events"));
    m_pages->setTabText(1, tr("Voids"));
    m_voidsPage->retranslate();
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
    connect(m_feed, &HistoryFeed::venueEventsPrepended, this, &HistoryPanel::prependVenueEvents);
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
    m_voids->setItemNames(names);
}

void HistoryPanel::setMenu(const QList<MenuItem>& menu, const QString& currency)
{
    QHash<QString, int> prices;
    for (const MenuItem& item : menu)
        prices.insert(item.id, item.priceCents);
    m_totals->setPrices(prices, currency);
    m_voids->setPrices(prices, currency);
    m_sellOuts->setMenu(menu);
}

void HistoryPanel::setStaffNames(const QHash<QString, QString>& names)
{
    m_voids->setStaffNames(names);
    m_tableHistory->setStaffNames(names);
    m_venueHistory->setStaffNames(names);
    m_totals->setStaffNames(names);
    m_filters->setStaffNames(names);
    rebuildWaiterChoices();
}

void HistoryPanel::setTableNames(const QHash<QString, QString>& names)
{
    m_tableHistory->setTableNames(names);
    m_venueHistory->setTableNames(names);
    m_voids->setTableNames(names);
}

void HistoryPanel::showOrderEvents(qint64 orderId, const QList<Event>& events)
{
    if (orderId != m_orderId)
        return;
    m_status->clearError();
    m_tableHistory->setEvents(events);
    m_totals->setEvents(events);
    if (m_scope == Scope::Table)
        m_voids->setEvents(events);
}

void HistoryPanel::appendVenueEvents(const QList<Event>& events, int dropped)
{
    m_status->clearError();
    m_venueHistory->appendEvents(events, dropped);
    if (m_scope == Scope::Venue) {
        m_voids->appendEvents(events);
        if (dropped > 0 && !m_venueHistory->events().isEmpty())
            m_voids->dropBefore(m_venueHistory->events().constFirst().seq);
    }
}

void HistoryPanel::prependVenueEvents(const QList<Event>& events)
{
    m_status->clearError();
    m_venueHistory->prependEvents(events);
    if (m_scope == Scope::Venue)
        m_voids->prependEvents(events);
    updateStatus();
}

void HistoryPanel::showVoidsOfScope()
{
    m_voids->setEvents(currentHistory()->events());
}

void HistoryPanel::showReadError(const ApiError& error)
{
    m_status->showReadError(error);
}

void HistoryPanel::setScope(Scope scope)
{
    m_scope = scope;
    m_tableScope->setChecked(scope == Scope::Table);
    m_venueScope->setChecked(scope == Scope::Venue);
    m_tableScope->setEnabled(m_orderId != 0);
    m_filter->setSourceModel(currentHistory());
    showVoidsOfScope();
    // A live venue feed reads from the top; one order's story reads from its start.
    m_filter->setNewestFirst(scope == Scope::Venue);
    m_totalsTitle->setVisible(scope == Scope::Table);
    m_totalsView->setVisible(scope == Scope::Table);
    m_sellOutsView->setWanted(scope == Scope::Venue);
    m_heading->setText(scope == Scope::Table ? tr("History of %1").arg(m_tableName)
                                             : tr("History of the whole venue, newest first"));
    updateColumns();
    rebuildWaiterChoices();
    updateStatus();
}

QList<HistoryCsvExport::Section> HistoryPanel::shownSections() const
{
    // As on screen: the log, then what is not events.
    const QAbstractItemModel* notEvents =
        m_scope == Scope::Venue ? static_cast<QAbstractItemModel*>(m_sellOuts) : m_totals;
    return {{m_filter, m_events->exportedColumns()},
            {notEvents, {}},
            {m_voidsPage->shown(), VoidReportView::exportedColumns()},
            {m_voidsPage->totals(), {}}};
}

QString HistoryPanel::shownAsCsv() const
{
    return m_csv->text();
}

Result<void> HistoryPanel::exportTo(const QString& path) const
{
    return m_csv->saveTo(path);
}

void HistoryPanel::rebuildWaiterChoices()
{
    m_filters->setAuthors(currentHistory()->authors());
}

void HistoryPanel::updateColumns()
{
    m_events->setTableColumnShown(m_scope == Scope::Venue);
}

void HistoryPanel::updateStatus()
{
    const int shown = m_filter->rowCount();
    const int total = currentHistory()->rowCount();
    m_status->setCounts(shown, total);

    if (m_scope == Scope::Table && m_orderId == 0)
        m_empty->setText(tr("Open a table to see its history."));
    else if (total == 0)
        m_empty->setText(tr("Nothing has happened here yet."));
    else if (shown == 0)
        m_empty->setText(tr("No events match these filters."));
    else
        m_empty->clear();
    m_empty->setVisible(!m_empty->text().isEmpty());
    m_export->setEnabled(shown > 0 || m_voids->rowCount() > 0);
    m_loadEarlier->setVisible(m_scope == Scope::Venue);
    m_loadEarlier->setEnabled(m_feed && m_feed->hasEarlier());
}

HistoryModel* HistoryPanel::currentHistory() const
{
    return m_scope == Scope::Table ? m_tableHistory : m_venueHistory;
}

QTableView* HistoryPanel::sellOutsView() const
{
    return m_sellOutsView->table();
}

QComboBox* HistoryPanel::waiterFilter() const
{
    return m_filters->waiterFilter();
}

QComboBox* HistoryPanel::kindFilter() const
{
    return m_filters->kindFilter();
}
