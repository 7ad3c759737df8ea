#include "ManagerPinDialog.h"
#include "PinKeypad.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The manager's PIN step of a void, as real widgets on offscreen: the sign-in keypad types the
// PIN, Approve asks once with the chosen manager, and a refusal is shown with the PIN cleared.
class tst_ManagerPinDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keypadTypesThePinAndApproveAsks();
    void refusalIsShownAndThePinCleared();
    void clearAndBackKeys();
    void hardwareKeysTypeAndApprove();
    void pinStopsAtTheLongestLength();

private:
    static QList<Staff> managers()
    {
        return {Staff{u"selin"_s, u"Selin"_s, Staff::Role::Manager},
                Staff{u"kaan"_s, u"Kaan"_s, Staff::Role::Manager}};
    }
    static void type(ManagerPinDialog& dialog, const QString& digits)
    {
        for (const QChar digit : digits)
            QTest::mouseClick(dialog.findChild<QPushButton*>(u"key"_s + digit), Qt::LeftButton);
    }
};

void tst_ManagerPinDialog::keypadTypesThePinAndApproveAsks()
{
    ManagerPinDialog dialog(managers());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy asked(&dialog, &ManagerPinDialog::approvalRequested);
    QVERIFY(!dialog.approveButton()->isEnabled()); // no PIN yet
    auto* manager = dialog.findChild<QComboBox*>(u"manager"_s);
    QVERIFY(manager);
    QCOMPARE(manager->count(), 2);
    manager->setCurrentIndex(1);
    type(dialog, u"9876"_s);
    QCOMPARE(dialog.pin(), u"9876"_s);
    QCOMPARE(dialog.findChild<QLabel*>(u"pinDisplay"_s)->text(), u"●●●●"_s);
    QVERIFY(dialog.approveButton()->isEnabled());
    QTest::mouseClick(dialog.approveButton(), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toString(), u"kaan"_s);
    QCOMPARE(asked.first().at(1).toString(), u"9876"_s);
    // Busy while the server answers: a second tap asks nothing more.
    QVERIFY(!dialog.approveButton()->isEnabled());
    QTest::mouseClick(dialog.approveButton(), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
}

void tst_ManagerPinDialog::refusalIsShownAndThePinCleared()
{
    ManagerPinDialog dialog(managers());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, u"0000"_s);
    QTest::mouseClick(dialog.approveButton(), Qt::LeftButton);
    dialog.setError(u"Wrong manager PIN. Nothing was voided."_s);
    auto* error = dialog.findChild<QLabel*>(u"resultError"_s);
    QVERIFY(error && error->isVisible());
    QCOMPARE(error->text(), u"Wrong manager PIN. Nothing was voided."_s);
    QCOMPARE(dialog.pin(), QString());
    QVERIFY(!dialog.approveButton()->isEnabled());
    type(dialog, u"9"_s);
    QVERIFY(error->isHidden()); // typing again clears the old error
    // Shorter than any PIN: sending it would only cost the manager a lockout attempt.
    QVERIFY(!dialog.approveButton()->isEnabled());
    type(dialog, u"999"_s);
    QVERIFY(dialog.approveButton()->isEnabled());
    QVERIFY(dialog.isVisible()); // only a granted approval closes it
}

void tst_ManagerPinDialog::clearAndBackKeys()
{
    ManagerPinDialog dialog(managers());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, u"123"_s);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"keyBack"_s), Qt::LeftButton);
    QCOMPARE(dialog.pin(), u"12"_s);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"keyClear"_s), Qt::LeftButton);
    QCOMPARE(dialog.pin(), QString());
}

void tst_ManagerPinDialog::hardwareKeysTypeAndApprove()
{
    ManagerPinDialog dialog(managers());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy asked(&dialog, &ManagerPinDialog::approvalRequested);
    QTest::keyClicks(&dialog, u"98a76"_s); // a letter types nothing
    QCOMPARE(dialog.pin(), u"9876"_s);
    QTest::keyClick(&dialog, Qt::Key_Backspace);
    QCOMPARE(dialog.pin(), u"987"_s);
    QTest::keyClick(&dialog, Qt::Key_Return); // too short: nothing asked
    QVERIFY(asked.isEmpty());
    QTest::keyClick(&dialog, Qt::Key_Escape); // clears, the dialog stays
    QCOMPARE(dialog.pin(), QString());
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(&dialog, u"9999"_s);
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toString(), u"selin"_s);
    QCOMPARE(asked.first().at(1).toString(), u"9999"_s);
}

void tst_ManagerPinDialog::pinStopsAtTheLongestLength()
{
    ManagerPinDialog dialog(managers());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, u"12345678901234"_s);
    QCOMPARE(dialog.pin(), u"123456789012"_s);
    QCOMPARE(dialog.findChild<QLabel*>(u"pinDisplay"_s)->text(),
             QString(PinKeypad::longestPin, u'●'));
}

QTEST_MAIN(tst_ManagerPinDialog)
#include "tst_managerpindialog.moc"
