#pragma once

#include <QStackedWidget>

// The window's screens, one at a time, as wide as the page on show needs rather than its widest
// page: the grid leaves a docked history panel the room the order screen would not.
class PageStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit PageStack(QWidget* parent = nullptr);

Q_SIGNALS:
    // A page came on show and the stack's least size follows it.
    void pageShown();
};
