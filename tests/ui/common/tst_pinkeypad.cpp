#include "PinKeypad.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The PIN keypad as real widgets on offscreen: every key on screen and its hardware twin report
// the same signal, other keys report nothing, and a PIN stops growing at the longest length.
class tst_PinKeypad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_keypad.reset(); }
    void digitKeysReportTheirDigit_data();
    void digitKeysReportTheirDigit();
    void deleteAndClearKeys();
    void hardwareKeys_data();
    void hardwareKeys();
    void lengthLimit_data();
    void lengthLimit();
    void keysTakeNoFocusAndAreLarge();

private:
    QPushButton* key(const QString& name) const { return m_keypad->findChild<QPushButton*>(name); }

    std::unique_ptr<PinKeypad> m_keypad;
};

void tst_PinKeypad::init()
{
    m_keypad = std::make_unique<PinKeypad>();
    m_keypad->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_keypad.get()));
}

void tst_PinKeypad::digitKeysReportTheirDigit_data()
{
    QTest::addColumn<QString>("digit");
    for (int digit = 0; digit <= 9; ++digit)
        QTest::newRow(qPrintable(QString::number(digit))) << QString::number(digit);
}

void tst_PinKeypad::digitKeysReportTheirDigit()
{
    QFETCH(QString, digit);
    QSignalSpy digits(m_keypad.get(), &PinKeypad::digitPressed);
    QSignalSpy backs(m_keypad.get(), &PinKeypad::backPressed);
    QPushButton* button = key(u"key"_s + digit);
    QVERIFY(button);
    QCOMPARE(button->text(), digit);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(digits.count(), 1);
    QCOMPARE(digits.first().first().value<QChar>(), digit.at(0));
    QVERIFY(backs.isEmpty());
}

void tst_PinKeypad::deleteAndClearKeys()
{
    QSignalSpy digits(m_keypad.get(), &PinKeypad::digitPressed);
    QSignalSpy backs(m_keypad.get(), &PinKeypad::backPressed);
    QSignalSpy clears(m_keypad.get(), &PinKeypad::clearPressed);
    QTest::mouseClick(key(u"keyBack"_s), Qt::LeftButton);
    QCOMPARE(backs.count(), 1);
    QVERIFY(clears.isEmpty());
    QCOMPARE(key(u"keyBack"_s)->accessibleName(), u"Delete last digit"_s);
    QTest::mouseClick(key(u"keyClear"_s), Qt::LeftButton);
    QCOMPARE(clears.count(), 1);
    QCOMPARE(backs.count(), 1);
    QVERIFY(digits.isEmpty());
}

void tst_PinKeypad::hardwareKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reported"); // "digit:N", "back", "clear" or "" (nothing)
    QTest::newRow("digit 7") << int(Qt::Key_7) << u"7"_s << u"digit:7"_s;
    QTest::newRow("digit 0") << int(Qt::Key_0) << u"0"_s << u"digit:0"_s;
    QTest::newRow("backspace") << int(Qt::Key_Backspace) << QString() << u"back"_s;
    QTest::newRow("escape") << int(Qt::Key_Escape) << QString() << u"clear"_s;
    QTest::newRow("letter") << int(Qt::Key_A) << u"a"_s << QString();
    QTest::newRow("arabic-indic digit") << int(Qt::Key_unknown) << u"\u0663"_s << QString();
    QTest::newRow("return") << int(Qt::Key_Return) << u"\r"_s << QString();
}

void tst_PinKeypad::hardwareKeys()
{
    QFETCH(int, key);
    QFETCH(QString, text);
    QFETCH(QString, reported);
    QSignalSpy digits(m_keypad.get(), &PinKeypad::digitPressed);
    QSignalSpy backs(m_keypad.get(), &PinKeypad::backPressed);
    QSignalSpy clears(m_keypad.get(), &PinKeypad::clearPressed);
    const QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCOMPARE(m_keypad->typeKey(press), !reported.isEmpty());
    QCOMPARE(digits.count(), reported.startsWith(u"digit:"_s) ? 1 : 0);
    if (!digits.isEmpty())
        QCOMPARE(QString(digits.first().first().value<QChar>()), reported.mid(6));
    QCOMPARE(backs.count(), reported == u"back"_s ? 1 : 0);
    QCOMPARE(clears.count(), reported == u"clear"_s ? 1 : 0);
}

void tst_PinKeypad::lengthLimit_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << u"5"_s;
    QTest::newRow("shortest") << u"1234"_s << u"12345"_s;
    QTest::newRow("one below longest") << u"12345678901"_s << u"123456789015"_s;
    QTest::newRow("longest") << u"123456789012"_s << u"123456789012"_s;
}

void tst_PinKeypad::lengthLimit()
{
    QFETCH(QString, pin);
    QFETCH(QString, expected);
    QCOMPARE(PinKeypad::appended(pin, u'5'), expected);
    QVERIFY(PinKeypad::appended(pin, u'5').size() <= PinKeypad::longestPin);
}

void tst_PinKeypad::keysTakeNoFocusAndAreLarge()
{
    // The host keeps the keyboard focus (hardware keys); a key is a finger's size.
    const QList<QPushButton*> keys = m_keypad->findChildren<QPushButton*>();
    QCOMPARE(keys.size(), 12);
    for (const QPushButton* button : keys) {
        QCOMPARE(button->focusPolicy(), Qt::NoFocus);
        QVERIFY2(button->height() >= PinKeypad::keySize, qPrintable(button->objectName()));
        QCOMPARE(button->width(), keys.first()->width()); // the columns line up
    }
}

QTEST_MAIN(tst_PinKeypad)
#include "tst_pinkeypad.moc"
