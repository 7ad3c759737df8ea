#pragma once

#include "HistoryCsvExport.h"
#include "HistoryEventsView.h"
#include "WaiterTotalsView.h"

#include "model/ApiError.h"
#include "model/Clock.h"
#include "model/Event.h"
#include "model/MenuItem.h"
#include "model/Result.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>

class HistoryFeed;
class HistoryFilterBar;
class HistoryFilterModel;
class HistoryModel;
class HistoryStatusLine;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class SellOutLogModel;
class SellOutLogView;
class VoidReportModel;
class VoidReportView;
class WaiterTotalsModel;

// A manager's side panel: who added, removed and changed what, and where writes were refused,
// for the open table (with totals per waiter) or for the whole venue, live. Filters by waiter
// and kind; exports exactly the rows and columns on screen as CSV. The venue view also lists
// tonight's sell-outs (the log has no events for them) and exports them after the events. A
// second page reports the voids of the same scope; the CSV carries them and the waiters' sales.
class HistoryPanel : public QDockWidget
{
    Q_OBJECT
public:
    enum class Scope { Table, Venue };

    explicit HistoryPanel(Clock& clock = Clock::system(), QWidget* parent = nullptr);
    ~HistoryPanel() override;

    // The feed to follow (not owned); null stops following. The venue feed starts here.
    void setFeed(HistoryFeed* feed);
    // The open table, or an empty name and 0 when none is open.
    void setTable(const QString& tableName, qint64 orderId);

    void setItemNames(const QHash<QString, QString>& names);
    // The menu as read (prices for the reports, the sell-outs' names) and the venue's currency.
    void setMenu(const QList<MenuItem>& menu, const QString& currency);
    void setStaffNames(const QHash<QString, QString>& names);
    void setTableNames(const QHash<QString, QString>& names);

    // What the feed delivers; public so the panel can be shown without a server.
    void showOrderEvents(qint64 orderId, const QList<Event>& events);
    void appendVenueEvents(const QList<Event>& events, int dropped = 0);
    void prependVenueEvents(const QList<Event>& events);
    void showReadError(const ApiError& error);

    void setScope(Scope scope);
    Scope scope() const { return m_scope; }

    // The rows and columns on screen, as CSV text.
    QString shownAsCsv() const;
    Result<void> exportTo(const QString& path) const;

    HistoryModel* tableHistory() const { return m_tableHistory; }
    HistoryModel* venueHistory() const { return m_venueHistory; }
    HistoryFilterModel* shown() const { return m_filter; }
    WaiterTotalsModel* totals() const { return m_totals; }
    VoidReportModel* voidReport() const { return m_voids; }
    VoidReportView* voidReportView() const { return m_voidsPage; }
    QTabWidget* pages() const { return m_pages; }
    // Fed by the window from the menu and the stream's sell-out messages.
    SellOutLogModel* sellOuts() const { return m_sellOuts; }
    QTableView* sellOutsView() const;
    HistoryEventsView* eventsView() const { return m_events; }
    QTableView* totalsView() const { return m_totalsView; }
    QComboBox* waiterFilter() const;
    QComboBox* kindFilter() const;
    QLabel* detailsPane() const { return m_details; }
    QPushButton* loadEarlierButton() const { return m_loadEarlier; }

Q_SIGNALS:
    // The manager widened or narrowed the docked panel; the window remembers it.
    void widthChanged(int width);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void rebuildWaiterChoices();
    void updateColumns();
    void showDetails();
    void updateStatus();
    QList<HistoryCsvExport::Section> shownSections() const;
    HistoryModel* currentHistory() const;
    // The void report follows the scope's events.
    void showVoidsOfScope();

    QPointer<HistoryFeed> m_feed;
    HistoryModel* m_tableHistory;
    HistoryModel* m_venueHistory;
    HistoryFilterModel* m_filter;
    WaiterTotalsModel* m_totals;
    SellOutLogModel* m_sellOuts;
    VoidReportModel* m_voids;
    Scope m_scope = Scope::Venue;
    QString m_tableName;
    qint64 m_orderId = 0;

    QLabel* m_heading = nullptr;
    QTabWidget* m_pages = nullptr;
    VoidReportView* m_voidsPage = nullptr;
    QPushButton* m_tableScope = nullptr;
    QPushButton* m_venueScope = nullptr;
    HistoryFilterBar* m_filters = nullptr;
    QPushButton* m_export = nullptr;
    HistoryCsvExport* m_csv = nullptr;
    HistoryEventsView* m_events = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_loadEarlier = nullptr;
    QLabel* m_totalsTitle = nullptr;
    WaiterTotalsView* m_totalsView = nullptr;
    SellOutLogView* m_sellOutsView = nullptr;
    HistoryStatusLine* m_status = nullptr;
};
