// tablesyncd-designs: the venue server with a choice of write design, for the benchmark's
// side-by-side runs only. Built with -DTABLESYNC_BENCH_DESIGNS=ON, never installed or packaged;
// the shipped tablesyncd has no such choice. Same store, auth, routes and HTTP as tablesyncd.

#include "WriteDesignRouter.h"

#include "api/ApiRoutes.h"
#include "auth/Authenticator.h"
#include "http/HttpServerAdapter.h"
#include "store/DemoVenue.h"
#include "store/GroupCommit.h"
#include "store/StoreFactory.h"

#include "model/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString& text)
{
    std::fputs((u"tablesyncd-designs: "_s + text + u'\n').toLocal8Bit().constData(), stderr);
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"tablesyncd with a write design, for benchmarks only."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"SQLite database file or postgresql:// URL."_s,
                                u"PATH|URL"_s);
    const QCommandLineOption listen(u"listen"_s, u"127.0.0.1:PORT"_s, u"HOST:PORT"_s,
                                    u"127.0.0.1:8080"_s);
    const QCommandLineOption seed(u"seed-demo"_s, u"Fill an empty database with the demo venue."_s);
    const QCommandLineOption synchronous(u"sqlite-synchronous"_s, u"FULL or NORMAL."_s, u"MODE"_s,
                                         u"FULL"_s);
    const QCommandLineOption design(u"write-design"_s, u"guarded, lww or pessimistic."_s,
                                    u"DESIGN"_s, u"guarded"_s);
    // Accepted so that the bench starts both servers alike; this server never limits tokens.
    const QCommandLineOption tokenRate(u"token-rate"_s, u"Ignored: no per-token limit here."_s,
                                       u"N"_s);
    parser.addOptions({db, listen, seed, synchronous, design, tokenRate});
    parser.process(app);

    const QString designName = parser.value(design);
    WriteDesignRouter::Design chosen = WriteDesignRouter::Design::Guarded;
    if (designName == "lww"_L1)
        chosen = WriteDesignRouter::Design::LastWriteWins;
    else if (designName == "pessimistic"_L1)
        chosen = WriteDesignRouter::Design::Pessimistic;
    else if (designName != "guarded"_L1)
        return fail(u"--write-design must be guarded, lww or pessimistic."_s);
    const QString listenText = parser.value(listen);
    const QHostAddress address(listenText.section(u':', 0, 0));
    const quint16 port = quint16(listenText.section(u':', 1, 1).toUInt());

    Clock& clock = Clock::system();
    StoreOptions options;
    options.synchronous = parser.value(synchronous);
    Result<OpenedStore> opened = StoreFactory::open(parser.value(db), options, clock);
    if (!opened.ok())
        return fail(opened.error().message);
    const std::unique_ptr<OrderStore> storage = std::move(opened.value().store);
    OrderStore& store = *storage;
    if (parser.isSet(seed)) {
        if (Result<void> seeded = DemoVenue::seed(store, clock.nowMs()); !seeded.ok())
            return fail(seeded.error().message);
    }
    Authenticator auth(store, clock, 12LL * 3600 * 1000);
    ApiRoutes routes(store, auth, clock, 0, 0);
    WriteDesignRouter router(chosen, routes, store);
    // The same group commit as tablesyncd, so the designs differ only in what a PATCH asks.
    GroupCommit commits(store);
    HttpServerAdapter http(ConnectionLimits{}, [&router](const HttpRequest& request) {
        return router.handle(request);
    });
    http.holdAnswersFor(commits, &HttpResponse::storageFailureAnswer);
    Result<quint16> bound = http.listenOn(address, port);
    if (!bound.ok())
        return fail(bound.error().message);
    std::printf("tablesyncd-designs (%s) listening on http://%s:%u/api/v1\n",
                qPrintable(designName), qPrintable(address.toString()), unsigned(bound.value()));
    std::fflush(stdout);
    const int code = QCoreApplication::exec();
    (void)commits.commitNow();
    http.stop();
    store.close();
    return code;
}
