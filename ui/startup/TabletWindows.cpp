#include "TabletWindows.h"

#include "CertificateConfirmation.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "SideBySideWindows.h"
#include "TabletFailure.h"
#include "WaiterMessages.h"

#include "client/SyncEngine.h"
#include "client/TabletSettings.h"
#include "model/DemoStaff.h"

#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

TabletWindows::TabletWindows(LanguageSwitcher& languages)
    : m_languages(languages)
{}

TabletWindows::~TabletWindows() = default;

bool TabletWindows::openVenue(const QUrl& server, const QString& pinnedCertificate)
{
    const QString dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDirectory)) {
        TabletFailure::show(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dataDirectory)));
        return false;
    }
    MainWindow* window =
        open(QDir(dataDirectory).filePath(u"tablet.sqlite"_s), server, pinnedCertificate);
    if (!window)
        return false;
    SyncEngine* engine = m_engines.back().get();
    QObject::connect(window, &MainWindow::serverUrlChosen,
                     [engine, before = server](const QUrl& url) mutable {
                         TabletSettings settings;
                         settings.setServerUrl(url);
                         // Another server has another certificate to confirm.
                         if (url.host() != before.host() || url.port() != before.port()) {
                             settings.forgetCertificateFingerprint();
                             engine->setPinnedCertificate({});
                         }
                         before = url;
                     });
    // Sign-in tiles and the idle time are this tablet's, kept between starts.
    const TabletSettings settings;
    window->setKnownStaff(settings.knownStaff(), settings.recentSignIns());
    window->setIdleSignOut(settings.idleSignOutMinutes() * 60'000);
    window->loginView()->setPinLength(settings.pinLength());
    window->setHistoryWidth(settings.historyPanelWidth());
    QObject::connect(window, &MainWindow::historyWidthChanged,
                     [](int width) { TabletSettings().setHistoryPanelWidth(width); });
    QObject::connect(engine, &SyncEngine::loggedIn,
                     [](const Staff& staff) { TabletSettings().noteSignIn(staff.id); });
    QObject::connect(engine, &SyncEngine::staffListChanged,
                     [engine] { TabletSettings().setKnownStaff(engine->staffList()); });
    auto* confirmation = new CertificateConfirmation(*engine, window);
    QObject::connect(confirmation, &CertificateConfirmation::confirmed,
                     [](const QString& fingerprint) {
                         TabletSettings().setCertificateFingerprint(fingerprint);
                     });
    window->resize(1280, 800);
    window->show();
    return true;
}

bool TabletWindows::openDemo(const QUrl& server, const QString& folder, int waiters, bool kitchen)
{
    QList<DemoStaff::Member> staff = DemoStaff::waiters();
    QHash<QString, QString> staffNames;
    for (const DemoStaff::Member& member : DemoStaff::members())
        staffNames.insert(member.staff.id, member.staff.name);
    staff = staff.mid(0, waiters);
    for (const DemoStaff::Member& member : DemoStaff::members()) {
        if (kitchen && member.staff.role == Staff::Role::Kitchen) {
            staff.append(member); // the chef's display, last: to the right of the waiters
            break;
        }
    }
    const int windows = int(staff.size());
    for (int i = 0; i < windows; ++i) {
        const DemoStaff::Member& member = staff.at(i);
        const QString file = QDir(folder).filePath(
            u"tablet-%1.sqlite"_s.arg(windows > 1 ? member.staff.id : u"demo"_s));
        MainWindow* window = open(file, server, {});
        if (!window)
            return false;
        window->setStaffNames(staffNames);
        window->setServerChangeAllowed(false);
        // Every demo PIN has four digits: a name and four taps sign in.
        window->loginView()->setPinLength(int(member.pin.size()));
        if (windows == 1) {
            QList<Staff> tiles;
            for (const DemoStaff::Member& known : DemoStaff::members())
                tiles.append(known.staff);
            window->setKnownStaff(tiles, {});
            window->resize(1280, 800);
            window->show();
            continue;
        }
        window->setGeometry(SideBySideWindows::geometry(
            i, windows, QGuiApplication::primaryScreen()->availableGeometry()));
        window->show();
        window->signIn(member.staff.id, member.pin);
    }
    return true;
}

MainWindow* TabletWindows::open(const QString& localFile, const QUrl& server,
                                const QString& pinnedCertificate)
{
    auto engine = std::make_unique<SyncEngine>(localFile);
    if (const Result<void> opened = engine->open(); !opened) {
        // The sentence in the waiter's language; core's detail (the file, the driver's words)
        // after it for whoever fixes the tablet.
        TabletFailure::show(WaiterMessages::reason(opened.error()) + u'\n' +
                            opened.error().message);
        return nullptr;
    }
    engine->setServerUrl(server);
    engine->setPinnedCertificate(pinnedCertificate);
    auto window = std::make_unique<MainWindow>(*engine);
    window->setLanguageSwitcher(m_languages);
    window->setKitchenPrinter(m_kitchenPrinter);
    m_engines.push_back(std::move(engine));
    m_windows.push_back(std::move(window));
    return m_windows.back().get();
}
