#pragma once

#include <QInputDialog>
#include <QUrl>

#include <optional>

// Asks for the venue server's address (the login screen's "Change server…"): an http(s) URL or
// the reason the text is not one. It only asks; the window decides what a new server means.
class ServerAddressDialog : public QInputDialog
{
    Q_OBJECT
public:
    explicit ServerAddressDialog(const QUrl& current, QWidget* parent = nullptr);

    // The address `text` names, if it is one the tablet can talk to.
    static std::optional<QUrl> parse(const QString& text);

Q_SIGNALS:
    void chosen(const QUrl& url);
    // What the waiter typed is not a server address; `message` says so, for the login screen.
    void refused(const QString& message);
};
