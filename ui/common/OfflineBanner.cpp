#include "OfflineBanner.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

OfflineBanner::OfflineBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(u"offlineBanner"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    refresh();
}

void OfflineBanner::setOnline(bool online)
{
    m_online = online;
    refresh();
}

void OfflineBanner::setWaitingSends(int count)
{
    m_waiting = count;
    refresh();
}

void OfflineBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void OfflineBanner::refresh()
{
    if (!m_online) {
        setText(m_waiting > 0 ? tr("Offline — %n sends waiting", nullptr, m_waiting)
                              : tr("Offline — changes are kept on this tablet"));
    } else if (m_waiting > 0) {
        setText(tr("Back online — sending %n waiting sends…", nullptr, m_waiting));
    }
    setVisible(!m_online || m_waiting > 0);
}
