#include "PinKeypad.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QPushButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QString keyStyle()
{
    return u"font-size: 24pt; min-height: 72px; min-width: 72px;"_s;
}
} // namespace

PinKeypad::PinKeypad(QWidget* parent)
    : QWidget(parent)
{
    auto* keypad = new QGridLayout(this);
    keypad->setContentsMargins(0, 0, 0, 0);
    keypad->setSpacing(12);
    for (int digit = 1; digit <= 9; ++digit) {
        auto* key = new QPushButton(QString::number(digit), this);
        key->setObjectName(u"key"_s + QString::number(digit));
        key->setFixedSize(keySize, keySize);
        key->setStyleSheet(keyStyle());
        connect(key, &QPushButton::clicked, this,
                [this, digit] { Q_EMIT digitPressed(QChar(char16_t(u'0' + digit))); });
        keypad->addWidget(key, (digit - 1) / 3, (digit - 1) % 3);
    }
    m_clear = new QPushButton(this);
    m_clear->setObjectName(u"keyClear"_s);
    auto* zero = new QPushButton(u"0"_s, this);
    zero->setObjectName(u"key0"_s);
    zero->setStyleSheet(keyStyle());
    m_back = new QPushButton(u"⌫"_s, this);
    m_back->setObjectName(u"keyBack"_s);
    m_back->setStyleSheet(keyStyle());
    // Sized in code (retranslate): a style sheet min-width would also narrow its text room.
    for (QPushButton* key : {zero, m_back})
        key->setFixedSize(keySize, keySize);
    // A word, not a digit: it may need more than a key's width ("Löschen"); see retranslate().
    m_clear->setFixedSize(keySize, keySize);
    for (QPushButton* key : findChildren<QPushButton*>())
        key->setFocusPolicy(Qt::NoFocus);
    connect(zero, &QPushButton::clicked, this, [this] { Q_EMIT digitPressed(u'0'); });
    connect(m_clear, &QPushButton::clicked, this, &PinKeypad::clearPressed);
    connect(m_back, &QPushButton::clicked, this, &PinKeypad::backPressed);
    keypad->addWidget(m_clear, 3, 0);
    keypad->addWidget(zero, 3, 1);
    keypad->addWidget(m_back, 3, 2);
    retranslate();
}

bool PinKeypad::typeKey(const QKeyEvent& event)
{
    const QString text = event.text();
    if (text.size() == 1 && text.at(0).isDigit() && text.at(0).unicode() < 128)
        Q_EMIT digitPressed(text.at(0));
    else if (event.key() == Qt::Key_Backspace)
        Q_EMIT backPressed();
    else if (event.key() == Qt::Key_Escape)
        Q_EMIT clearPressed();
    else
        return false;
    return true;
}

QString PinKeypad::appended(const QString& pin, QChar digit)
{
    return pin.size() < longestPin ? pin + digit : pin;
}

void PinKeypad::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PinKeypad::retranslate()
{
    m_clear->setText(tr("Clear"));
    m_back->setAccessibleName(tr("Delete last digit"));
    fitKeys();
}

void PinKeypad::fitKeys()
{
    // Every key as wide as the widest, so the columns line up whatever the word on Clear.
    m_clear->ensurePolished(); // the app's style sheet sets the font the word is drawn in
    int width = std::max(keySize, m_clear->fontMetrics().horizontalAdvance(m_clear->text()) +
                                      wordKeyPadding);
    const QList<QPushButton*> keys = findChildren<QPushButton*>();
    for (QPushButton* key : keys) {
        // A style sheet's min-width (with its padding) can make a key wider than asked.
        key->ensurePolished();
        width = std::max(width, key->minimumWidth());
    }
    for (QPushButton* key : keys)
        key->setFixedSize(width, keySize);
}
