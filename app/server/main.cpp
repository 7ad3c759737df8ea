#include "AdminCommands.h"
#include "HeapReuse.h"
#include "ServerCommandLine.h"
#include "ShutdownSignals.h"

#include "http/RequestLog.h"
#include "http/SelfSignedCertificate.h"
#include "store/PostgresUrl.h"
#include "VenueServer.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

// One write per line: a line written whole does not interleave with another process's on a
// shared stderr.
void printLine(FILE* stream, const QString& text)
{
    QByteArray line = text.toLocal8Bit();
    line.append('\n');
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stream);
    std::fflush(stream);
}

// The database as the log may show it: a PostgreSQL URL without its password.
QString shownDatabase(const QString& database)
{
    if (!PostgresUrl::isPostgres(database))
        return database;
    Result<PostgresUrl> url = PostgresUrl::parse(database);
    return url.ok() ? url->displayed() : u"(an invalid PostgreSQL URL)"_s;
}

int serve(const ServerCommand& command)
{
    ServerOptions options;
    options.database = command.database;
    options.databasePassword = command.databasePassword;
    options.synchronous = command.synchronous;
    options.tlsCertificateFile = command.tlsCertificateFile;
    options.tlsKeyFile = command.tlsKeyFile;
    options.tokenRequestsPerSecond = command.tokenRequestsPerSecond;
    options.tokenBurst = command.tokenBurst;
    options.maxConnectionsPerAddress = command.maxConnectionsPerAddress;
    options.httpThread = command.httpThread;
    VenueServer server(options);
    if (Result<void> opened = server.open(); !opened.ok()) {
        printLine(stderr, u"tablesyncd: "_s + opened.error().message);
        return 1;
    }
    if (command.seedDemo) {
        if (Result<void> seeded = server.seedDemo(); !seeded.ok()) {
            printLine(stderr,
                      u"tablesyncd: cannot seed the demo venue: "_s + seeded.error().message);
            return 1;
        }
    }
    Result<quint16> port = server.listen(command.address, command.port);
    if (!port.ok()) {
        printLine(stderr, u"tablesyncd: "_s + port.error().message);
        return 1;
    }
    RequestLog requestLog(stderr, Clock::system());
    QObject::connect(&server, &VenueServer::requestServed, &requestLog, &RequestLog::record);

    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, qApp, [](int number) {
        printLine(stderr, u"tablesyncd: signal %1, shutting down"_s.arg(number));
        QCoreApplication::quit();
    });
    const QString host = command.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + command.address.toString() + u']'
                             : command.address.toString();
    const bool tls = !server.tlsFingerprint().isEmpty();
    printLine(stdout,
              u"tablesyncd %1 listening on %2://%3:%4/api/v1 (database %5)"_s
                  .arg(QCoreApplication::applicationVersion(), tls ? u"https"_s : u"http"_s, host)
                  .arg(port.value())
                  .arg(shownDatabase(options.database)));
    if (tls)
        printLine(stdout,
                  u"tablesyncd: certificate SHA-256 fingerprint "_s + server.tlsFingerprint());
    // Venue IT comparing two machines' figures sees which heap served them.
    printLine(stdout, u"tablesyncd: heap allocator "_s + HeapReuse::allocatorName());
    const int code = QCoreApplication::exec();
    server.close();
    return code;
}

int initTls(const QString& directory)
{
    Result<QString> fingerprint = SelfSignedCertificate::create(directory);
    if (!fingerprint) {
        printLine(stderr, u"tablesyncd: "_s + fingerprint.error().message);
        return 1;
    }
    const QDir folder(directory);
    const QString certificate =
        QDir::toNativeSeparators(folder.filePath(SelfSignedCertificate::certificateFileName()));
    const QString key =
        QDir::toNativeSeparators(folder.filePath(SelfSignedCertificate::keyFileName()));
    printLine(stdout,
              u"Wrote %1 and %2 (the key readable by its owner only)."_s.arg(certificate, key));
    printLine(stdout, u"SHA-256 fingerprint: "_s + fingerprint.value());
    printLine(stdout, u"Serve with --tls-cert %1 --tls-key %2; a tablet trusts this server once a "
                      "manager confirms that fingerprint (or when started with --pin-cert)."_s.arg(
                          certificate, key));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    HeapReuse::keepFreedMemory();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"TableSync"_s);
    QCoreApplication::setApplicationName(u"tablesyncd"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TABLESYNC_VERSION));

    ServerCommand command = ServerCommandLine::parse(QCoreApplication::arguments());
    switch (command.kind) {
    case ServerCommand::Kind::Help:
        printLine(stdout, command.helpText);
        return 0;
    case ServerCommand::Kind::Version:
        printLine(stdout, u"tablesyncd "_s + QCoreApplication::applicationVersion());
        return 0;
    case ServerCommand::Kind::BadUsage:
        printLine(stderr, u"tablesyncd: "_s + command.usageError);
        return 2;
    default:
        break;
    }
    if (command.kind == ServerCommand::Kind::TlsInit)
        return initTls(command.tlsOutDirectory);
    if (command.database.isEmpty())
        command.database = ServerCommandLine::defaultDatabase();
    if (command.kind == ServerCommand::Kind::Serve)
        return serve(command);

    Result<QString> done = AdminCommands::run(command, Clock::system());
    if (!done.ok()) {
        printLine(stderr, u"tablesyncd: "_s + done.error().message);
        return 1;
    }
    if (!done.value().isEmpty())
        printLine(stdout, done.value());
    return 0;
}
