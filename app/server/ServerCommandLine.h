#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

// What `tablesyncd` was asked to do, read from its command line.
struct ServerCommand
{
    enum class Kind {
        Serve,
        StaffAdd,
        StaffRemove,
        StaffList,
        StaffResetPin,
        SettingsSet,
        SettingsShow,
        MenuImport,
        TablesSet,
        TlsInit,
        Help,
        Version,
        BadUsage
    };

    Kind kind = Kind::Serve;
    QString database;
    QString databasePassword; // PostgreSQL: from --db-password-file or PGPASSWORD
    QString synchronous = QStringLiteral("FULL");
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    bool seedDemo = false;
    QString tlsCertificateFile; // with tlsKeyFile: serve HTTPS/WSS
    QString tlsKeyFile;
    QString tlsOutDirectory; // tls init --out
    QString staffId;
    QString staffName;
    QString role;
    QString pin;
    QString menuFile;
    int tableCount = 0;
    int seats = 0;
    int pinIterations = 0; // settings set --pin-iterations (0: not given)
    QString currency;      // settings set --currency (empty: not given)
    // Serve: requests per second and burst per token (0: no limit), connections per address.
    double tokenRequestsPerSecond = 20.0;
    int tokenBurst = 60;
    int maxConnectionsPerAddress = 64;
    std::optional<bool> httpThread; // --http-thread: nullopt is auto
    QString usageError;             // for BadUsage
    QString helpText;
};

class ServerCommandLine
{
public:
    static ServerCommand parse(const QStringList& arguments);
    // The database file used when --db is not given, its folder created.
    static QString defaultDatabase();
};
