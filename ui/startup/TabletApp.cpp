#include "TabletApp.h"

#include "DemoVenueLaunch.h"
#include "TabletFailure.h"

#include "client/TabletSettings.h"

#include <QCoreApplication>

TabletApp::TabletApp(TabletOptions options, LanguageSwitcher& languages, QString buildTreeServer)
    : m_options(std::move(options))
    , m_buildTreeServer(std::move(buildTreeServer))
    , m_windows(languages)
{
    m_windows.setKitchenPrinter(m_options.printer);
}

TabletApp::~TabletApp() = default;

bool TabletApp::start()
{
    if (!m_options.demo)
        return startVenue();
    startDemo();
    return true;
}

bool TabletApp::startVenue()
{
    TabletSettings settings;
    if (m_options.pinnedCertificate)
        settings.setCertificateFingerprint(*m_options.pinnedCertificate);
    if (m_options.server)
        settings.setServerUrl(*m_options.server);
    return m_windows.openVenue(settings.serverUrl(), settings.certificateFingerprint());
}

void TabletApp::startDemo()
{
    // The demo trusts no certificate, but --pin-cert is remembered as on a venue tablet.
    if (m_options.pinnedCertificate)
        TabletSettings().setCertificateFingerprint(*m_options.pinnedCertificate);
    m_demo = std::make_unique<DemoVenueLaunch>(m_buildTreeServer);
    connect(m_demo.get(), &DemoVenueLaunch::ready, this, [this](const QUrl& server) {
        if (!m_windows.openDemo(server, m_demo->folder(), m_options.waiters, m_options.kitchen))
            QCoreApplication::exit(1);
    });
    connect(m_demo.get(), &DemoVenueLaunch::failed, this, [](const QString& message) {
        TabletFailure::show(message);
        QCoreApplication::exit(1);
    });
    connect(m_demo.get(), &DemoVenueLaunch::canceled, this, [] { QCoreApplication::exit(0); });
    m_demo->start();
}
