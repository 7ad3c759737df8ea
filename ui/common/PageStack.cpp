#include "PageStack.h"

PageStack::PageStack(QWidget* parent)
    : QStackedWidget(parent)
{
    connect(this, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int page = 0; page < count(); ++page) {
            const QSizePolicy::Policy policy =
                page == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            widget(page)->setSizePolicy(policy, policy);
        }
        // A hidden page's new policy tells no layout: the window kept the login's width as
        // its least and pushed a docked panel off the screen (issue 16).
        updateGeometry();
        Q_EMIT pageShown();
    });
}
