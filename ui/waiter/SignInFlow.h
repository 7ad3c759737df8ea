#pragma once

#include "model/Staff.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class LoginView;
class QWidget;
class SyncEngine;

// The login screen's side of signing in: the staff tiles with the latest sign-ins first, the PIN
// handed to the engine, a refusal shown on the screen, and the change of the server's address.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    // `engine` and `login` must outlive this flow; the server dialog opens over `window`.
    SignInFlow(SyncEngine& engine, LoginView& login, QWidget& window);

    // The sign-in tiles (remembered by the app); `recent` ids first.
    void setKnownStaff(const QList<Staff>& staff, const QStringList& recent);
    // Who signed in on this tablet, the latest first.
    QStringList recentSignIns() const { return m_recentSignIns; }
    // The demo runs its own server: the login screen may not point elsewhere.
    void setServerChangeAllowed(bool allowed) { m_serverChangeAllowed = allowed; }

    void signIn(const QString& staffId, const QString& pin);
    void askServerUrl();

Q_SIGNALS:
    // The waiter chose another server; the caller remembers it.
    void serverUrlChosen(const QUrl& url);

private:
    void signedIn(const Staff& staff);

    SyncEngine& m_engine;
    LoginView& m_login;
    QWidget& m_window;
    QList<Staff> m_knownStaff;
    QStringList m_recentSignIns;
    bool m_serverChangeAllowed = true;
};
