#include "TabletCommandLine.h"

#include "TabletFailure.h"

#include "client/CertificatePin.h"
#include "model/DemoStaff.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString serverName = u"server"_s;
const QString demoName = u"demo"_s;
const QString waitersName = u"waiters"_s;
const QString pinName = u"pin-cert"_s;
const QString kitchenName = u"kitchen"_s;
const QString printerName = u"printer"_s;

// The parser with every option; its texts are in the language installed when it is made.
void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(TabletCommandLine::tr(
        "TableSync for waiters: take orders on shared tables without losing items."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(
        {{serverName,
          TabletCommandLine::tr("The venue's TableSync server, e.g. http://10.0.0.5:8080 "
                                "(remembered for next time)."),
          u"URL"_s},
         {demoName, TabletCommandLine::tr("Start a demo venue server (tablesyncd, installed "
                                          "next to this app) on a temporary database.")},
         {waitersName,
          TabletCommandLine::tr("With --demo: open N windows side by side, each signed in as "
                                "another demo waiter (1-4)."),
          u"N"_s, u"1"_s},
         {kitchenName, TabletCommandLine::tr("With --demo: also open a kitchen display, signed "
                                             "in as the demo chef, next to the waiters.")},
         {printerName,
          TabletCommandLine::tr("Print kitchen tickets on this printer where a station has "
                                "none chosen in the kitchen display's settings."),
          u"NAME"_s},
         {pinName,
          TabletCommandLine::tr("Trust the https server whose certificate has this SHA-256 "
                                "fingerprint, as tablesyncd printed it (remembered for next "
                                "time)."),
          u"SHA256"_s}});
}

} // namespace

bool TabletCommandLine::printsTextOnly(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(arguments))
        return true;
    return parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s) || parser.isSet(u"version"_s) ||
           !parser.positionalArguments().isEmpty();
}

std::optional<TabletOptions> TabletCommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser);
    parser.process(arguments);

    if (!parser.positionalArguments().isEmpty()) {
        TabletFailure::print(tr("tablesync takes options only; it does not know “%1”.")
                                 .arg(parser.positionalArguments().join(u' ')));
        return std::nullopt;
    }
    TabletOptions options;
    options.demo = parser.isSet(demoName);
    const qsizetype demoWaiters = DemoStaff::waiters().size();
    bool countOk = false;
    options.waiters = parser.value(waitersName).toInt(&countOk);
    if (parser.isSet(waitersName) && !options.demo) {
        TabletFailure::print(tr("--waiters needs --demo."));
        return std::nullopt;
    }
    if (!countOk || options.waiters < 1 || options.waiters > demoWaiters) {
        TabletFailure::print(tr("--waiters must be a number from 1 to %1.").arg(demoWaiters));
        return std::nullopt;
    }
    options.kitchen = parser.isSet(kitchenName);
    if (options.kitchen && !options.demo) {
        TabletFailure::print(tr("--kitchen needs --demo; a venue's kitchen display signs in "
                                "with a kitchen login."));
        return std::nullopt;
    }
    if (parser.isSet(printerName)) {
        options.printer = parser.value(printerName).trimmed();
        if (options.printer.isEmpty()) {
            TabletFailure::print(tr("--printer needs the name of a printer."));
            return std::nullopt;
        }
    }
    if (options.demo && parser.isSet(serverName)) {
        TabletFailure::print(tr("--demo runs its own server; leave out --server."));
        return std::nullopt;
    }
    if (parser.isSet(serverName)) {
        const QUrl url = QUrl::fromUserInput(parser.value(serverName));
        if (!url.isValid() || !url.scheme().startsWith(u"http"_s)) {
            TabletFailure::print(tr("“%1” is not a server address.").arg(parser.value(serverName)));
            return std::nullopt;
        }
        options.server = url;
    }
    if (parser.isSet(pinName)) {
        options.pinnedCertificate = CertificatePin::parse(parser.value(pinName));
        if (!options.pinnedCertificate) {
            TabletFailure::print(tr("--pin-cert must be a SHA-256 fingerprint: 64 hex digits, "
                                    "colons allowed, such as tablesyncd printed."));
            return std::nullopt;
        }
    }
    return options;
}
