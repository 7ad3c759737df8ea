#pragma once

#include <QWidget>

class QKeyEvent;
class QPushButton;

// The large PIN keypad (digits, Clear, delete last digit) of the sign-in screen and the
// manager's approval: it only reports keys; whoever holds the PIN keeps it.
class PinKeypad : public QWidget
{
    Q_OBJECT
public:
    static constexpr int keySize = 88; // px: a PIN is typed fast, on the move
    // tablesyncd takes PINs of 4 to 12 digits.
    static constexpr qsizetype shortestPin = 4;
    static constexpr qsizetype longestPin = 12;
    static constexpr int wordKeyPadding = 40; // px: the style's padding and border around a word

    explicit PinKeypad(QWidget* parent = nullptr);

    // A hardware key as the keypad's own: a digit, Backspace (delete last) or Escape (clear)
    // emits the same signal as the key on screen. False (nothing emitted) for any other key.
    bool typeKey(const QKeyEvent& event);
    // `pin` with `digit` appended, unless it already holds the longest PIN.
    static QString appended(const QString& pin, QChar digit);

Q_SIGNALS:
    void digitPressed(QChar digit);
    void clearPressed();
    void backPressed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fitKeys();

    QPushButton* m_clear = nullptr;
    QPushButton* m_back = nullptr;
};
