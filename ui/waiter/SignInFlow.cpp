#include "SignInFlow.h"

#include "LoginView.h"
#include "ServerAddressDialog.h"
#include "WaiterMessages.h"

#include "client/SyncEngine.h"

SignInFlow::SignInFlow(SyncEngine& engine, LoginView& login, QWidget& window)
    : QObject(&window)
    , m_engine(engine)
    , m_login(login)
    , m_window(window)
{
    m_login.setServerUrl(m_engine.serverUrl());
    connect(&m_login, &LoginView::loginRequested, this, &SignInFlow::signIn);
    connect(&m_login, &LoginView::changeServerRequested, this, &SignInFlow::askServerUrl);
    connect(&m_engine, &SyncEngine::loggedIn, this, &SignInFlow::signedIn);
    connect(&m_engine, &SyncEngine::loginFailed, this, [this](const ApiError& error) {
        m_login.setBusy(false);
        m_login.clearPin();
        m_login.setError(WaiterMessages::loginRefused(error));
    });
    connect(&m_engine, &SyncEngine::loggedOut, this, [this] { m_login.setBusy(false); });
}

void SignInFlow::setKnownStaff(const QList<Staff>& staff, const QStringList& recent)
{
    m_knownStaff = staff;
    m_recentSignIns = recent;
    m_login.setStaff(m_knownStaff, m_recentSignIns);
}

void SignInFlow::signIn(const QString& staffId, const QString& pin)
{
    m_login.setBusy(true);
    m_engine.login(staffId, pin);
}

void SignInFlow::signedIn(const Staff& staff)
{
    m_login.setBusy(false);
    m_login.clearPin();
    m_recentSignIns.removeAll(staff.id);
    m_recentSignIns.prepend(staff.id);
    m_login.setStaff(m_knownStaff, m_recentSignIns);
}

void SignInFlow::askServerUrl()
{
    if (!m_serverChangeAllowed) {
        m_login.setError(tr("The demo runs its own server; it cannot be changed."));
        return;
    }
    auto* dialog = new ServerAddressDialog(m_engine.serverUrl(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerAddressDialog::refused, &m_login, &LoginView::setError);
    connect(dialog, &ServerAddressDialog::chosen, this, [this](const QUrl& url) {
        m_engine.setServerUrl(url);
        m_login.setServerUrl(url);
        m_login.setError({});
        Q_EMIT serverUrlChosen(url);
    });
    dialog->open();
}
