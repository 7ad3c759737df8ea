#include "ServerCommandLine.h"

#include "auth/PinHasher.h"
#include "model/JsonCodec.h"
#include "store/VenueCurrency.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

ServerCommand badUsage(ServerCommand command, const QString& message)
{
    command.kind = ServerCommand::Kind::BadUsage;
    command.usageError = message;
    return command;
}

bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (host == "localhost"_L1)
        *address = QHostAddress(QHostAddress::LocalHost);
    else if (!address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

} // namespace

QString ServerCommandLine::defaultDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + u"/tablesync.sqlite"_s;
}

ServerCommand ServerCommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"TableSync venue server: the REST backend the waiters' tablets talk to.\n\n"
        "Admin commands (each on --db):\n"
        "  staff add --id ID --name NAME --role waiter|manager|kitchen --pin PIN\n"
        "  staff remove --id ID\n"
        "  staff list\n"
        "  staff reset-pin --id ID --pin PIN   (their tokens stop working)\n"
        "  settings set --pin-iterations N     (PBKDF2 work factor of new and reset PINs)\n"
        "  settings set --currency CODE        (the venue's ISO 4217 currency, e.g. EUR, TRY;\n"
        "                                       shown in GET /menu and on bills; default EUR)\n"
        "  settings show                       (prints every venue setting)\n"
        "  menu import FILE.json\n"
        "  tables set --count N --seats S\n"
        "  tls init --out DIR   writes DIR/tablesyncd.crt and DIR/tablesyncd.key (a self-signed\n"
        "                       certificate; the key readable by its owner only) and prints the\n"
        "                       SHA-256 fingerprint tablets pin; needs the openssl command\n\n"
        "Plain HTTP is served only on loopback addresses: elsewhere give --tls-cert and\n"
        "--tls-key, or --allow-insecure on a network where nobody else can listen."_s);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version(QStringList{u"v"_s, u"version"_s}, u"Show the version."_s);
    const QCommandLineOption listen(u"listen"_s, u"Address and port to listen on."_s,
                                    u"HOST:PORT"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption db(
        u"db"_s,
        u"SQLite database file (default: in the user's data folder), or a PostgreSQL database "
        "as postgresql://USER@HOST:PORT/DBNAME (password from PGPASSWORD or "
        "--db-password-file)."_s,
        u"PATH|URL"_s);
    const QCommandLineOption passwordFile(
        u"db-password-file"_s,
        u"File whose first line is the PostgreSQL password (instead of PGPASSWORD)."_s, u"FILE"_s);
    const QCommandLineOption seed(u"seed-demo"_s, u"Fill an empty database with the demo venue."_s);
    const QCommandLineOption synchronous(
        u"sqlite-synchronous"_s,
        u"FULL (default: an acknowledged order survives a power cut) or NORMAL (faster)."_s,
        u"MODE"_s, u"FULL"_s);
    const QCommandLineOption tlsCert(
        u"tls-cert"_s, u"PEM certificate: serve HTTPS and WSS (with --tls-key)."_s, u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key of --tls-cert, unencrypted."_s,
                                    u"FILE"_s);
    const QCommandLineOption allowInsecure(
        u"allow-insecure"_s,
        u"Serve plain HTTP on a non-loopback address (PINs and orders readable on the network)."_s);
    const QCommandLineOption out(u"out"_s, u"Folder for the certificate and key (tls init)."_s,
                                 u"DIR"_s);
    const QCommandLineOption id(u"id"_s, u"Staff id (staff add/remove)."_s, u"ID"_s);
    const QCommandLineOption name(u"name"_s, u"Staff member's name (staff add)."_s, u"NAME"_s);
    const QCommandLineOption role(u"role"_s, u"waiter, manager or kitchen (staff add)."_s,
                                  u"ROLE"_s);
    const QCommandLineOption pin(u"pin"_s, u"The member's PIN, digits (staff add)."_s, u"PIN"_s);
    const QCommandLineOption count(u"count"_s, u"Number of tables (tables set)."_s, u"N"_s);
    const QCommandLineOption seats(u"seats"_s, u"Seats per table (tables set)."_s, u"S"_s);
    const QCommandLineOption tokenRate(
        u"token-rate"_s,
        u"Requests per second per login token, and how many at once (default 20/60); 0 turns "
        "the limit off, e.g. for a load generator."_s,
        u"RATE/BURST"_s, u"20/60"_s);
    const QCommandLineOption perAddress(
        u"max-connections-per-address"_s,
        u"Open connections one client address may hold (default 64; 0: no cap). Behind a "
        "reverse proxy every client has the proxy's address."_s,
        u"N"_s, u"64"_s);
    const QCommandLineOption pinIterations(
        u"pin-iterations"_s, u"PBKDF2 iterations for new and reset PINs (settings set)."_s, u"N"_s);
    const QCommandLineOption currency(
        u"currency"_s, u"The venue's ISO 4217 currency code, e.g. TRY (settings set)."_s,
        u"CODE"_s);
    const QCommandLineOption httpThread(
        u"http-thread"_s,
        u"on: HTTP is read and written on a thread of its own, beside the database's; off: both "
        "on one thread; auto (default): on with 4 or more cores."_s,
        u"auto|on|off"_s, u"auto"_s);
    parser.addOptions(
        {httpThread, help,   version,       listen,    db,         passwordFile, seed, synchronous,
         tlsCert,    tlsKey, allowInsecure, out,       id,         name,         role, pin,
         count,      seats,  pinIterations, tokenRate, perAddress, currency});
    parser.addPositionalArgument(u"command"_s, u"An admin command; none runs the server."_s,
                                 u"[staff|menu|tables ...]"_s);

    ServerCommand command;
    command.helpText = parser.helpText();
    if (!parser.parse(arguments))
        return badUsage(command, parser.errorText());
    if (parser.isSet(help)) {
        command.kind = ServerCommand::Kind::Help;
        return command;
    }
    if (parser.isSet(version)) {
        command.kind = ServerCommand::Kind::Version;
        return command;
    }
    command.database = parser.isSet(db) ? parser.value(db) : QString();
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly))
            return badUsage(command, u"Cannot read the --db-password-file %1: %2"_s.arg(
                                         file.fileName(), file.errorString()));
        const QByteArray firstLine = file.readLine();
        command.databasePassword = QString::fromUtf8(firstLine).remove(u'\n').remove(u'\r');
    } else {
        command.databasePassword = qEnvironmentVariable("PGPASSWORD");
    }
    command.synchronous = parser.value(synchronous).toUpper();
    if (command.synchronous != "FULL"_L1 && command.synchronous != "NORMAL"_L1)
        return badUsage(command, u"--sqlite-synchronous must be FULL or NORMAL."_s);
    if (!parseListen(parser.value(listen), &command.address, &command.port))
        return badUsage(command,
                        u"--listen must be HOST:PORT, such as 127.0.0.1:8080 or [::1]:8080."_s);
    command.seedDemo = parser.isSet(seed);
    const QStringList rate = parser.value(tokenRate).split(u'/');
    bool rateOk = false;
    bool burstOk = rate.size() == 1;
    command.tokenRequestsPerSecond = rate.value(0).toDouble(&rateOk);
    if (rate.size() == 2)
        command.tokenBurst = rate.at(1).toInt(&burstOk);
    if (!rateOk || !burstOk || rate.size() > 2 || command.tokenRequestsPerSecond < 0 ||
        command.tokenBurst < 1)
        return badUsage(command, u"--token-rate must be RATE/BURST, such as 20/60, or 0."_s);
    bool perAddressOk = false;
    command.maxConnectionsPerAddress = parser.value(perAddress).toInt(&perAddressOk);
    if (!perAddressOk || command.maxConnectionsPerAddress < 0)
        return badUsage(command, u"--max-connections-per-address must be 0 or more."_s);
    const QString threading = parser.value(httpThread).toLower();
    if (threading == "on"_L1)
        command.httpThread = true;
    else if (threading == "off"_L1)
        command.httpThread = false;
    else if (threading != "auto"_L1)
        return badUsage(command, u"--http-thread must be auto, on or off."_s);
    command.tlsCertificateFile = parser.value(tlsCert);
    command.tlsKeyFile = parser.value(tlsKey);
    if (command.tlsCertificateFile.isEmpty() != command.tlsKeyFile.isEmpty())
        return badUsage(command, u"--tls-cert and --tls-key go together."_s);

    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        if (command.tlsCertificateFile.isEmpty() && !command.address.isLoopback() &&
            !parser.isSet(allowInsecure))
            return badUsage(
                command,
                u"Refusing to serve plain HTTP on %1: anyone on that network could read the "
                "waiters' PINs, tokens and orders. Give --tls-cert FILE --tls-key FILE (make them "
                "with \"tablesyncd tls init --out DIR\"), listen on 127.0.0.1 behind a TLS "
                "proxy, or add --allow-insecure if nobody else can reach this network."_s.arg(
                    command.address.toString()));
        return command;
    }
    const QString verb = words.join(u' ');
    const auto required = [&parser](const QCommandLineOption& option) {
        return parser.isSet(option) && !parser.value(option).isEmpty();
    };
    if (verb == "staff add"_L1) {
        if (!required(id) || !required(name) || !required(role) || !required(pin))
            return badUsage(command, u"staff add needs --id, --name, --role and --pin."_s);
        command.kind = ServerCommand::Kind::StaffAdd;
        command.staffId = parser.value(id);
        command.staffName = parser.value(name);
        command.role = parser.value(role);
        command.pin = parser.value(pin);
        if (!JsonCodec::roleFromName(command.role))
            return badUsage(command, u"--role must be waiter, manager or kitchen."_s);
    } else if (verb == "staff remove"_L1) {
        if (!required(id))
            return badUsage(command, u"staff remove needs --id."_s);
        command.kind = ServerCommand::Kind::StaffRemove;
        command.staffId = parser.value(id);
    } else if (verb == "staff reset-pin"_L1) {
        if (!required(id) || !required(pin))
            return badUsage(command, u"staff reset-pin needs --id and --pin."_s);
        command.kind = ServerCommand::Kind::StaffResetPin;
        command.staffId = parser.value(id);
        command.pin = parser.value(pin);
    } else if (verb == "settings set"_L1) {
        if (!required(pinIterations) && !required(currency))
            return badUsage(command,
                            u"settings set needs --pin-iterations N and/or --currency CODE."_s);
        if (required(pinIterations)) {
            bool ok = false;
            command.pinIterations = parser.value(pinIterations).toInt(&ok);
            if (!ok || command.pinIterations < PinHasher::minimumIterations ||
                command.pinIterations > PinHasher::maximumIterations)
                return badUsage(command, u"settings set needs --pin-iterations N (%1..%2)."_s
                                             .arg(PinHasher::minimumIterations)
                                             .arg(PinHasher::maximumIterations));
        }
        if (required(currency)) {
            command.currency = parser.value(currency);
            if (!VenueCurrency::isCode(command.currency))
                return badUsage(command,
                                u"--currency \"%1\" is not an ISO 4217 code: give three capital "
                                "letters, such as EUR or TRY."_s.arg(command.currency));
        }
        command.kind = ServerCommand::Kind::SettingsSet;
    } else if (verb == "settings show"_L1) {
        command.kind = ServerCommand::Kind::SettingsShow;
    } else if (verb == "staff list"_L1) {
        command.kind = ServerCommand::Kind::StaffList;
    } else if (words.size() == 3 && words.at(0) == "menu"_L1 && words.at(1) == "import"_L1) {
        command.kind = ServerCommand::Kind::MenuImport;
        command.menuFile = words.at(2);
    } else if (verb == "tables set"_L1) {
        bool countOk = false;
        bool seatsOk = false;
        command.tableCount = parser.value(count).toInt(&countOk);
        command.seats = parser.value(seats).toInt(&seatsOk);
        if (!countOk || !seatsOk || command.tableCount < 1 || command.tableCount > 10000 ||
            command.seats < 1 || command.seats > 1000)
            return badUsage(command,
                            u"tables set needs --count N (1..10000) and --seats S (1..1000)."_s);
        command.kind = ServerCommand::Kind::TablesSet;
    } else if (verb == "tls init"_L1) {
        if (!required(out))
            return badUsage(command, u"tls init needs --out DIR."_s);
        command.kind = ServerCommand::Kind::TlsInit;
        command.tlsOutDirectory = parser.value(out);
    } else {
        return badUsage(command, u"Unknown command \"%1\"; see --help."_s.arg(verb));
    }
    return command;
}
