#include "MainWindow.h"

#include "BanquetFireButton.h"
#include "HistoryDock.h"
#include "HistoryPanel.h"
#include "IdleSignOut.h"
#include "KitchenScreen.h"
#include "KitchenView.h"
#include "LanguagePicker.h"
#include "LoginView.h"
#include "MenuModel.h"
#include "OfflineBanner.h"
#include "OrderFlow.h"
#include "OrderLinesModel.h"
#include "OrderView.h"
#include "OrderVoidsAndBill.h"
#include "PageStack.h"
#include "SellOutLogModel.h"
#include "SignInFlow.h"
#include "TableGridModel.h"
#include "TableGridView.h"
#include "UnsentWorkBanner.h"
#include "WaiterMessages.h"

#include "client/SyncEngine.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QScreen>
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
    m_stack = new PageStack(this);
    m_history = new HistoryDock(*this, *m_stack, m_clock, *m_engine.history());
    connect(m_history, &HistoryDock::widthChanged, this, &MainWindow::historyWidthChanged);
    m_login = new LoginView(m_stack);
    m_grid = new TableGridView(m_tableModel, m_stack);
    m_order = new OrderView(m_authoritativeLines, m_pendingLines, m_menuModel, m_stack);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_order);
    m_signIn = new SignInFlow(m_engine, *m_login, *this);
    connect(m_signIn, &SignInFlow::serverUrlChosen, this, &MainWindow::serverUrlChosen);
    m_orders = new OrderFlow(m_engine, *m_order, *m_authoritativeLines, *m_pendingLines,
                             *m_menuModel, *this);
    m_voidsAndBill = new OrderVoidsAndBill(m_engine, *m_orders, m_clock, m_order, this);
    connect(m_voidsAndBill, &OrderVoidsAndBill::tableClosed, this, &MainWindow::showTables);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_unsentWork);
    layout->addWidget(m_stack, 1);
    // Not a status bar: that spans the docked history panel too and pushed the window past a
    // 1280x800 screen (issue 16); this row stays under the screens only.
    auto* bottom = new QWidget(central);
    bottom->setObjectName(u"bottomBar"_s);
    m_bottomRow = new QHBoxLayout(bottom);
    m_bottomRow->setContentsMargins(12, 0, 12, 8);
    m_bottomRow->addStretch(1);
    layout->addWidget(bottom);
    auto* pages = m_stack;
    pages->setContentsMargins(12, 8, 12, 8);
    connect(m_stack, &PageStack::pageShown, this, [this] {
        m_history->fit();
        // A taller page before (the login's keypad) left the window past the screen's foot.
        const int screenHeight = screen() ? screen()->availableGeometry().height() : height();
        if (height() > screenHeight)
            resize(width(), screenHeight);
    });
    setCentralWidget(central);

    // Managers only (shown at sign-in): a banquet captain fires a course for many tables.
    m_banquetButton = new BanquetFireButton(*m_engine.banquet(), this, central);
    m_bottomRow->addWidget(m_banquetButton);
    connect(m_banquetButton, &BanquetFireButton::fired, this, [this] {
        m_engine.refreshTables();
        if (m_orders->orderId() != 0)
            m_engine.openOrder(m_orders->orderId());
    });

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
    m_orders->setStaffNames(m_staffNames);
    m_tableModel->setStaffNames(m_staffNames);
    if (m_history->panel())
        m_history->panel()->setStaffNames(m_staffNames);
    if (m_kitchen)
        m_kitchen->setStaffNames(m_staffNames);
}

void MainWindow::setKnownStaff(const QList<Staff>& staff, const QStringList& recent)
{
    m_signIn->setKnownStaff(staff, recent);
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
    m_signIn->setServerChangeAllowed(allowed);
}

void MainWindow::setLanguageSwitcher(LanguageSwitcher& switcher)
{
    m_bottomRow->addWidget(new LanguagePicker(switcher, centralWidget()));
}

void MainWindow::setKitchenPrinter(const QString& printerName)
{
    m_kitchenPrinter = printerName;
    m_voidsAndBill->setPrinterName(printerName); // bills print where tickets do
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
}

ConflictDialog* MainWindow::conflictDialog(qint64 orderId) const
{
    return m_orders->conflictDialog(orderId);
}

qint64 MainWindow::currentOrderId() const
{
    return m_orders->orderId();
}

void MainWindow::signIn(const QString& staffId, const QString& pin)
{
    m_signIn->signIn(staffId, pin);
}

void MainWindow::openTable(const QString& tableId, qint64 orderId)
{
    m_tableId = tableId;
    m_tableModel->markSeen(tableId);
    m_orders->open(orderId);
    m_stack->setCurrentWidget(m_order);
    if (m_history->panel())
        m_history->panel()->setTable(m_orders->tableName(orderId), orderId);
}

void MainWindow::showTables()
{
    if (const auto base = m_engine.base(m_orders->orderId()))
        m_tableModel->markSeen(m_tableId, base->version);
    m_orders->close();
    m_tableId.clear();
    m_stack->setCurrentWidget(m_grid);
    if (m_history->panel())
        m_history->panel()->setTable({}, 0);
    m_engine.refreshTables();
}

void MainWindow::connectEngine()
{
    connect(&m_engine, &SyncEngine::loggedIn, this, [this](const Staff& staff) {
        m_unsentWork->clearMessage();
        // A kitchen display stays signed in: it must keep showing and printing tickets.
        m_idle->setArmed(staff.role != Staff::Role::Kitchen);
        m_engine.refreshStaff();
        m_staffNames.insert(staff.id, staff.name);
        setStaffNames(m_staffNames);
        if (staff.role == Staff::Role::Kitchen) {
            openKitchen(staff);
            return;
        }
        m_grid->setStaffName(staff.name);
        if (staff.role == Staff::Role::Manager) {
            m_history->open(m_staffNames, m_menuModel->itemNames());
            m_history->panel()->setMenu(m_engine.menu(), m_engine.currency());
            refreshHistory();
        } else {
            m_history->close();
        }
        m_banquetButton->setManagerSignedIn(staff.role == Staff::Role::Manager);
        retranslate();
        m_grid->setStatus({});
        m_stack->setCurrentWidget(m_grid);
        m_tablesRefresh->start();
        m_engine.refreshTables();
        m_menuLanguage = QLocale().name().section(u'_', 0, 0);
        m_engine.refreshMenu(m_menuLanguage);
    });
    connect(&m_engine, &SyncEngine::staffListChanged, this,
            [this] { setKnownStaff(m_engine.staffList(), m_signIn->recentSignIns()); });
    connect(m_idle, &IdleSignOut::idle, this, [this] {
        if (m_engine.staff())
            m_engine.logout();
    });
    connect(&m_engine, &SyncEngine::loggedOut, this, [this] {
        m_idle->setArmed(false);
        m_tablesRefresh->stop();
        if (m_kitchen)
            m_kitchen->stop();
        m_history->close();
        m_banquetButton->setManagerSignedIn(false);
        m_orders->close();
        m_stack->setCurrentWidget(m_login);
        retranslate();
    });
    connect(&m_engine, &SyncEngine::tablesChanged, this, [this] {
        m_tableModel->setTables(m_engine.tables());
        refreshHistory();
        m_banquetButton->setTables(m_engine.tables());
        m_grid->setStatus({});
        m_orders->refreshTable();
    });
    connect(&m_engine, &SyncEngine::menuChanged, this, [this] {
        m_menuModel->setItems(m_engine.menu());
        if (m_kitchen)
            m_kitchen->setMenu(m_engine.menu());
        const auto names = m_menuModel->itemNames();
        m_authoritativeLines->setItemNames(names);
        m_pendingLines->setItemNames(names);
        if (m_history->panel()) {
            m_history->panel()->setItemNames(names);
            m_history->panel()->setMenu(m_engine.menu(), m_engine.currency());
        }
    });
    connect(&m_engine, &SyncEngine::menuAvailabilityChanged, this,
            [this](const QString& menuItemId, bool available) {
                if (m_history->panel())
                    m_history->panel()->sellOuts()->record(menuItemId, available);
            });
    connect(&m_engine, &SyncEngine::orderChanged, this, [this](qint64 orderId) {
        if (const std::optional<Order> base = m_engine.base(orderId))
            m_tableModel->noteOrder(*base);
    });
    connect(&m_engine, &SyncEngine::sent, this, [this](qint64, const Order& order) {
        m_tableModel->markSeen(order.tableId, order.version);
        m_tableModel->noteOrder(order);
        m_engine.refreshTables();
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
    connect(m_unsentWork, &UnsentWorkBanner::discardRequested, this,
            &MainWindow::discardUnsentWork);

    connect(m_grid, &TableGridView::tableChosen, this, &MainWindow::openTable);
    connect(m_grid, &TableGridView::refreshRequested, this, [this] {
        m_grid->setStatus(tr("Refreshing…"));
        m_engine.refreshTables();
    });
    connect(m_grid, &TableGridView::logoutRequested, this, [this] { m_engine.logout(); });

    connect(m_order, &OrderView::backRequested, this, &MainWindow::showTables);
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

HistoryPanel* MainWindow::historyPanel() const
{
    return m_history->panel();
}

void MainWindow::setHistoryWidth(int width)
{
    m_history->setWidth(width);
}

void MainWindow::openKitchen(const Staff& staff)
{
    m_history->close();
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

void MainWindow::refreshHistory()
{
    if (!m_history->panel())
        return;
    QHash<QString, QString> names;
    for (const Table& table : m_engine.tables())
        names.insert(table.id, table.name);
    m_history->refresh(names);
}
