#include "UnsentWorkBanner.h"

#include "client/UnsentWork.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

UnsentWorkBanner::UnsentWorkBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(u"unsentWorkBanner"_s);
    m_text = new QLabel(this);
    m_text->setObjectName(u"unsentWorkText"_s);
    m_text->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"unsentWorkMessage"_s);
    m_message->setWordWrap(true);
    m_discard = new QPushButton(this);
    m_discard->setObjectName(u"discardUnsentWork"_s);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"discardReason"_s);
    m_reason->setMaxLength(UnsentWork::maxReasonLength);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(u"confirmDiscard"_s);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelDiscard"_s);

    auto* row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_discard);
    auto* ask = new QHBoxLayout;
    ask->addWidget(m_reason, 1);
    ask->addWidget(m_confirm);
    ask->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->addLayout(row);
    layout->addLayout(ask);
    layout->addWidget(m_message);

    connect(m_discard, &QPushButton::clicked, this, [this] { setAsking(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { setAsking(false); });
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_confirm->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_others.isEmpty() || m_reason->text().trimmed().isEmpty())
            return;
        Q_EMIT discardRequested(m_others.first().staffId, m_reason->text().trimmed());
    });
    refresh();
}

void UnsentWorkBanner::setWork(const QList<WaiterWork>& others, bool canDiscard)
{
    m_others = others;
    m_canDiscard = canDiscard;
    if (m_others.isEmpty() || !m_canDiscard)
        m_asking = false;
    refresh();
}

void UnsentWorkBanner::setStaffNames(const QHash<QString, QString>& names)
{
    m_names = names;
    refresh();
}

void UnsentWorkBanner::showDiscarded(const WorkDiscard& discard)
{
    m_discarded = discard;
    m_error.clear();
    m_asking = false;
    m_reason->clear();
    refresh();
}

void UnsentWorkBanner::showError(const ApiError& error)
{
    m_discarded.reset();
    switch (error.code) {
    case ErrorCode::Forbidden:
    case ErrorCode::NotLoggedIn:
        m_error = tr("Only a manager signed in on this tablet can discard it.");
        break;
    case ErrorCode::NotFound:
        m_error = tr("Nothing of theirs is left to discard.");
        break;
    case ErrorCode::InvalidRequest:
        m_error = tr("Say why the work is discarded (at most %1 characters).")
                      .arg(UnsentWork::maxReasonLength);
        break;
    default:
        m_error = tr("This tablet could not discard it; nothing was changed.");
        break;
    }
    refresh();
}

void UnsentWorkBanner::clearMessage()
{
    m_discarded.reset();
    m_error.clear();
    m_asking = false;
    m_reason->clear();
    refresh();
}

void UnsentWorkBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

QString UnsentWorkBanner::nameOf(const QString& staffId) const
{
    if (staffId.isEmpty())
        return tr("A waiter this tablet cannot name");
    return m_names.value(staffId, staffId);
}

void UnsentWorkBanner::setAsking(bool asking)
{
    m_asking = asking && m_canDiscard && !m_others.isEmpty();
    if (m_asking)
        m_reason->setFocus();
    refresh();
}

void UnsentWorkBanner::refresh()
{
    QStringList lines;
    for (const WaiterWork& work : std::as_const(m_others)) {
        lines.append(tr("%1 has %n unsent changes on this tablet; they are sent when they sign "
                        "in again.",
                        nullptr, work.changes)
                         .arg(nameOf(work.staffId)));
    }
    m_text->setText(lines.join(u'\n'));
    m_text->setVisible(!lines.isEmpty());
    const QString first = m_others.isEmpty() ? QString() : nameOf(m_others.first().staffId);
    m_discard->setText(tr("Discard %1's work…").arg(first));
    m_discard->setVisible(m_canDiscard && !m_others.isEmpty() && !m_asking);
    m_reason->setPlaceholderText(tr("Why is it discarded?"));
    m_confirm->setText(tr("Discard"));
    m_cancel->setText(tr("Keep"));
    m_confirm->setEnabled(!m_reason->text().trimmed().isEmpty());
    for (QWidget* asking : {static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_confirm),
                            static_cast<QWidget*>(m_cancel)})
        asking->setVisible(m_asking);

    if (m_discarded) {
        m_message->setText(tr("Discarded %n changes of %1: “%2”. Logged on this tablet.", nullptr,
                              m_discarded->changes)
                               .arg(nameOf(m_discarded->staffId), m_discarded->reason));
    } else {
        m_message->setText(m_error);
    }
    m_message->setVisible(!m_message->text().isEmpty());
    setVisible(!m_others.isEmpty() || !m_message->text().isEmpty());
}
