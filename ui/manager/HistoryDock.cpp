#include "HistoryDock.h"

#include "HistoryPanel.h"

#include "client/HistoryFeed.h"

#include <QEvent>
#include <QLayout>
#include <QMainWindow>
#include <QScopedValueRollback>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>

HistoryDock::HistoryDock(QMainWindow& window, QStackedWidget& pages, Clock& clock,
                         HistoryFeed& feed)
    : QObject(&window)
    , m_window(window)
    , m_pages(pages)
    , m_clock(clock)
    , m_feed(feed)
    , m_save(new QTimer(this))
{
    m_save->setSingleShot(true);
    m_save->setInterval(widthSaveMs);
    connect(m_save, &QTimer::timeout, this, [this] { Q_EMIT widthChanged(m_width); });
    // The window itself gets the presses on its dock separators (not the panel).
    m_window.installEventFilter(this);
}

bool HistoryDock::eventFilter(QObject* watched, QEvent* event)
{
    // The panel's least width is known once its layout has taken in a change: check then.
    if (event->type() == QEvent::LayoutRequest && watched == m_filtered)
        QMetaObject::invokeMethod(this, &HistoryDock::fitIfWidthChanged, Qt::QueuedConnection);
    if (watched == &m_window) {
        if (event->type() == QEvent::MouseButtonPress)
            m_pressed = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_pressed = false;
    }
    return QObject::eventFilter(watched, event);
}

void HistoryDock::open(const QHash<QString, QString>& staffNames,
                       const QHash<QString, QString>& itemNames)
{
    if (m_panel)
        return;
    m_panel = new HistoryPanel(m_clock, &m_window);
    m_panel->setStaffNames(staffNames);
    m_panel->setItemNames(itemNames);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_panel);
    m_floated = false;
    fit();
    // Rows may make the tables' columns, and so the panel, wider: once laid out, fit again
    // only if the panel's least width changed (not on every live row).
    m_panel->installEventFilter(this);
    m_filtered = m_panel;
    m_panel->setFeed(&m_feed);
    connect(m_panel, &HistoryPanel::widthChanged, this, &HistoryDock::takeWidth);
}

void HistoryDock::close()
{
    m_feed.clear();
    delete m_panel;
}

void HistoryDock::refresh(const QHash<QString, QString>& tableNames)
{
    if (!m_panel)
        return;
    m_panel->setTableNames(tableNames);
    m_feed.refresh();
}

void HistoryDock::takeWidth(int width)
{
    // Only a width the manager dragged to is theirs; a fit, a screen change or a window resize
    // is not.
    if (m_fitting || !m_pressed || width == m_width)
        return;
    m_width = width;
    m_save->start();
}

void HistoryDock::fitIfWidthChanged()
{
    if (!m_panel)
        return;
    const bool offScreen = m_window.width() > m_window.screen()->availableGeometry().width();
    if (offScreen || m_panel->minimumSizeHint().width() != m_fittedMinimum)
        fit();
}

void HistoryDock::fit()
{
    if (!m_panel)
        return;
    const QScopedValueRollback fitting(m_fitting, true);
    ++m_fits;
    m_fittedMinimum = m_panel->minimumSizeHint().width();
    const int screenWidth = m_window.screen()->availableGeometry().width();
    const int panelMinimum = m_panel->minimumSizeHint().width();
    const int panelWidth = std::max(panelMinimum, m_width > 0 ? m_width : m_window.width() * 2 / 5);
    const int room = std::min(m_window.width(), screenWidth);
    // The page on show at the least width that keeps its texts whole: the grid reflows its
    // tiles into whatever is left, so its roomier preferred width must not float the panel.
    const QMargins margins = m_pages.contentsMargins();
    const int central =
        m_pages.currentWidget()->minimumSizeHint().width() + margins.left() + margins.right();
    constexpr int separator = 24; // px: the dock's splitter and frames
    if (central + panelMinimum + separator > room) {
        if (m_panel->isFloating())
            return;
        // Docked it would push the window off a small tablet's screen: it floats over the
        // window's right edge instead, and docks again on the grid.
        m_floated = true;
        m_panel->setFloating(true);
        // A dock that grew with its rows may have pushed the window past the screen.
        if (m_window.width() > screenWidth)
            m_window.resize(screenWidth, m_window.height());
        const QRect window = m_window.geometry();
        const int floatingWidth = std::max(panelWidth, window.width() / 2);
        // Below the screen's header row, so its buttons (sign out) stay in reach.
        constexpr int headerRow = 90;
        m_panel->setGeometry(window.right() - floatingWidth, window.top() + headerRow,
                             floatingWidth, window.height() - headerRow);
        return;
    }
    if (m_panel->isFloating()) {
        if (!m_floated)
            return; // the manager floated it: theirs to dock
        m_floated = false;
        m_panel->setFloating(false);
    }
    m_window.resizeDocks({m_panel}, {std::min(panelWidth, room - central - separator)},
                         Qt::Horizontal);
    if (m_window.width() > screenWidth)
        m_window.resize(screenWidth, m_window.height());
    // Lays the docks out now, while the guard is up, not on a later layout request.
    m_window.layout()->activate();
}
