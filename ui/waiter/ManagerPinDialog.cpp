#include "ManagerPinDialog.h"

#include "PinKeypad.h"
#include "TouchStyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int headingWidth = 420; // px
} // namespace

ManagerPinDialog::ManagerPinDialog(const QList<Staff>& managers, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"managerPinDialog"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"heading"_s);
    m_title->setWordWrap(true);
    // Wide enough that the sentence wraps to two or three lines, not a narrow column.
    m_title->setMinimumWidth(headingWidth);
    m_managerLabel = new QLabel(this);
    m_manager = new QComboBox(this);
    m_manager->setObjectName(u"manager"_s);
    m_manager->setMinimumHeight(TouchStyle::minTarget);
    for (const Staff& manager : managers)
        m_manager->addItem(manager.name, manager.id);
    m_pinDisplay = new QLabel(this);
    m_pinDisplay->setObjectName(u"pinDisplay"_s);
    m_pinDisplay->setMinimumHeight(56);
    m_pinDisplay->setStyleSheet(u"font-size: 24pt; border: 2px solid #8a96a8;"
                                " border-radius: 8px; background: white;"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"resultError"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    m_keypad = new PinKeypad(this);
    auto* keypad = m_keypad;
    connect(keypad, &PinKeypad::digitPressed, this, [this](QChar digit) {
        m_pin = PinKeypad::appended(m_pin, digit);
        m_error->hide();
        updatePinDisplay();
    });
    connect(keypad, &PinKeypad::clearPressed, this, [this] {
        m_pin.clear();
        updatePinDisplay();
    });
    connect(keypad, &PinKeypad::backPressed, this, [this] {
        m_pin.chop(1);
        updatePinDisplay();
    });

    m_approve = new QPushButton(this);
    m_approve->setObjectName(u"primary"_s);
    m_approve->setMinimumHeight(64);
    m_cancel = new QPushButton(this);
    m_cancel->setMinimumHeight(64);
    connect(m_approve, &QPushButton::clicked, this, &ManagerPinDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* form = new QVBoxLayout;
    form->addWidget(m_title);
    form->addWidget(m_managerLabel);
    form->addWidget(m_manager);
    form->addWidget(m_pinDisplay);
    form->addWidget(m_error);
    form->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_approve);
    form->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(32);
    layout->addLayout(form, 1);
    layout->addWidget(keypad);
    retranslate();
    updatePinDisplay();
}

QString ManagerPinDialog::managerId() const
{
    return m_manager->currentData().toString();
}

void ManagerPinDialog::setBusy(bool busy)
{
    m_busy = busy;
    updatePinDisplay();
    m_approve->setText(busy ? tr("Asking the server…") : tr("Approve"));
}

void ManagerPinDialog::setError(const QString& message)
{
    m_pin.clear();
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ManagerPinDialog::updatePinDisplay()
{
    m_pinDisplay->setText(QString(m_pin.size(), u'●'));
    m_approve->setEnabled(!m_busy && m_pin.size() >= PinKeypad::shortestPin &&
                          !managerId().isEmpty());
}

void ManagerPinDialog::submit()
{
    // Shorter than any PIN: sending it would only cost the manager a lockout attempt.
    if (m_busy || m_pin.size() < PinKeypad::shortestPin || managerId().isEmpty())
        return;
    setBusy(true);
    Q_EMIT approvalRequested(managerId(), m_pin);
}

void ManagerPinDialog::keyPressEvent(QKeyEvent* event)
{
    // The keypad's keys take no focus, so a hardware keyboard types here; Escape clears the
    // PIN rather than closing the dialog, as on the sign-in screen.
    if (m_keypad->typeKey(*event)) {
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        submit();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ManagerPinDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ManagerPinDialog::retranslate()
{
    setWindowTitle(tr("Manager's approval"));
    m_title->setText(tr("A manager approves this void with their PIN."));
    // A wrapped label's height does not follow its width in this layout: reserve its lines.
    m_title->ensurePolished();
    m_title->setMinimumHeight(m_title->heightForWidth(headingWidth));
    m_managerLabel->setText(tr("Manager"));
    m_cancel->setText(tr("Cancel"));
    setBusy(m_busy);
}
