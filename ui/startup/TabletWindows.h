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
    // `waiters` windows on the demo server, their files in folder; more than one window are laid
    // side by side, each signed in as the next demo waiter.
    bool openDemo(const QUrl& server, const QString& folder, int waiters);

private:
    MainWindow* open(const QString& localFile, const QUrl& server,
                     const QString& pinnedCertificate);

    LanguageSwitcher& m_languages;
    // Windows are declared last so they go first: each holds its engine by reference.
    std::vector<std::unique_ptr<SyncEngine>> m_engines;
    std::vector<std::unique_ptr<MainWindow>> m_windows;
};
