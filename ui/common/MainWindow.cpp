#include "MainWindow.h"

#include "BanquetFireFlow.h"
#include "ConflictDialog.h"
#include "HistoryFilterModel.h"
#include "HistoryPanel.h"
#include "IdleSignOut.h"
#include "KitchenScreen.h"
#include "KitchenView.h"
#include "LanguagePicker.h"
#include "LoginView.h"
#include "MenuModel.h"
#include "OfflineBanner.h"
#include "OrderLinesModel.h"
#include "OrderView.h"
#include "TableGridModel.h"
#include "TableGridView.h"
#include "UnsentWorkBanner.h"
#include "WaiterMessages.h"

#include "client/CoursePlan.h"
#include "client/HistoryFeed.h"
#include "client/SyncEngine.h"

#include <QEvent>
#include <QInputDialog>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int tablesRefreshMs = 15'000;
}

MainWindow::MainWindow(SyncEngine& engine, Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_tableModel(new TableGridModel(clock, this))
    , m_menuModel(new MenuModel(this))
    , m_authoritativeLines(new OrderLinesModel(OrderLinesModel::Part::Authoritative, this))
    , m_pendingLines(new OrderLinesModel(OrderLinesModel::Part::Pending, this))
    , m_tablesRefresh(new QTimer(this))
    , m_idle(new IdleSignOut(*this, this))
{
    retranslate();
    m_banner = new OfflineBanner(this);
    m_unsentWork = new UnsentWorkBanner(this);
    m_stack = new QStackedWidget(this);
    m_login = new LoginView(m_stack);
    m_grid = new TableGridView(m_tableModel, m_stack);
    m_order = new OrderView(m_authoritativeLines, m_pendingLines, m_menuModel, m_stack);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_order);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_unsentWork);
    layout->addWidget(m_stack, 1);
    auto* pages = m_stack;
    pages->setContentsMargins(12, 8, 12, 8);
    // The stack is as wide as the page on show needs, not its widest page: the grid leaves a
    // docked history panel the room the order screen would not.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int page = 0; page < m_stack->count(); ++page)
            m_stack->widget(page)->setSizePolicy(
                page == current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                page == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        fitHistoryDock();
    });
    setCentralWidget(central);

    // Managers only (shown at sign-in): a banquet captain fires a course for many tables.
    m_banquetButton = new QPushButton(this);
    m_banquetButton->setObjectName(u"banquetFire"_s);
    m_banquetButton->hide();
    statusBar()->addPermanentWidget(m_banquetButton);
    connect(m_banquetButton, &QPushButton::clicked, this, &MainWindow::openBanquetFire);

    m_login->setServerUrl(m_engine.serverUrl());
    m_banner->setOnline(m_engine.isOnline());
    m_banner->setWaitingSends(m_engine.outboxCount());
    showUnsentWork();

    // Besides the live stream: a grid left open still catches up if a message was missed.
    m_tablesRefresh->setInterval(tablesRefreshMs);
    connect(m_tablesRefresh, &QTimer::timeout, this, [this] {
        if (m_stack->currentWidget() == m_grid)
            m_engine.refreshTables();
    });

    connectEngine();
    connectViews();
}

MainWindow::~MainWindow() = default;

void MainWindow::setStaffNames(const QHash<QString, QString>& names)
{
    m_staffNames = names;
    const QString own = m_engine.staff() ? m_engine.staff()->id : QString();
    m_authoritativeLines->setStaffNames(m_staffNames, own);
    m_pendingLines->setStaffNames(m_staffNames, own);
    m_unsentWork->setStaffNames(m_staffNames);
    m_tableModel->setStaffNames(m_staffNames);
    if (m_history)
        m_history->setStaffNames(m_staffNames);
    if (m_kitchen)
        m_kitchen->setStaffNames(m_staffNames);
}

void MainWindow::setKnownStaff(const QList<Staff>& staff, const QStringList& recent)
{
    m_knownStaff = staff;
    m_recentSignIns = recent;
    m_login->setStaff(m_knownStaff, m_recentSignIns);
    for (const Staff& member : staff)
        m_staffNames.insert(member.id, member.name);
    setStaffNames(m_staffNames);
}

void MainWindow::setIdleSignOut(int ms)
{
    m_idle->setTimeout(ms);
}

void MainWindow::setServerChangeAllowed(bool allowed)
{
    m_serverChangeAllowed = allowed;
}

void MainWindow::setLanguageSwitcher(LanguageSwitcher& switcher)
{
    statusBar()->addPermanentWidget(new LanguagePicker(switcher, this));
}

void MainWindow::setKitchenPrinter(const QString& printerName)
{
    m_kitchenPrinter = printerName;
    if (m_kitchen)
        m_kitchen->setFallbackPrinter(printerName);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Menu names come from the server, in the language asked for (once per switch).
        const QString language = QLocale().name().section(u'_', 0, 0);
        if (m_engine.staff() && language != m_menuLanguage) {
            m_menuLanguage = language;
            m_engine.refreshMenu(language);
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const auto staff = m_engine.staff();
    setWindowTitle(staff ? tr("TableSync — %1").arg(staff->name) : tr("TableSync"));
    if (m_banquetButton)
        m_banquetButton->setText(tr("Fire a course for many tables…"));
}

ConflictDialog* MainWindow::conflictDialog(qint64 orderId) const
{
    return m_conflicts.value(orderId);
}

void MainWindow::signIn(const QString& staffId, const QString& pin)
{
    m_login->setBusy(true);
    m_engine.login(staffId, pin);
}

void MainWindow::openTable(const QString& tableId, qint64 orderId)
{
    m_tableId = tableId;
    m_orderId = orderId;
    m_order->startTable(tableName(orderId), tableSeats(orderId));
    m_tableModel->markSeen(tableId);
    reloadOrder();
    m_stack->setCurrentWidget(m_order);
    m_engine.openOrder(orderId);
    if (m_history)
        m_history->setTable(tableName(orderId), orderId);
}

void MainWindow::showTables()
{
    if (const auto base = m_engine.base(m_orderId))
        m_tableModel->markSeen(m_tableId, base->version);
    m_orderId = 0;
    m_tableId.clear();
    m_authoritativeLines->clear();
    m_pendingLines->clear();
    m_stack->setCurrentWidget(m_grid);
    if (m_history)
        m_history->setTable({}, 0);
    m_engine.refreshTables();
}

void MainWindow::connectEngine()
{
    connect(&m_engine, &SyncEngine::loggedIn, this, [this](const Staff& staff) {
        m_unsentWork->clearMessage();
        m_login->setBusy(false);
        m_login->clearPin();
        m_recentSignIns.removeAll(staff.id);
        m_recentSignIns.prepend(staff.id);
        m_login->setStaff(m_knownStaff, m_recentSignIns);
        m_idle->setArmed(true);
        m_engine.refreshStaff();
        m_staffNames.insert(staff.id, staff.name);
        setStaffNames(m_staffNames);
        if (staff.role == Staff::Role::Kitchen) {
            openKitchen(staff);
            return;
        }
        m_grid->setStaffName(staff.name);
        if (staff.role == Staff::Role::Manager)
            openHistoryPanel();
        else
            closeHistoryPanel();
        m_banquetButton->setVisible(staff.role == Staff::Role::Manager);
        retranslate();
        m_grid->setStatus({});
        m_stack->setCurrentWidget(m_grid);
        m_tablesRefresh->start();
        m_engine.refreshTables();
        m_menuLanguage = QLocale().name().section(u'_', 0, 0);
        m_engine.refreshMenu(m_menuLanguage);
    });
    connect(&m_engine, &SyncEngine::loginFailed, this, [this](const ApiError& error) {
        m_login->setBusy(false);
        m_login->clearPin();
        m_login->setError(WaiterMessages::loginRefused(error));
    });
    connect(&m_engine, &SyncEngine::staffListChanged, this,
            [this] { setKnownStaff(m_engine.staffList(), m_recentSignIns); });
    connect(m_idle, &IdleSignOut::idle, this, [this] {
        if (m_engine.staff())
            m_engine.logout();
    });
    connect(&m_engine, &SyncEngine::loggedOut, this, [this] {
        m_idle->setArmed(false);
        m_tablesRefresh->stop();
        if (m_kitchen)
            m_kitchen->stop();
        closeHistoryPanel();
        m_banquetButton->hide();
        delete m_banquet;
        m_orderId = 0;
        m_login->setBusy(false);
        m_stack->setCurrentWidget(m_login);
        retranslate();
    });
    connect(&m_engine, &SyncEngine::tablesChanged, this, [this] {
        m_tableModel->setTables(m_engine.tables());
        refreshHistory();
        if (m_banquet)
            m_banquet->setTables(m_engine.tables());
        m_grid->setStatus({});
        if (m_orderId != 0)
            m_order->setTable(tableName(m_orderId), tableSeats(m_orderId));
    });
    connect(&m_engine, &SyncEngine::menuChanged, this, [this] {
        m_menuModel->setItems(m_engine.menu());
        if (m_kitchen)
            m_kitchen->setMenu(m_engine.menu());
        const auto names = m_menuModel->itemNames();
        m_authoritativeLines->setItemNames(names);
        m_pendingLines->setItemNames(names);
        if (m_history)
            m_history->setItemNames(names);
    });
    const auto reloadIfCurrent = [this](qint64 orderId) {
        if (orderId == m_orderId)
            reloadOrder();
    };
    connect(&m_engine, &SyncEngine::orderChanged, this, reloadIfCurrent);
    connect(&m_engine, &SyncEngine::orderChanged, this, [this](qint64 orderId) {
        if (const std::optional<Order> base = m_engine.base(orderId))
            m_tableModel->noteOrder(*base);
    });
    connect(&m_engine, &SyncEngine::othersChanged, this, [this](qint64 orderId) {
        if (orderId == m_orderId)
            m_order->setOthersChanged(true);
    });
    connect(&m_engine, &SyncEngine::draftChanged, this, reloadIfCurrent);
    connect(&m_engine, &SyncEngine::busyChanged, this, [this](qint64 orderId, bool busy) {
        if (orderId == m_orderId)
            m_order->setBusy(busy);
    });
    connect(&m_engine, &SyncEngine::sent, this, [this](qint64 orderId, const Order& order) {
        m_tableModel->markSeen(order.tableId, order.version);
        m_tableModel->noteOrder(order);
        if (orderId == m_orderId) {
            m_order->showSent(int(order.items.size()));
        }
        m_engine.refreshTables();
    });
    connect(&m_engine, &SyncEngine::fired, this,
            [this](qint64 orderId, const QList<int>& courses, int lines) {
                if (orderId != m_orderId || courses.isEmpty())
                    return;
                QStringList numbers;
                for (const int course : courses)
                    numbers.append(QString::number(course));
                m_order->showFired(tr("Course %1 is in the kitchen (%n lines).", nullptr, lines)
                                       .arg(numbers.join(u", "_s)));
            });
    connect(&m_engine, &SyncEngine::fireFailed, this,
            [this](qint64 orderId, int course, const ApiError& error) {
                if (orderId == m_orderId)
                    m_order->showResult(OrderView::Result::Error,
                                        WaiterMessages::fireRefused(error, course));
            });
    connect(&m_engine, &SyncEngine::menuAvailabilityChanged, this,
            [this](const QString& menuItemId, bool available) {
                if (!available)
                    announceSoldOut(menuItemId);
            });
    connect(&m_engine, &SyncEngine::conflictDetected, this, &MainWindow::onConflict);
    connect(&m_engine, &SyncEngine::sendFailed, this,
            [this](qint64 orderId, const ApiError& error, const Lines& sent) {
                if (orderId == m_orderId) {
                    m_order->showResult(OrderView::Result::Error,
                                        WaiterMessages::sendRefused(error, sent, m_engine.menu()));
                }
            });
    connect(&m_engine, &SyncEngine::queued, this, [this](qint64 orderId) {
        if (orderId == m_orderId) {
            m_order->showResult(OrderView::Result::Info,
                                tr("No connection. Saved on this tablet; it is sent by itself "
                                   "when the server is back."));
        }
    });
    connect(&m_engine, &SyncEngine::outboxChanged, m_banner, &OfflineBanner::setWaitingSends);
    connect(&m_engine, &SyncEngine::unsentWorkChanged, this, &MainWindow::showUnsentWork);
    connect(&m_engine, &SyncEngine::onlineChanged, m_banner, &OfflineBanner::setOnline);
    connect(&m_engine, &SyncEngine::requestFailed, this,
            [this](const ApiError& error, SyncEngine::Request request) {
                const QString message = WaiterMessages::requestRefused(error, request);
                if (m_stack->currentWidget() == m_order)
                    m_order->showResult(OrderView::Result::Error, message);
                else if (m_stack->currentWidget() == m_grid)
                    m_grid->setStatus(message);
                else if (m_kitchen && m_stack->currentWidget() == m_kitchen->view())
                    m_kitchen->view()->setStatus(message);
                else
                    m_login->setError(message);
            });
}

void MainWindow::connectViews()
{
    connect(m_login, &LoginView::loginRequested, this, &MainWindow::signIn);
    connect(m_unsentWork, &UnsentWorkBanner::discardRequested, this,
            &MainWindow::discardUnsentWork);
    connect(m_login, &LoginView::changeServerRequested, this, &MainWindow::askServerUrl);

    connect(m_grid, &TableGridView::tableChosen, this, &MainWindow::openTable);
    connect(m_grid, &TableGridView::refreshRequested, this, [this] {
        m_grid->setStatus(tr("Refreshing…"));
        m_engine.refreshTables();
    });
    connect(m_grid, &TableGridView::logoutRequested, this, [this] { m_engine.logout(); });

    connect(m_order, &OrderView::backRequested, this, &MainWindow::showTables);
    connect(m_order, &OrderView::addRequested, this,
            [this](const QString& menuItemId, int seat, int course) {
                const QString lineId = m_engine.addLine(m_orderId, menuItemId, seat, 1, {}, course);
                m_order->clearResult();
                m_order->selectLine(lineId);
            });
    connect(m_order, &OrderView::qtyChangeRequested, this,
            [this](const QString& lineId, int qty) { m_engine.setQty(m_orderId, lineId, qty); });
    connect(m_order, &OrderView::seatChangeRequested, this,
            [this](const QString& lineId, int seat) { m_engine.setSeat(m_orderId, lineId, seat); });
    connect(m_order, &OrderView::noteChangeRequested, this,
            [this](const QString& lineId, const QString& note) {
                m_engine.setNote(m_orderId, lineId, note);
            });
    connect(m_order, &OrderView::removeRequested, this,
            [this](const QString& lineId) { m_engine.removeLine(m_orderId, lineId); });
    connect(m_order, &OrderView::discardRequested, this, [this] {
        m_engine.discardDraft(m_orderId);
        m_order->showResult(OrderView::Result::Info, tr("Your changes were discarded."));
    });
    connect(m_order, &OrderView::sendRequested, this, [this] {
        m_order->clearResult();
        m_engine.send(m_orderId);
    });
    connect(m_order, &OrderView::fireCourseRequested, this, [this](int course) {
        m_order->clearResult();
        m_engine.fireCourse(m_orderId, course);
    });
}

void MainWindow::showUnsentWork()
{
    const auto staff = m_engine.staff();
    m_unsentWork->setWork(m_engine.othersUnsentWork(),
                          staff && staff->role == Staff::Role::Manager);
}

void MainWindow::discardUnsentWork(const QString& staffId, const QString& reason)
{
    const Result<WorkDiscard> discarded = m_engine.discardUnsentWork(staffId, reason);
    if (discarded)
        m_unsentWork->showDiscarded(discarded.value());
    else
        m_unsentWork->showError(discarded.error());
}

void MainWindow::reloadOrder()
{
    const std::optional<Order> base = m_engine.base(m_orderId);
    const LineChanges pending = m_engine.pendingChanges(m_orderId);
    QHash<QString, LineSyncState> states;
    for (const LineChange& change : pending)
        states.insert(change.lineId(), m_engine.lineState(m_orderId, change.lineId()));
    m_authoritativeLines->setContent(base ? base->items : Lines{}, pending, states);
    m_pendingLines->setContent(base ? base->items : Lines{}, pending, states);
    m_order->setVersion(base ? base->version : 0);
    m_order->setLineCount(base ? int(base->items.size()) : 0);
    const CoursePlan plan(base ? base->items : Lines{});
    const std::optional<int> waiting = plan.waiting();
    m_order->setWaitingCourse(waiting, waiting ? plan.waitingLines(*waiting) : 0);
    m_order->setDraft(m_engine.draft(m_orderId));
    // Sent, merged or discarded: nothing of this waiter's is left to collide with.
    if (pending.isEmpty())
        m_order->setOthersChanged(false);
}

void MainWindow::onConflict(qint64 orderId, const RebaseDecision& decision,
                            const QList<Event>& theirEvents)
{
    if (ConflictDialog* open = m_conflicts.value(orderId))
        open->deleteLater();
    auto* dialog = new ConflictDialog(tableName(orderId), decision, theirEvents,
                                      m_menuModel->itemNames(), staffNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal: in demo mode the other waiters' windows stay usable.
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(std::min(width() - 40, 1100), std::min(height() - 40, 720));
    m_conflicts.insert(orderId, dialog);
    connect(dialog, &QDialog::finished, this, [this, dialog, orderId](int result) {
        m_conflicts.remove(orderId);
        if (result == QDialog::Accepted) {
            m_engine.confirmRebase(orderId, dialog->decision());
        } else {
            m_engine.cancelRebase(orderId);
            if (orderId == m_orderId) {
                m_order->showResult(OrderView::Result::Info,
                                    tr("Not sent. Your changes are kept on this tablet."));
            }
        }
    });
    dialog->open();
}

void MainWindow::askServerUrl()
{
    if (!m_serverChangeAllowed) {
        m_login->setError(tr("The demo runs its own server; it cannot be changed."));
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Venue server"));
    dialog->setLabelText(tr("Address of the venue's TableSync server:"));
    dialog->setTextValue(m_engine.serverUrl().toString());
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        const QUrl url = QUrl::fromUserInput(text.trimmed());
        if (!url.isValid() || url.scheme().isEmpty() || !url.scheme().startsWith(u"http"_s)) {
            m_login->setError(
                tr("“%1” is not a server address. Try e.g. http://10.0.0.5:8080").arg(text));
            return;
        }
        m_engine.setServerUrl(url);
        m_login->setServerUrl(url);
        m_login->setError({});
        Q_EMIT serverUrlChosen(url);
    });
    dialog->open();
}

QString MainWindow::tableName(qint64 orderId) const
{
    for (const Table& table : m_engine.tables()) {
        if (table.orderId == orderId)
            return table.name;
    }
    return tr("Order %1").arg(orderId);
}

int MainWindow::tableSeats(qint64 orderId) const
{
    for (const Table& table : m_engine.tables()) {
        if (table.orderId == orderId)
            return table.seats;
    }
    return 0;
}

QHash<QString, QString> MainWindow::staffNames() const
{
    return m_staffNames;
}

HistoryPanel* MainWindow::historyPanel() const
{
    return m_history;
}

void MainWindow::openKitchen(const Staff& staff)
{
    closeHistoryPanel();
    if (!m_kitchen) {
        m_kitchen =
            new KitchenScreen(*m_engine.kitchen(), m_engine.printedTickets(), m_clock, m_stack);
        m_kitchen->setFallbackPrinter(m_kitchenPrinter);
        m_kitchen->setStaffNames(m_staffNames);
        m_stack->addWidget(m_kitchen->view());
        connect(m_kitchen, &KitchenScreen::logoutRequested, this, [this] { m_engine.logout(); });
    }
    retranslate();
    m_stack->setCurrentWidget(m_kitchen->view());
    m_kitchen->start(staff.name);
    m_menuLanguage = QLocale().name().section(u'_', 0, 0);
    m_engine.refreshMenu(m_menuLanguage);
}

void MainWindow::openHistoryPanel()
{
    if (m_history)
        return;
    m_history = new HistoryPanel(m_clock, this);
    m_history->setStaffNames(m_staffNames);
    m_history->setItemNames(m_menuModel->itemNames());
    addDockWidget(Qt::RightDockWidgetArea, m_history);
    m_historyFloated = false;
    fitHistoryDock();
    // Rows make the events table's columns, and so the panel, wider: fit again once laid out.
    connect(m_history->shown(), &QAbstractItemModel::rowsInserted, this,
            &MainWindow::fitHistoryDock, Qt::QueuedConnection);
    connect(m_history->shown(), &QAbstractItemModel::modelReset, this, &MainWindow::fitHistoryDock,
            Qt::QueuedConnection);
    m_history->setFeed(m_engine.history());
    connect(m_history, &HistoryPanel::widthChanged, this, [this](int width) {
        if (width == m_historyWidth)
            return;
        m_historyWidth = width;
        Q_EMIT historyWidthChanged(width);
    });
    refreshHistory();
}

void MainWindow::fitHistoryDock()
{
    if (!m_history)
        return;
    const int panelWidth = std::max(m_history->minimumSizeHint().width(),
                                    m_historyWidth > 0 ? m_historyWidth : width() * 2 / 5);
    const int room = std::min(width(), screen()->availableGeometry().width());
    // Only the screen on show counts, all its texts whole: the grid may leave the dock room.
    const int central = m_stack->currentWidget()->sizeHint().width() +
                        m_stack->contentsMargins().left() + m_stack->contentsMargins().right();
    constexpr int separator = 24; // px: the dock's splitter and frames
    if (central + m_history->minimumSizeHint().width() + separator > room) {
        if (m_history->isFloating())
            return;
        // Docked it would push the window off a small tablet's screen: it floats over the
        // window's right edge instead, and docks again on the grid.
        m_historyFloated = true;
        m_history->setFloating(true);
        // A dock that grew with its rows may have pushed the window past the screen.
        if (width() > screen()->availableGeometry().width())
            resize(screen()->availableGeometry().width(), height());
        const QRect window = geometry();
        const int floatingWidth = std::max(panelWidth, window.width() / 2);
        // Below the screen's header row, so its buttons (sign out) stay in reach.
        constexpr int headerRow = 90;
        m_history->setGeometry(window.right() - floatingWidth, window.top() + headerRow,
                               floatingWidth, window.height() - headerRow);
        return;
    }
    if (m_history->isFloating()) {
        if (!m_historyFloated)
            return; // the manager floated it: theirs to dock
        m_historyFloated = false;
        m_history->setFloating(false);
    }
    resizeDocks({m_history}, {std::min(panelWidth, room - central - separator)}, Qt::Horizontal);
    if (width() > screen()->availableGeometry().width())
        resize(screen()->availableGeometry().width(), height());
}

void MainWindow::closeHistoryPanel()
{
    // What a manager read stays off the screen of whoever signs in next.
    m_engine.history()->clear();
    delete m_history;
}

BanquetFireFlow* MainWindow::banquetFire() const
{
    return m_banquet;
}

void MainWindow::openBanquetFire()
{
    if (!m_engine.staff() || m_engine.staff()->role != Staff::Role::Manager)
        return;
    if (!m_banquet) {
        m_banquet = new BanquetFireFlow(*m_engine.banquet(), this);
        connect(m_banquet, &BanquetFireFlow::fired, this, [this] {
            m_engine.refreshTables();
            if (m_orderId != 0)
                m_engine.openOrder(m_orderId);
        });
    }
    m_banquet->open(m_engine.tables());
}

void MainWindow::announceSoldOut(const QString& menuItemId)
{
    if (m_orderId == 0)
        return;
    for (const LineChange& change : m_engine.pendingChanges(m_orderId)) {
        if (change.kind == LineChange::Kind::Added && change.after->menuItemId == menuItemId) {
            m_order->showResult(OrderView::Result::Error,
                                WaiterMessages::soldOutInDraft(
                                    m_menuModel->itemNames().value(menuItemId, menuItemId)));
            return;
        }
    }
}

void MainWindow::refreshHistory()
{
    if (!m_history)
        return;
    QHash<QString, QString> names;
    for (const Table& table : m_engine.tables())
        names.insert(table.id, table.name);
    m_history->setTableNames(names);
    // tablesChanged follows every live update: the moment to read the logs again.
    m_engine.history()->refresh();
}
