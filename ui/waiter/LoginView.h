#pragma once

#include "model/Staff.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class PinKeypad;
class QPushButton;
class QTimer;
class StaffTilesModel;

// Sign-in for a waiter: a tile with their name (or their staff id typed), a PIN typed on a large
// keypad or a hardware keyboard, and the venue's server. Where the venue's PINs have one known
// length, a tile and a 4-digit PIN are five taps: the last digit signs in after a short pause;
// otherwise "Sign in" or Enter does, so a longer PIN's first digits never cost an attempt.
class LoginView : public QWidget
{
    Q_OBJECT
public:
    explicit LoginView(QWidget* parent = nullptr);

    static constexpr int defaultAutoSignInMs = 1500;

    void setServerUrl(const QUrl& url);
    // The staff to show as tiles; `recent` (ids, the last signed-in first) come first.
    void setStaff(const QList<Staff>& staff, const QStringList& recent);
    // How long after a PIN's last digit it signs in by itself; 0: only on request.
    void setAutoSignInDelay(int ms) { m_autoSignInMs = ms; }
    // The digits every PIN of the venue has; 0 (or out of 4..12): they differ, sign in on request.
    void setPinLength(int digits);
    int pinLength() const { return m_pinLength; }
    QListView* staffTiles() const { return m_tiles; }
    void setBusy(bool busy);
    void setError(const QString& message);
    // Clears the PIN (and the error) for the next waiter; the staff id stays.
    void clearPin();

    QString staffId() const;
    QString pin() const { return m_pin; }

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void loginRequested(const QString& staffId, const QString& pin);
    void changeServerRequested();

private:
    void appendDigit(QChar digit);
    void chooseStaff(const QModelIndex& tile);
    void fitTiles();
    void updatePinDisplay();
    // Starts the pause before signing in when the PIN is whole, stops it otherwise.
    void armAutoSignIn();
    void submit();
    void retranslate();

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_tilesLabel = nullptr;
    QListView* m_tiles = nullptr;
    StaffTilesModel* m_staffTiles = nullptr;
    QTimer* m_autoSignIn = nullptr;
    int m_autoSignInMs = defaultAutoSignInMs;
    int m_pinLength = 0;
    QLabel* m_staffLabel = nullptr;
    QLabel* m_pinLabel = nullptr;
    QPushButton* m_changeServer = nullptr;
    QUrl m_serverUrl;
    QLineEdit* m_staffId = nullptr;
    QLabel* m_pinDisplay = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_server = nullptr;
    QPushButton* m_signIn = nullptr;
    QString m_pin;
    PinKeypad* m_keypad = nullptr;
    bool m_busy = false;
};
