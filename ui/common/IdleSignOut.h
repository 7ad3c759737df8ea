#pragma once

#include <QObject>
#include <QTimer>

class QWidget;

// Says when nobody has touched a window for a while, so a tablet left on a table does not stay
// signed in. Any mouse, touch, key or wheel input to the window or its dialogs starts the wait
// again. The venue's IT sets the time in the tablet's settings (TabletSettings).
class IdleSignOut : public QObject
{
    Q_OBJECT
public:
    // Watches `window` (not owned) and every window it is the parent of.
    explicit IdleSignOut(QWidget& window, QObject* parent = nullptr);

    // 0 switches it off.
    void setTimeout(int ms);
    // Waits only while armed: from a sign-in to the sign-out.
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }
    // Milliseconds until idle(); -1 while not waiting.
    int remainingMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QWidget& m_window;
    QTimer m_timer;
    int m_timeoutMs = 0;
    bool m_armed = false;
};
