#pragma once

#include "TabletCommandLine.h"
#include "TabletWindows.h"

#include <QObject>

#include <memory>

class DemoVenueLaunch;
class LanguageSwitcher;

// The running tablet app after its command line: the venue's window on the remembered server,
// or a demo venue server first and then the demo windows on it.
class TabletApp : public QObject
{
    Q_OBJECT
public:
    // buildTreeServer: the build tree's tablesyncd, the demo's fallback.
    TabletApp(TabletOptions options, LanguageSwitcher& languages, QString buildTreeServer);
    ~TabletApp() override;

    // False when the app cannot start (already said why); a demo may still fail later, and
    // then ends the event loop with exit code 1.
    bool start();

private:
    bool startVenue();
    void startDemo();

    TabletOptions m_options;
    QString m_buildTreeServer;
    // Declared before the windows, so the demo server outlives the engines that talk to it.
    std::unique_ptr<DemoVenueLaunch> m_demo;
    TabletWindows m_windows;
};
