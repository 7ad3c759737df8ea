#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// Sign-in for a waiter: staff id, a PIN typed on a large keypad, and the venue's server.
class LoginView : public QWidget
{
    Q_OBJECT
public:
    explicit LoginView(QWidget* parent = nullptr);

    void setServerUrl(const QUrl& url);
    void setBusy(bool busy);
    void setError(const QString& message);
    // Clears the PIN (and the error) for the next waiter; the staff id stays.
    void clearPin();

    QString staffId() const;
    QString pin() const { return m_pin; }

protected:
    void changeEvent(QEvent* event) override;

Q_SIGNALS:
    void loginRequested(const QString& staffId, const QString& pin);
    void changeServerRequested();

private:
    void appendDigit(QChar digit);
    void updatePinDisplay();
    void submit();
    void retranslate();

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_staffLabel = nullptr;
    QLabel* m_pinLabel = nullptr;
    QPushButton* m_changeServer = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_back = nullptr;
    QUrl m_serverUrl;
    QLineEdit* m_staffId = nullptr;
    QLabel* m_pinDisplay = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_server = nullptr;
    QPushButton* m_signIn = nullptr;
    QString m_pin;
    bool m_busy = false;
};
