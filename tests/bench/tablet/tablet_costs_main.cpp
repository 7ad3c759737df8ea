// tablesync-tablet-costs: what the tablet app costs a waiter's tablet. Cold start of the real
// app (a child process of this one) to a painted grid of 60 tables, its resident memory with a
// table's order open, and the time to open the conflict dialog on a 500-line order. Linux only.
#include "BanquetConflict.h"
#include "PaintWatch.h"
#include "ServerProcess.h"
#include "TabletProbe.h"

#include "ConflictDialog.h"
#include "LanguageSwitcher.h"
#include "TabletStartup.h"

#include "model/DemoStaff.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

const char* const tabletModeFlag = "--tablet-child";

void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "tablesync-tablet-costs: %s\n", qPrintable(message));
    return 1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double maximum(const QList<double>& values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

// Qt takes -platform/--platform out of argv itself, so it is read before QApplication exists;
// the environment carries it to the tablet children as well.
QByteArray platformBeforeStart(int argc, char* argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--platform" || argument == "-platform")
            return argv[i + 1];
        if (argument.startsWith("--platform="))
            return argument.mid(int(qstrlen("--platform=")));
    }
    const QByteArray fromEnvironment = qgetenv("QT_QPA_PLATFORM");
    return fromEnvironment.isEmpty() ? QByteArray("offscreen") : fromEnvironment;
}

bool isTabletChild(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], tabletModeFlag) == 0)
            return true;
    }
    return false;
}

int runTabletChild(QApplication& app)
{
    QCommandLineParser parser;
    const QCommandLineOption child(QString::fromLatin1(tabletModeFlag).mid(2));
    const QCommandLineOption server(u"server"_s, {}, u"URL"_s);
    const QCommandLineOption staff(u"staff"_s, {}, u"ID"_s);
    const QCommandLineOption pin(u"pin"_s, {}, u"PIN"_s);
    const QCommandLineOption localDatabase(u"local-db"_s, {}, u"FILE"_s);
    const QCommandLineOption tables(u"tables"_s, {}, u"N"_s, u"60"_s);
    parser.addOptions({child, server, staff, pin, localDatabase, tables});
    parser.process(app);
    TabletProbe::Options options;
    options.server = QUrl(parser.value(server));
    options.staffId = parser.value(staff);
    options.pin = parser.value(pin);
    options.localDatabase = parser.value(localDatabase);
    options.tables = parser.value(tables).toInt();
    TabletProbe probe(app, options);
    if (const Result<void> started = probe.start(); !started) {
        std::fprintf(stdout, "error %s\n", qPrintable(started.error().message));
        return 1;
    }
    return app.exec();
}

struct ColdStart
{
    double loginScreenMs = 0;
    double signedInMs = 0;
    double gridMs = 0;
    double gridCpuMs = 0; // the child's own CPU time up to the painted grid
    double residentMib = 0;
    double peakMib = 0;
};

// One cold start of the tablet app: from QProcess::start to the child's "grid" line.
Result<ColdStart> coldStart(const QUrl& server, const DemoStaff::Member& waiter, int tables,
                            const QByteArray& platform)
{
    // Fresh settings and data folders, so nothing of a previous run (or of the user) is reused.
    QTemporaryDir home;
    if (!home.isValid())
        return ApiError{ErrorCode::HarnessFailed, u"Cannot create a temporary folder."_s, {}};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, QString::fromLocal8Bit(platform));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QString::fromLatin1(tabletModeFlag), u"--server"_s, server.toString(),
                        u"--staff"_s, waiter.staff.id, u"--pin"_s, waiter.pin, u"--local-db"_s,
                        home.filePath(u"tablet.sqlite"_s), u"--tables"_s, QString::number(tables)});

    ColdStart measured;
    QString error;
    QByteArray pending;
    QElapsedTimer clock;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        error = u"the tablet child did not finish within 60 s"_s;
        child.kill();
    });
    QObject::connect(&child, &QProcess::readyReadStandardOutput, &loop, [&] {
        const double at = double(clock.nsecsElapsed()) / 1e6;
        pending += child.readAllStandardOutput();
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QByteArray line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            if (line == "login-screen") {
                measured.loginScreenMs = at;
            } else if (line == "signed-in") {
                measured.signedInMs = at;
            } else if (line.startsWith("grid ")) {
                measured.gridMs = at;
                const qsizetype cpu = line.indexOf("cpu_ms=");
                if (cpu >= 0)
                    measured.gridCpuMs = line.mid(cpu + 7).toDouble();
            } else if (line.startsWith("memory ")) {
                for (const QByteArray& field : line.split(' ')) {
                    if (field.startsWith("rss_kib="))
                        measured.residentMib = field.mid(8).toDouble() / 1024;
                    else if (field.startsWith("hwm_kib="))
                        measured.peakMib = field.mid(8).toDouble() / 1024;
                }
            } else if (line.startsWith("error ")) {
                error = QString::fromUtf8(line.mid(6));
            }
        }
    });
    QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&child, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError) {
        if (child.state() == QProcess::NotRunning) {
            error = child.errorString();
            loop.quit();
        }
    });
    deadline.start(60'000);
    clock.start();
    child.start();
    loop.exec();
    if (error.isEmpty() && (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0))
        error = u"the tablet child exited with %1"_s.arg(child.exitCode());
    if (error.isEmpty() && (measured.gridMs <= 0 || measured.residentMib <= 0))
        error = u"the tablet child reported no grid or no memory"_s;
    if (!error.isEmpty()) {
        return ApiError{ErrorCode::HarnessFailed,
                        error + u"\n"_s +
                            QString::fromLocal8Bit(child.readAllStandardError()).trimmed(),
                        {}};
    }
    return measured;
}

// Construction, show and first paint of the real ConflictDialog, at the size MainWindow gives
// it on a 1280×800 tablet.
struct DialogOpening
{
    double wallMs = 0;
    double cpuMs = 0;
};

Result<DialogOpening> openConflictDialog(const BanquetConflict& conflict)
{
    const std::clock_t cpuAtStart = std::clock();
    QElapsedTimer clock;
    clock.start();
    auto dialog =
        std::make_unique<ConflictDialog>(u"Table 12"_s, conflict.decision, conflict.theirEvents,
                                         conflict.itemNames, conflict.staffNames);
    auto* table = dialog->findChild<QTableView*>(u"conflictRows"_s);
    if (!table)
        return ApiError{
            ErrorCode::HarnessFailed, u"The conflict dialog has no table of rows."_s, {}};
    PaintWatch painted(table->viewport());
    dialog->resize(1100, 720);
    dialog->show();
    QElapsedTimer waited;
    waited.start();
    QTimer wake;
    wake.start(50);
    // The event that delivers the paint returns only after the whole window was drawn.
    while (!painted.seen() && waited.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const DialogOpening opening{double(clock.nsecsElapsed()) / 1e6,
                                double(std::clock() - cpuAtStart) * 1000.0 / CLOCKS_PER_SEC};
    if (!painted.seen())
        return ApiError{
            ErrorCode::HarnessFailed, u"The conflict dialog was not painted within 10 s."_s, {}};
    dialog.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return opening;
}

} // namespace

int main(int argc, char* argv[])
{
    const QByteArray platform = platformBeforeStart(argc, argv);
    qputenv("QT_QPA_PLATFORM", platform);
    QApplication app(argc, argv);
    if (isTabletChild(argc, argv))
        return runTabletChild(app);
    QCoreApplication::setApplicationName(u"tablesync-tablet-costs"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures the tablet app's costs against a tablesyncd it starts on a fresh demo venue: "
        "cold start of the real app (a child process) to a painted grid of 60 tables, its "
        "resident memory with one table's order open, and construction + show + first paint of "
        "the conflict dialog for a 500-line order. Prints a summary line starting with TABLET."_s);
    parser.addHelpOption();
    const QCommandLineOption runs(u"runs"_s, u"Cold starts to time (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption platformOption(
        u"platform"_s,
        u"Qt platform plugin for the app and the dialog (default: $QT_QPA_PLATFORM, else "
        "offscreen); xcb needs a display, e.g. under xvfb-run -a."_s,
        u"NAME"_s);
    const QCommandLineOption tablesyncd(u"tablesyncd"_s,
                                        u"The tablesyncd to start (default: the one built "
                                        "alongside)."_s,
                                        u"PATH"_s, QStringLiteral(TABLESYNCD_PATH));
    const QCommandLineOption dialogRuns(
        u"dialog-runs"_s, u"Conflict dialog openings to time (default 20)."_s, u"N"_s, u"20"_s);
    const QCommandLineOption lines(u"lines"_s, u"Lines of the conflicted order (default 500)."_s,
                                   u"N"_s, u"500"_s);
    QCommandLineOption child(QString::fromLatin1(tabletModeFlag).mid(2));
    child.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({runs, platformOption, tablesyncd, dialogRuns, lines, child});
    parser.process(app);

    bool ok = false;
    const int runCount = parser.value(runs).toInt(&ok);
    if (!ok || runCount < 1)
        return fail(u"--runs must be a positive number."_s);
    const int dialogRunCount = parser.value(dialogRuns).toInt(&ok);
    if (!ok || dialogRunCount < 1)
        return fail(u"--dialog-runs must be a positive number."_s);
    const int lineCount = parser.value(lines).toInt(&ok);
    if (!ok || lineCount < 100)
        return fail(u"--lines must be a number of at least 100."_s);
    constexpr int demoTables = 60;

    QTemporaryDir serverDirectory;
    if (!serverDirectory.isValid())
        return fail(u"Cannot create a temporary folder."_s);
    ServerProcess::Options serverOptions;
    serverOptions.program = parser.value(tablesyncd);
    serverOptions.database = serverDirectory.filePath(u"venue.sqlite"_s);
    ServerProcess server(serverOptions);
    const Result<quint16> port = server.start();
    if (!port)
        return fail(port.error().message);
    const QUrl serverUrl(u"http://127.0.0.1:%1"_s.arg(port.value()));
    say(u"tablesyncd (demo venue, %1 tables) on %2; platform %3"_s.arg(demoTables)
            .arg(serverUrl.toString(), QString::fromLocal8Bit(platform)));

    QList<double> gridTimes;
    QList<double> gridCpuTimes;
    QList<double> loginTimes;
    QList<double> signInTimes; // from the login screen to the server's answer
    QList<double> tablesTimes; // from the server's answer to the painted grid
    double resident = 0;
    double peak = 0;
    for (int run = 0; run < runCount; ++run) {
        const DemoStaff::Member& waiter =
            DemoStaff::waiters().at(run % DemoStaff::waiters().size());
        const Result<ColdStart> measured = coldStart(serverUrl, waiter, demoTables, platform);
        if (!measured)
            return fail(u"cold start %1: %2"_s.arg(run + 1).arg(measured.error().message));
        gridTimes.append(measured.value().gridMs);
        gridCpuTimes.append(measured.value().gridCpuMs);
        loginTimes.append(measured.value().loginScreenMs);
        signInTimes.append(measured.value().signedInMs - measured.value().loginScreenMs);
        tablesTimes.append(measured.value().gridMs - measured.value().signedInMs);
        resident = std::max(resident, measured.value().residentMib);
        peak = std::max(peak, measured.value().peakMib);
        say(u"  cold start %1 (%2): login screen %3 ms, grid of %4 painted %5 ms, "
            "(app CPU %8 ms), VmRSS %6 MiB, VmHWM %7 MiB"_s.arg(run + 1)
                .arg(waiter.staff.id)
                .arg(number(measured.value().loginScreenMs))
                .arg(demoTables)
                .arg(number(measured.value().gridMs), number(measured.value().residentMib),
                     number(measured.value().peakMib), number(measured.value().gridCpuMs)));
    }
    server.stop();
    say(u"cold start to a painted grid of %1 tables (process start, Qt init, sign-in, "
        "GET /tables): median %2 ms, max %3 ms over %4 runs; login screen: median %5 ms; "
        "the app's own CPU time to the grid: median %6 ms"_s.arg(demoTables)
            .arg(number(median(gridTimes)), number(maximum(gridTimes)))
            .arg(runCount)
            .arg(number(median(loginTimes)), number(median(gridCpuTimes))));
    say(u"  of which: start to login screen median %1 ms; login screen to signed in (keypad, "
        "POST /login with the server's PIN hash) median %2 ms; signed in to the painted grid "
        "(GET /tables) median %3 ms"_s.arg(number(median(loginTimes)), number(median(signInTimes)),
                                           number(median(tablesTimes))));
    say(u"resident memory with the grid and one order open (highest of the runs): VmRSS %1 MiB, "
        "VmHWM %2 MiB"_s.arg(number(resident), number(peak)));

    // In this process: the app's look and language, as the tablet has them.
    LanguageSwitcher languages;
    languages.setLanguage(u"en"_s);
    TabletStartup::applyLook(app);
    const BanquetConflict conflict = BanquetConflict::make(lineCount);
    QList<double> dialogTimes;
    QList<double> dialogCpuTimes;
    for (int run = 0; run < dialogRunCount; ++run) {
        const Result<DialogOpening> opened = openConflictDialog(conflict);
        if (!opened)
            return fail(opened.error().message);
        dialogTimes.append(opened.value().wallMs);
        dialogCpuTimes.append(opened.value().cpuMs);
    }
    say(u"conflict dialog on %1 lines (%2 of theirs, %3 of mine, %4 conflicts): construct + "
        "show + first paint median %5 ms, max %6 ms (first %7 ms) over %8 runs; CPU median %9 ms"_s
            .arg(conflict.decision.current().size())
            .arg(conflict.decision.theirChanges().size())
            .arg(conflict.decision.myChanges().size())
            .arg(conflict.decision.conflicts().size())
            .arg(number(median(dialogTimes)), number(maximum(dialogTimes)),
                 number(dialogTimes.first()))
            .arg(dialogRunCount)
            .arg(number(median(dialogCpuTimes))));

    say(u"TABLET cold_start_median_ms=%1 cold_start_max_ms=%2 login_screen_median_ms=%3 "
        "rss_mib=%4 hwm_mib=%5 dialog_open_median_ms=%6 dialog_open_max_ms=%7 runs=%8 "
        "platform=%9"_s
            .arg(number(median(gridTimes)), number(maximum(gridTimes)), number(median(loginTimes)),
                 number(resident), number(peak), number(median(dialogTimes)),
                 number(maximum(dialogTimes)))
            .arg(runCount)
            .arg(QString::fromLocal8Bit(platform)));
    return 0;
}
