// tablesync-bench: the banquet load generator. Without --url it starts its own tablesyncd on
// a temporary database with the demo venue and adds waiters with the admin CLI.

#include "BanquetRun.h"
#include "EventLogPrefill.h"
#include "ServerProcess.h"

#include "model/DemoStaff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

// The demo venue's waiters and PINs, as tablesyncd --seed-demo seeds them.
QList<QPair<QString, QString>> demoWaiters()
{
    QList<QPair<QString, QString>> staff;
    for (const DemoStaff::Member& waiter : DemoStaff::waiters())
        staff.append({waiter.staff.id, waiter.pin});
    return staff;
}

void print(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString& text)
{
    std::fputs((u"tablesync-bench: "_s + text + u'\n').toLocal8Bit().constData(), stderr);
    return 2;
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tablesync-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Banquet load generator for tablesyncd: C waiters add lines to T tables for D seconds "
        "with guarded writes, rebasing on 409, then every acknowledged line is looked up."_s);
    parser.addHelpOption();
    const QCommandLineOption waiters(u"waiters"_s, u"Simulated waiters (C)."_s, u"C"_s, u"4"_s);
    const QCommandLineOption tables(u"tables"_s, u"Tables in play (T)."_s, u"T"_s, u"1"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Measured seconds (D)."_s, u"D"_s, u"10"_s);
    const QCommandLineOption url(u"url"_s, u"A running tablesyncd (else one is started)."_s,
                                 u"URL"_s);
    const QCommandLineOption store(u"store"_s, u"sqlite (default) or postgresql."_s, u"STORE"_s,
                                   u"sqlite"_s);
    const QCommandLineOption database(
        u"database"_s,
        u"With --store postgresql: the postgresql:// URL of an EMPTY database for the started "
        "server."_s,
        u"URL"_s);
    const QCommandLineOption synchronous(u"sqlite-synchronous"_s,
                                         u"FULL (default) or NORMAL for the started server."_s,
                                         u"MODE"_s, u"FULL"_s);
    const QCommandLineOption design(
        u"write-design"_s,
        u"guarded (default); lww or pessimistic need a TABLESYNC_BENCH_DESIGNS build."_s,
        u"DESIGN"_s, u"guarded"_s);
    const QCommandLineOption tablesyncd(u"tablesyncd"_s, u"The tablesyncd to start."_s, u"PATH"_s,
                                        QStringLiteral(TABLESYNCD_PATH));
    const QCommandLineOption linesPerOrder(
        u"lines-per-order"_s, u"Close an order at this many lines."_s, u"N"_s, u"100"_s);
    const QCommandLineOption staff(
        u"staff"_s, u"id:pin,... to log in with (a --url venue's waiters)."_s, u"LIST"_s);
    const QCommandLineOption liveUpdates(
        u"live-updates"_s,
        u"Waiters see every order as soon as any reply showed it (the live stream)."_s);
    const QCommandLineOption serverArgument(
        u"server-arg"_s, u"One more argument for the started server (repeatable)."_s, u"ARG"_s);
    const QCommandLineOption allowLoss(u"allow-loss"_s,
                                       u"Exit 0 even when lines were lost (for lww)."_s);
    const QCommandLineOption venueTables(
        u"venue-tables"_s,
        u"Give the started server's venue N tables first (the demo has 60); at least T."_s, u"N"_s);
    const QCommandLineOption prefillEvents(
        u"prefill-events"_s,
        u"SQLite only: append N events to the log of tables not in play before the run (needs "
        "--venue-tables above T)."_s,
        u"N"_s);
    parser.addOptions({waiters, tables, seconds, url, store, database, synchronous, design,
                       tablesyncd, linesPerOrder, staff, liveUpdates, serverArgument, allowLoss,
                       venueTables, prefillEvents});
    parser.process(app);

    BanquetRun::Options options;
    options.waiters = parser.value(waiters).toInt();
    options.tables = parser.value(tables).toInt();
    options.linesPerOrder = parser.value(linesPerOrder).toInt();
    options.liveUpdates = parser.isSet(liveUpdates);
    const double duration = parser.value(seconds).toDouble();
    if (options.waiters < 1 || options.tables < 1 || duration <= 0 || options.linesPerOrder < 2)
        return fail(u"--waiters, --tables, --seconds and --lines-per-order must be positive."_s);
    const bool postgres = parser.value(store) == "postgresql"_L1;
    if (!postgres && parser.value(store) != "sqlite"_L1)
        return fail(u"--store must be sqlite or postgresql, not %1."_s.arg(parser.value(store)));
    if (postgres && !parser.isSet(url) && !parser.value(database).startsWith("postgresql://"_L1))
        return fail(u"--store postgresql needs --database postgresql://... (an empty database)."_s);
    const QString writeDesign = parser.value(design);
    const int venueTableCount = parser.isSet(venueTables) ? parser.value(venueTables).toInt() : 0;
    const qint64 prefillCount =
        parser.isSet(prefillEvents) ? parser.value(prefillEvents).toLongLong() : 0;
    if (parser.isSet(venueTables) && (venueTableCount < options.tables || venueTableCount > 10000))
        return fail(u"--venue-tables must be from T (%1) to 10000, not %2."_s.arg(options.tables)
                        .arg(parser.value(venueTables)));
    if (parser.isSet(prefillEvents) &&
        (prefillCount < 1 || postgres || parser.isSet(url) || venueTableCount <= options.tables))
        return fail(u"--prefill-events wants a positive count, a started SQLite server and "
                    "--venue-tables above --tables."_s);
    if (parser.isSet(venueTables) && parser.isSet(url))
        return fail(u"--venue-tables works on a started server, not on --url."_s);

    QTemporaryDir directory;
    std::unique_ptr<ServerProcess> server;
    if (parser.isSet(url)) {
        const QUrl target(parser.value(url));
        options.host = target.host();
        options.port = quint16(target.port(80));
        options.staff = demoWaiters();
        if (parser.isSet(staff)) {
            options.staff.clear();
            for (const QString& entry : parser.value(staff).split(u',', Qt::SkipEmptyParts)) {
                const QStringList parts = entry.split(u':');
                if (parts.size() != 2)
                    return fail(u"--staff wants id:pin,id:pin"_s);
                options.staff.append({parts.at(0), parts.at(1)});
            }
        }
    } else {
        ServerProcess::Options serverOptions;
        serverOptions.program = parser.value(tablesyncd);
        serverOptions.database =
            postgres ? parser.value(database) : directory.filePath(u"bench.sqlite"_s);
        serverOptions.synchronous = parser.value(synchronous).toUpper();
        if (parser.isSet(design)) {
#ifdef TABLESYNCD_DESIGNS_PATH
            // All designs, the guarded one too, from the same server for a fair comparison.
            serverOptions.adminProgram = serverOptions.program;
            serverOptions.program = QStringLiteral(TABLESYNCD_DESIGNS_PATH);
            serverOptions.extraArguments = {u"--write-design"_s, writeDesign};
#else
            if (writeDesign != "guarded"_L1)
                return fail(
                    u"--write-design %1 needs a build with TABLESYNC_BENCH_DESIGNS=ON."_s.arg(
                        writeDesign));
#endif
        }
        serverOptions.extraArguments << parser.values(serverArgument);
        server = std::make_unique<ServerProcess>(serverOptions);
        Result<quint16> port = server->start();
        if (!port.ok())
            return fail(port.error().message);
        options.port = port.value();
        if (venueTableCount > 0) {
            if (Result<void> set = server->setTables(venueTableCount); !set.ok())
                return fail(set.error().message);
        }
        options.staff = demoWaiters();
        for (int i = int(options.staff.size()); i < options.waiters; ++i) {
            const QString id = u"bench%1"_s.arg(i + 1, 2, 10, QChar(u'0'));
            if (Result<void> added =
                    server->addWaiter(id, u"Bench waiter %1"_s.arg(i + 1), u"1234"_s);
                !added.ok())
                return fail(added.error().message);
            options.staff.append({id, u"1234"_s});
        }
    }

    // synchronous is an SQLite setting; PostgreSQL runs with its own defaults.
    const QString syncMode = postgres ? u"n/a"_s : parser.value(synchronous).toUpper();
    BanquetRun run(options);
    if (Result<void> prepared = run.prepare(); !prepared.ok())
        return fail(prepared.error().message);
    if (prefillCount > 0) {
        QElapsedTimer filling;
        filling.start();
        const Result<qint64> filled = EventLogPrefill::run(directory.filePath(u"bench.sqlite"_s),
                                                           prefillCount, run.ledger().tableIds);
        if (!filled.ok())
            return fail(filled.error().message);
        print(u"prefilled %1 events in %2 s"_s.arg(filled.value())
                  .arg(double(filling.elapsed()) / 1000.0, 0, 'f', 1));
    }
    const double serverCpuBefore = server ? server->cpuSeconds() : -1;
    run.runFor(duration);
    const double serverCpuAfter = server ? server->cpuSeconds() : -1;
    const double serverPeakMiB = server ? server->peakResidentMiB() : -1;
    Result<BanquetResult> checked = run.check(options.host, options.port);
    if (!checked.ok())
        return fail(checked.error().message);
    const BanquetResult& r = checked.value();

    const double serverCpu =
        serverCpuBefore >= 0 ? (serverCpuAfter - serverCpuBefore) / r.seconds * 100 : -1;
    print(u"design %1, store %2 (synchronous=%3): %4 waiters on %5 tables for %6 s%7"_s
              .arg(writeDesign, parser.value(store), syncMode)
              .arg(r.waiters)
              .arg(r.tables)
              .arg(number(r.seconds))
              .arg(options.liveUpdates ? u", live updates"_s : QString()));
    print(u"  successful writes/s %1, conflicts/s %2, add latency p50 %3 ms, p95 %4 ms, p99 %5 ms"_s
              .arg(number(r.writesPerSecond()), number(r.conflictsPerSecond()), number(r.p50Ms, 2),
                   number(r.p95Ms, 2), number(r.p99Ms, 2)));
    print(u"  round trips per add: mean %1, in the slowest 1 % of adds %2"_s.arg(
        number(r.meanRoundTrips, 2), number(r.slowestRoundTrips, 2)));
    print(u"  per waiter: %1 to %2 adds; %3 adds unfinished as the window closed, the oldest "
          "waiting %4 ms"_s.arg(r.fewestWaiterAdds)
              .arg(r.mostWaiterAdds)
              .arg(r.unfinishedAdds)
              .arg(number(r.oldestUnfinishedMs, 1)));
    print(u"  generator CPU %1 %, server CPU %2 %, orders closed %3, failed adds %4%5"_s
              .arg(number(r.clientCpuSeconds / r.seconds * 100),
                   serverCpu >= 0 ? number(serverCpu) : u"n/a"_s)
              .arg(r.closes)
              .arg(r.failures)
              .arg(r.lastFailure.isEmpty() ? QString() : u" (last: "_s + r.lastFailure + u')'));
    print(u"  check: acknowledged %1, stored %2, lost=%3, missing add events %4, unacknowledged "
          "lines %5, rebases that asked %6"_s.arg(r.acknowledgedLines)
              .arg(r.storedLines)
              .arg(r.lost)
              .arg(r.missingAddEvents)
              .arg(r.unacknowledgedLines)
              .arg(r.unsettledRebases));
    print(u"RESULT design=%1 store=%2 synchronous=%3 waiters=%4 tables=%5 seconds=%6 adds=%7 "
          "writes_per_s=%8 conflicts_per_s=%9 p50_ms=%10 p95_ms=%11 p99_ms=%12 lost=%13 "
          "missing_add_events=%14 failures=%15 client_cpu_pct=%16 server_cpu_pct=%17 "
          "mean_list_lines=%18 live_updates=%19"_s.arg(writeDesign, parser.value(store), syncMode)
              .arg(r.waiters)
              .arg(r.tables)
              .arg(number(r.seconds, 2))
              .arg(r.adds)
              .arg(number(r.writesPerSecond()), number(r.conflictsPerSecond()), number(r.p50Ms, 2),
                   number(r.p95Ms, 2), number(r.p99Ms, 2))
              .arg(r.lost)
              .arg(r.missingAddEvents)
              .arg(r.failures)
              .arg(number(r.clientCpuSeconds / r.seconds * 100),
                   serverCpu >= 0 ? number(serverCpu) : u"-1"_s)
              .arg(number(r.meanListLines))
              .arg(options.liveUpdates ? 1 : 0)
          // Appended so readers of the older fields keep working.
          + u" venue_tables=%1 prefilled_events=%2 server_peak_rss_mib=%3"_s.arg(venueTableCount)
                .arg(prefillCount)
                .arg(serverPeakMiB >= 0 ? number(serverPeakMiB) : u"-1"_s) +
          u" round_trips_mean=%1 round_trips_slowest=%2"_s.arg(number(r.meanRoundTrips, 2),
                                                               number(r.slowestRoundTrips, 2)) +
          u" waiter_adds_min=%1 waiter_adds_max=%2 unfinished_adds=%3 unfinished_oldest_ms=%4"_s
              .arg(r.fewestWaiterAdds)
              .arg(r.mostWaiterAdds)
              .arg(r.unfinishedAdds)
              .arg(number(r.oldestUnfinishedMs, 1)));
    if (server)
        server->stop();
    const bool intact = r.lost == 0 && r.missingAddEvents == 0;
    if (r.adds == 0)
        return 1;
    return intact || parser.isSet(allowLoss) ? 0 : 1;
}
