#pragma once

#include "model/Clock.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class HistoryFeed;
class HistoryPanel;
class QMainWindow;
class QStackedWidget;
class QTimer;

// The managers' history panel in a window's right dock: opens, fits beside the screen on show
// (or floats when both do not fit) and remembers the width a manager dragged it to.
class HistoryDock : public QObject
{
    Q_OBJECT
public:
    // A manager's drag of the panel is saved once it rests this long.
    static constexpr int widthSaveMs = 500;

    HistoryDock(QMainWindow& window, QStackedWidget& pages, Clock& clock, HistoryFeed& feed);

    // The width a manager chose (remembered by the app); 0: a default.
    void setWidth(int width) { m_width = width; }
    // Null while closed.
    HistoryPanel* panel() const { return m_panel; }

    void open(const QHash<QString, QString>& staffNames, const QHash<QString, QString>& itemNames);
    // What a manager read stays off the screen of whoever signs in next.
    void close();
    // Docks the panel beside the page on show if both fit, else floats it.
    void fit();
    // How many times fit() ran: rows that leave the panel's least width alone refit nothing.
    int fitCount() const { return m_fits; }
    // The panel's least width when it was last fitted: equal to the panel's now once settled.
    int fittedMinimum() const { return m_fittedMinimum; }
    // Reads the logs again (after a live update), naming tables as given.
    void refresh(const QHash<QString, QString>& tableNames);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    // A manager resized the docked panel (once the drag rests, not per step).
    void widthChanged(int width);

private:
    void takeWidth(int width);
    void fitIfWidthChanged();

    QMainWindow& m_window;
    QStackedWidget& m_pages;
    Clock& m_clock;
    HistoryFeed& m_feed;
    QPointer<HistoryPanel> m_panel;
    // The panel as a plain QObject: a QPointer to a panel being destroyed must not be read.
    const QObject* m_filtered = nullptr;
    QTimer* m_save;
    int m_width = 0;
    int m_fittedMinimum = 0; // the panel's least width at the last fit
    int m_fits = 0;
    bool m_floated = false; // floated for room by this dock, not by the manager
    bool m_fitting = false; // this dock is sizing the panel: not the manager's width
    bool m_pressed = false; // a finger is on the window's dock separator
};
