#include "LoginView.h"

#include "TouchStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int keySize = 88; // px: a PIN is typed fast, on the move
QString keyStyle()
{
    return u"font-size: 24pt; min-height: 72px; min-width: 72px;"_s;
}
constexpr qsizetype maxPinLength = 12;
} // namespace

LoginView::LoginView(QWidget* parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"heading"_s);
    m_subtitle = new QLabel(this);

    m_staffLabel = new QLabel(this);
    m_staffId = new QLineEdit(this);
    m_staffId->setObjectName(u"staffId"_s);
    m_staffId->setMinimumHeight(56);
    m_staffId->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_staffLabel->setBuddy(m_staffId);
    connect(m_staffId, &QLineEdit::returnPressed, this, &LoginView::submit);

    m_pinLabel = new QLabel(this);
    m_pinDisplay = new QLabel(this);
    m_pinDisplay->setObjectName(u"pinDisplay"_s);
    m_pinDisplay->setMinimumHeight(56);
    m_pinDisplay->setStyleSheet(
        u"QLabel { font-size: 26pt; letter-spacing: 6px; border: 2px solid "
        "#8a96a8; border-radius: 6px; padding: 0 10px; background: white; }"_s);

    m_error = new QLabel(this);
    m_error->setObjectName(u"resultError"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(u"primary"_s);
    m_signIn->setMinimumHeight(64);
    connect(m_signIn, &QPushButton::clicked, this, &LoginView::submit);

    m_server = new QLabel(this);
    m_server->setWordWrap(true);
    m_changeServer = new QPushButton(this);
    m_changeServer->setObjectName(u"changeServer"_s);
    m_changeServer->setMinimumHeight(TouchStyle::minTarget);
    connect(m_changeServer, &QPushButton::clicked, this, &LoginView::changeServerRequested);

    auto* form = new QVBoxLayout;
    form->addWidget(m_title);
    form->addWidget(m_subtitle);
    form->addSpacing(16);
    form->addWidget(m_staffLabel);
    form->addWidget(m_staffId);
    form->addWidget(m_pinLabel);
    form->addWidget(m_pinDisplay);
    form->addWidget(m_error);
    form->addSpacing(8);
    form->addWidget(m_signIn);
    form->addStretch();
    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_changeServer);
    form->addLayout(serverRow);

    auto* keypad = new QGridLayout;
    keypad->setSpacing(12);
    for (int digit = 1; digit <= 9; ++digit) {
        auto* key = new QPushButton(QString::number(digit), this);
        key->setObjectName(u"key"_s + QString::number(digit));
        key->setFixedSize(keySize, keySize);
        key->setStyleSheet(keyStyle());
        connect(key, &QPushButton::clicked, this,
                [this, digit] { appendDigit(QChar(char16_t(u'0' + digit))); });
        keypad->addWidget(key, (digit - 1) / 3, (digit - 1) % 3);
    }
    m_clear = new QPushButton(this);
    m_clear->setObjectName(u"keyClear"_s);
    auto* clear = m_clear;
    auto* zero = new QPushButton(u"0"_s, this);
    zero->setObjectName(u"key0"_s);
    zero->setStyleSheet(keyStyle());
    m_back = new QPushButton(u"⌫"_s, this);
    m_back->setObjectName(u"keyBack"_s);
    auto* back = m_back;
    back->setStyleSheet(keyStyle());
    clear->setStyleSheet(u"min-height: 72px; min-width: 72px;"_s);
    for (QPushButton* key : {clear, zero, back})
        key->setFixedSize(keySize, keySize);
    connect(zero, &QPushButton::clicked, this, [this] { appendDigit(u'0'); });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_pin.clear();
        updatePinDisplay();
    });
    connect(back, &QPushButton::clicked, this, [this] {
        m_pin.chop(1);
        updatePinDisplay();
    });
    keypad->addWidget(clear, 3, 0);
    keypad->addWidget(zero, 3, 1);
    keypad->addWidget(back, 3, 2);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addStretch(1);
    layout->addLayout(form, 4);
    layout->addSpacing(48);
    auto* keypadColumn = new QVBoxLayout;
    keypadColumn->addStretch();
    keypadColumn->addLayout(keypad);
    keypadColumn->addStretch();
    layout->addLayout(keypadColumn);
    layout->addStretch(1);

    updatePinDisplay();
    retranslate();
}

void LoginView::setServerUrl(const QUrl& url)
{
    m_serverUrl = url;
    m_server->setText(tr("Server: %1").arg(url.isEmpty() ? tr("not set") : url.toDisplayString()));
}

void LoginView::setBusy(bool busy)
{
    m_busy = busy;
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void LoginView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginView::retranslate()
{
    m_title->setText(tr("TableSync"));
    m_subtitle->setText(tr("Sign in to take orders"));
    m_staffLabel->setText(tr("Staff id"));
    m_staffId->setPlaceholderText(tr("e.g. ayse"));
    m_pinLabel->setText(tr("PIN"));
    m_changeServer->setText(tr("Change server…"));
    m_clear->setText(tr("Clear"));
    m_back->setAccessibleName(tr("Delete last digit"));
    setServerUrl(m_serverUrl);
    setBusy(m_busy);
}

void LoginView::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LoginView::clearPin()
{
    m_pin.clear();
    updatePinDisplay();
    setError({});
}

QString LoginView::staffId() const
{
    return m_staffId->text().trimmed();
}

void LoginView::appendDigit(QChar digit)
{
    if (m_pin.size() < maxPinLength)
        m_pin.append(digit);
    updatePinDisplay();
}

void LoginView::updatePinDisplay()
{
    m_pinDisplay->setText(m_pin.isEmpty() ? QString() : QString(m_pin.size(), u'●'));
}

void LoginView::submit()
{
    if (m_busy)
        return;
    if (staffId().isEmpty()) {
        setError(tr("Type your staff id first."));
        return;
    }
    if (m_pin.isEmpty()) {
        setError(tr("Type your PIN on the keypad."));
        return;
    }
    setError({});
    Q_EMIT loginRequested(staffId(), m_pin);
}
