#pragma once

#include "model/Result.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class LanguageSwitcher;
class MainWindow;
class PaintWatch;
class QApplication;
class SyncEngine;

// The tablet app in a child process of the benchmark, built as app/tablet/main.cpp builds it,
// with a waiter who signs in on the keypad as soon as the login screen is up. It tells the
// parent on stdout, one line each, when
//   login-screen                     the login screen has been painted,
//   signed-in                        the server accepted the PIN,
//   grid tables=N                    the table grid holds every table and has been painted,
//   memory rss_kib=.. hwm_kib=..     one table's order has been opened and painted,
// and then quits. A failure prints "error <message>" and quits with exit code 1.
class TabletProbe : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl server;
        QString staffId;
        QString pin;
        QString localDatabase; // a fresh file: the tablet's drafts and outbox
        int tables = 60;       // how many tiles make the grid "populated"
        int timeoutMs = 30'000;
    };

    TabletProbe(QApplication& app, Options options);
    ~TabletProbe() override;

    Result<void> start();

private:
    void afterThisEvent(const std::function<void()>& call);
    void signInOnKeypad();
    void openFirstTable();
    void reportMemory();
    void report(const QByteArray& line);
    void fail(const QString& message);

    QApplication& m_app;
    Options m_options;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_deadline;
    qint64 m_openedOrder = 0;
    bool m_orderLoaded = false;
};
