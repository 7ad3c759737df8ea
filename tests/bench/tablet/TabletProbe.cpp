#include "TabletProbe.h"

#include "PaintWatch.h"
#include "ProcessMemory.h"

#include "CertificateConfirmation.h"
#include "LanguageSwitcher.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "OrderView.h"
#include "TableGridModel.h"
#include "TableGridView.h"
#include "TabletStartup.h"

#include "client/SyncEngine.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace {

// CPU time of this process (all threads) since it started.
double cpuMilliseconds()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

} // namespace

TabletProbe::TabletProbe(QApplication& app, Options options)
    : m_app(app)
    , m_options(std::move(options))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(m_options.timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(u"no populated table grid within %1 ms"_s.arg(m_options.timeoutMs)); });
}

// The window goes before its engine, as in main().
TabletProbe::~TabletProbe()
{
    m_window.reset();
    m_engine.reset();
}

Result<void> TabletProbe::start()
{
    m_deadline.start();
    // The same steps, in the same order, as app/tablet/main.cpp for a tablet (not --demo).
    QCoreApplication::setApplicationName(u"tablesync"_s);
    QCoreApplication::setOrganizationName(u"TableSync"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TABLESYNC_VERSION));
    m_languages = std::make_unique<LanguageSwitcher>();
    TabletStartup::restoreLanguage(*m_languages);
    TabletStartup::applyLook(m_app);

    m_engine = std::make_unique<SyncEngine>(m_options.localDatabase);
    if (Result<void> opened = m_engine->open(); !opened)
        return opened;
    m_engine->setServerUrl(m_options.server);
    m_engine->setPinnedCertificate({});

    m_window = std::make_unique<MainWindow>(*m_engine);
    m_window->setLanguageSwitcher(*m_languages);
    new CertificateConfirmation(*m_engine, m_window.get());

    connect(m_engine.get(), &SyncEngine::loggedIn, this, [this] { report("signed-in"); });
    connect(m_engine.get(), &SyncEngine::loginFailed, this,
            [this](const ApiError& error) { fail(u"sign-in failed: "_s + error.message); });
    connect(m_engine.get(), &SyncEngine::requestFailed, this,
            [this](const ApiError& error, SyncEngine::Request) { fail(error.message); });

    // Report once control is back in the event loop, i.e. after the painting event finished:
    // a posted call, which runs before any timer that is due by then.
    auto* login = new PaintWatch(m_window->loginView(), {}, this);
    connect(login, &PaintWatch::painted, this, [this] {
        afterThisEvent([this] {
            report("login-screen");
            signInOnKeypad();
        });
    });
    QListView* grid = m_window->tableGridView()->grid();
    auto* populated = new PaintWatch(
        grid->viewport(),
        [this] { return m_window->tableGridModel()->rowCount() >= m_options.tables; }, this);
    connect(populated, &PaintWatch::painted, this, [this] {
        afterThisEvent([this] {
            // CPU time next to the wall time: on a loaded machine the two part ways.
            report("grid tables=" + QByteArray::number(m_window->tableGridModel()->rowCount()) +
                   " cpu_ms=" + QByteArray::number(cpuMilliseconds(), 'f', 1));
            openFirstTable();
        });
    });

    m_window->resize(1280, 800);
    m_window->show();
    return {};
}

void TabletProbe::afterThisEvent(const std::function<void()>& call)
{
    QMetaObject::invokeMethod(this, call, Qt::QueuedConnection);
}

void TabletProbe::signInOnKeypad()
{
    // What a waiter's fingers do: type the id, tap the PIN on the keypad, tap Sign in.
    LoginView* login = m_window->loginView();
    auto* staffId = login->findChild<QLineEdit*>(u"staffId"_s);
    auto* signIn = login->findChild<QPushButton*>(u"primary"_s);
    if (!staffId || !signIn)
        return fail(u"the login screen has no staff id field or Sign in button"_s);
    staffId->setText(m_options.staffId);
    for (const QChar digit : m_options.pin) {
        auto* key = login->findChild<QPushButton*>(u"key"_s + digit);
        if (!key)
            return fail(u"the keypad has no key %1"_s.arg(digit));
        key->click();
    }
    signIn->click();
}

void TabletProbe::openFirstTable()
{
    const QModelIndex first = m_window->tableGridModel()->index(0, 0);
    m_openedOrder = first.data(TableGridModel::OrderIdRole).toLongLong();
    auto* order = new PaintWatch(
        m_window->orderView(), [this] { return m_orderLoaded; }, this);
    connect(order, &PaintWatch::painted, this,
            [this] { afterThisEvent([this] { reportMemory(); }); });
    connect(m_engine.get(), &SyncEngine::orderChanged, this, [this](qint64 orderId) {
        if (orderId != m_openedOrder || m_orderLoaded)
            return;
        m_orderLoaded = true;
        // Its lines are in the view now; paint them once more before memory is read.
        m_window->orderView()->update();
    });
    // What a tap on the tile does (TableGridView::tableChosen).
    m_window->openTable(first.data(TableGridModel::TableIdRole).toString(), m_openedOrder);
}

void TabletProbe::reportMemory()
{
    const ProcessMemory memory = ProcessMemory::current();
    report("memory rss_kib=" + QByteArray::number(memory.residentKib) +
           " hwm_kib=" + QByteArray::number(memory.peakKib));
    m_deadline.stop();
    QCoreApplication::exit(0);
}

void TabletProbe::report(const QByteArray& line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void TabletProbe::fail(const QString& message)
{
    report("error " + message.toUtf8());
    m_deadline.stop();
    QCoreApplication::exit(1);
}
