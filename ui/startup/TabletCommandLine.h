#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// What `tablesync` was asked to do on its command line.
struct TabletOptions
{
    bool demo = false;
    int waiters = 1; // with demo: how many windows, each signed in as another demo waiter
    bool kitchen = false; // with demo: a kitchen display window next to the waiters'
    QString printer;      // the kitchen's ticket printer for stations without their own
    std::optional<QUrl> server;
    std::optional<QString> pinnedCertificate;
};

// The options of `tablesync`, their help text and their checks.
class TabletCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(TabletCommandLine)
public:
    // Whether a run with these arguments only prints text (help, version or a usage error), so
    // that it needs no display. Asked before the application object exists.
    static bool printsTextOnly(const QStringList& arguments);
    // Prints help or version and exits as QCommandLineParser does; prints a usage error and
    // returns nothing for arguments the app cannot run with.
    static std::optional<TabletOptions> parse(const QStringList& arguments);
};
