#include "HistoryStatusLine.h"

#include "WaiterMessages.h"

#include "model/ApiError.h"

#include <QDir>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

HistoryStatusLine::HistoryStatusLine(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(u"historyStatus"_s);
    setWordWrap(true);
}

void HistoryStatusLine::setCounts(int shown, int total)
{
    m_shown = shown;
    m_total = total;
    render();
}

void HistoryStatusLine::showReadError(const ApiError& error)
{
    if (error.code == ErrorCode::Forbidden)
        m_error = tr("Only managers can see the whole venue's history.");
    else if (error.code == ErrorCode::Unreachable)
        m_error = tr("Cannot reach the server. The history shows what was read last; it "
                     "catches up by itself.");
    else
        m_error = WaiterMessages::reason(error);
    render();
}

void HistoryStatusLine::showSaveError(const QString& message)
{
    m_error = message;
    render();
}

void HistoryStatusLine::showSaved(const QString& path)
{
    m_error.clear();
    render();
    setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)) + u' ' + text());
}

void HistoryStatusLine::clearError()
{
    m_error.clear();
    render();
}

void HistoryStatusLine::render()
{
    QString line = m_shown == m_total ? tr("%n events", nullptr, m_total)
                                      : tr("%1 of %n events shown (filtered)", nullptr, m_total)
                                            .arg(QLocale().toString(m_shown));
    if (!m_error.isEmpty())
        line = m_error + u' ' + line;
    setText(line);
    setStyleSheet(m_error.isEmpty() ? QString() : u"color: #7f1d1d; font-weight: bold;"_s);
}
