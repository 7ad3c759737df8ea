#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class LanguageSwitcher;
class MainWindow;
class SyncEngine;

// The tablet's windows, each with the sync engine on its own local file. A venue tablet has
// one window on the remembered server; a demo has one per demo waiter.
class TabletWindows
{
    Q_DECLARE_TR_FUNCTIONS(TabletWindows)
public:
    explicit TabletWindows(LanguageSwitcher& languages);
    ~TabletWindows();

    // One window on the venue's server; the server and certificate chosen in it are remembered.
    // False, after saying why, when the local file cannot be opened.
    bool openVenue(const QUrl& server, const QString& pinnedCertificate);
    // `waiters` windows on the demo server, their files in folder, and with `kitchen` a kitchen
    // display signed in as the demo chef; more than one window are laid side by side, each
    // signed in as the next demo waiter.
    bool openDemo(const QUrl& server, const QString& folder, int waiters, bool kitchen = false);
    // The kitchen's printer where a station has none (`--printer`), for windows opened next.
    void setKitchenPrinter(const QString& printerName) { m_kitchenPrinter = printerName; }

private:
    MainWindow* open(const QString& localFile, const QUrl& server,
                     const QString& pinnedCertificate);

    LanguageSwitcher& m_languages;
    QString m_kitchenPrinter;
    // Windows are declared last so they go first: each holds its engine by reference.
    std::vector<std::unique_ptr<SyncEngine>> m_engines;
    std::vector<std::unique_ptr<MainWindow>> m_windows;
};
