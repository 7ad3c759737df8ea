#include "SendResultLine.h"

#include <QEvent>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

SendResultLine::SendResultLine(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(u"resultInfo"_s);
    setWordWrap(true);
    hide();
}

void SendResultLine::showResult(Kind kind, const QString& text)
{
    m_sentShown = false;
    m_firedText.clear();
    switch (kind) {
    case Kind::Ok:
        setObjectName(u"resultOk"_s);
        break;
    case Kind::Error:
        setObjectName(u"resultError"_s);
        break;
    case Kind::Info:
        setObjectName(u"resultInfo"_s);
        break;
    }
    // The object name picks the style sheet rule; re-polish so the new one applies.
    style()->unpolish(this);
    style()->polish(this);
    setText(text);
    show();
}

void SendResultLine::showSent(int lineCount)
{
    m_lineCount = lineCount;
    showResult(Kind::Ok, {});
    m_sentShown = true;
    showSentText();
}

void SendResultLine::showFired(const QString& text)
{
    const bool afterSend = m_sentShown;
    showResult(Kind::Ok, text);
    if (!afterSend)
        return;
    m_sentShown = true;
    m_firedText = text;
    showSentText();
}

void SendResultLine::setLineCount(int lineCount)
{
    m_lineCount = lineCount;
    if (m_sentShown)
        showSentText();
}

void SendResultLine::clearResult()
{
    m_sentShown = false;
    m_firedText.clear();
    clear();
    hide();
}

void SendResultLine::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_sentShown)
        showSentText();
    QLabel::changeEvent(event);
}

void SendResultLine::showSentText()
{
    const QString sent = tr("Sent. The order now has %n lines.", nullptr, m_lineCount);
    setText(m_firedText.isEmpty() ? sent : sent + u'\n' + m_firedText);
}
