#include "CertificateConfirmation.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "TabletStartup.h"

#include "client/CertificatePin.h"
#include "client/SyncEngine.h"
#include "server/VenueServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

struct DemoWaiter
{
    QString id;
    QString name;
    QString pin;
};

// The demo venue's waiters (VenueServer::seedDemo()).
const QList<DemoWaiter>& demoWaiters()
{
    static const QList<DemoWaiter> waiters{{u"ayse"_s, u"Ayşe"_s, u"1111"_s},
                                           {u"mehmet"_s, u"Mehmet"_s, u"2222"_s},
                                           {u"elif"_s, u"Elif"_s, u"3333"_s},
                                           {u"can"_s, u"Can"_s, u"4444"_s}};
    return waiters;
}

// The SHA-256 fingerprint of the server certificate this tablet trusts.
const QString certificateKey = QStringLiteral("server/certificate_sha256");

int fail(const QString& message)
{
    std::fprintf(stderr, "tablesync: %s\n", qPrintable(message));
    return 1;
}

// A tablet whose local file failed to open cannot keep drafts: say so and stop.
int failInWindow(const QString& message)
{
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "TableSync"), message);
    return fail(message);
}

// Lays N windows out side by side (two per row beyond two) on the primary screen. Where the
// screen is too small for that, the windows overlap in a cascade so each keeps a usable size
// and a visible title; a click brings one to the front.
QRect windowGeometry(int index, int count)
{
    constexpr int minimumWidth = 1000;
    constexpr int minimumHeight = 700;
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    const int columns = count <= 2 ? count : 2;
    const int rows = (count + columns - 1) / columns;
    const int width = screen.width() / columns;
    const int height = screen.height() / rows;
    if (width >= minimumWidth && height >= minimumHeight) {
        return {screen.left() + (index % columns) * width,
                screen.top() + (index / columns) * height, width, height};
    }
    const int cascadeWidth = std::min(screen.width(), std::max(minimumWidth, width));
    const int cascadeHeight = std::min(screen.height(), std::max(minimumHeight, height));
    const int stepX = count > 1 ? (screen.width() - cascadeWidth) / (count - 1) : 0;
    const int stepY = count > 1 ? std::min(40, (screen.height() - cascadeHeight) / (count - 1)) : 0;
    return {screen.left() + index * stepX, screen.top() + index * stepY, cascadeWidth,
            cascadeHeight};
}

// --help and --version print text only, so they must also work without a display.
bool wantsTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" ||
            argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> application =
        wantsTextOnly(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                  : std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(u"tablesync"_s);
    QCoreApplication::setOrganizationName(u"TableSync"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TABLESYNC_VERSION));

    LanguageSwitcher languages;
    TabletStartup::restoreLanguage(languages);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "TableSync for waiters: take orders on shared tables without losing items."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        u"server"_s,
        QCoreApplication::translate("main", "The venue's TableSync server, e.g. "
                                            "http://10.0.0.5:8080 (remembered for next time)."),
        u"URL"_s);
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate(
                       "main", "Run a demo venue server inside the app on a temporary database."));
    const QCommandLineOption waitersOption(
        u"waiters"_s,
        QCoreApplication::translate("main", "With --demo: open N windows side by side, each "
                                            "signed in as another demo waiter (1-4)."),
        u"N"_s, u"1"_s);
    const QCommandLineOption pinOption(
        u"pin-cert"_s,
        QCoreApplication::translate(
            "main", "Trust the https server whose certificate has this SHA-256 fingerprint, as "
                    "tablesyncd printed it (remembered for next time)."),
        u"SHA256"_s);
    parser.addOptions({serverOption, demoOption, waitersOption, pinOption});
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    bool countOk = false;
    const int waiters = parser.value(waitersOption).toInt(&countOk);
    if (parser.isSet(waitersOption) && !demo)
        return fail(QCoreApplication::translate("main", "--waiters needs --demo."));
    if (!countOk || waiters < 1 || waiters > demoWaiters().size())
        return fail(QCoreApplication::translate("main", "--waiters must be a number from 1 to %1.")
                        .arg(demoWaiters().size()));
    if (demo && parser.isSet(serverOption))
        return fail(QCoreApplication::translate("main", "--demo runs its own server; leave out "
                                                        "--server."));

    TabletStartup::applyLook(static_cast<QApplication&>(app));

    // Destroyed in reverse: windows, then engines, then the demo server, then its files.
    std::unique_ptr<QTemporaryDir> demoDirectory;
    std::unique_ptr<VenueServer> demoServer;
    std::vector<std::unique_ptr<SyncEngine>> engines;
    std::vector<std::unique_ptr<MainWindow>> windows;

    QString pinnedCertificate;
    if (parser.isSet(pinOption)) {
        const std::optional<QString> pin = CertificatePin::parse(parser.value(pinOption));
        if (!pin)
            return fail(QCoreApplication::translate(
                "main", "--pin-cert must be a SHA-256 fingerprint: 64 hex digits, "
                        "colons allowed, such as tablesyncd printed."));
        pinnedCertificate = *pin;
        QSettings().setValue(certificateKey, pinnedCertificate);
    } else if (!demo) {
        pinnedCertificate = QSettings().value(certificateKey).toString();
    }

    QUrl serverUrl;
    if (demo) {
        demoDirectory = std::make_unique<QTemporaryDir>(
            QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                .filePath(u"tablesync-demo-XXXXXX"_s));
        if (!demoDirectory->isValid())
            return fail(QCoreApplication::translate("main", "Cannot create a temporary folder: %1")
                            .arg(demoDirectory->errorString()));
        ServerOptions options;
        options.database = demoDirectory->filePath(u"venue.sqlite"_s);
        demoServer = std::make_unique<VenueServer>(options);
        if (const Result<void> opened = demoServer->open(); !opened)
            return fail(opened.error().message);
        if (const Result<void> seeded = demoServer->seedDemo(); !seeded)
            return fail(seeded.error().message);
        const Result<quint16> port = demoServer->listen(QHostAddress::LocalHost, 0);
        if (!port)
            return fail(port.error().message);
        serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port.value()));
        std::fprintf(stdout, "tablesync: demo venue server on %s\n",
                     qPrintable(serverUrl.toString()));
    } else {
        QSettings settings;
        if (parser.isSet(serverOption)) {
            serverUrl = QUrl::fromUserInput(parser.value(serverOption));
            if (!serverUrl.isValid() || !serverUrl.scheme().startsWith(u"http"_s))
                return fail(QCoreApplication::translate("main", "“%1” is not a server address.")
                                .arg(parser.value(serverOption)));
            settings.setValue(u"server/url"_s, serverUrl);
        } else {
            serverUrl = settings.value(u"server/url"_s).toUrl();
        }
    }

    const int windowCount = demo ? waiters : 1;
    QHash<QString, QString> staffNames;
    for (const DemoWaiter& waiter : demoWaiters())
        staffNames.insert(waiter.id, waiter.name);
    for (int i = 0; i < windowCount; ++i) {
        QString localFile;
        if (demo) {
            localFile = demoDirectory->filePath(
                u"tablet-%1.sqlite"_s.arg(waiters > 1 ? demoWaiters().at(i).id : u"demo"_s));
        } else {
            const QString dataDirectory =
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            if (!QDir().mkpath(dataDirectory))
                return failInWindow(
                    QCoreApplication::translate("main", "Cannot create the folder %1.")
                        .arg(QDir::toNativeSeparators(dataDirectory)));
            localFile = QDir(dataDirectory).filePath(u"tablet.sqlite"_s);
        }
        auto engine = std::make_unique<SyncEngine>(localFile);
        if (const Result<void> opened = engine->open(); !opened)
            return failInWindow(opened.error().message);
        engine->setServerUrl(serverUrl);
        engine->setPinnedCertificate(pinnedCertificate);

        auto window = std::make_unique<MainWindow>(*engine);
        window->setLanguageSwitcher(languages);
        if (demo) {
            window->setStaffNames(staffNames);
            window->setServerChangeAllowed(false);
        } else {
            SyncEngine* tablet = engine.get();
            QObject::connect(window.get(), &MainWindow::serverUrlChosen,
                             [tablet, before = serverUrl](const QUrl& url) mutable {
                                 QSettings().setValue(u"server/url"_s, url);
                                 // Another server has another certificate to confirm.
                                 if (url.host() != before.host() || url.port() != before.port()) {
                                     QSettings().remove(certificateKey);
                                     tablet->setPinnedCertificate({});
                                 }
                                 before = url;
                             });
            auto* confirmation = new CertificateConfirmation(*engine, window.get());
            QObject::connect(confirmation, &CertificateConfirmation::confirmed,
                             [](const QString& fingerprint) {
                                 QSettings().setValue(certificateKey, fingerprint);
                             });
        }
        if (demo && waiters > 1) {
            const DemoWaiter& waiter = demoWaiters().at(i);
            window->setGeometry(windowGeometry(i, waiters));
            window->show();
            window->signIn(waiter.id, waiter.pin);
        } else {
            window->resize(1280, 800);
            window->show();
        }
        engines.push_back(std::move(engine));
        windows.push_back(std::move(window));
    }
    return app.exec();
}
