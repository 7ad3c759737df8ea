#include "IdleSignOut.h"

#include <QDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

class TestIdleSignOut : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saysIdleOnlyWhileArmed();
    void inputToTheWindowOrItsDialogRestartsTheWait_data();
    void inputToTheWindowOrItsDialogRestartsTheWait();
    void zeroSwitchesItOff();
};

void TestIdleSignOut::saysIdleOnlyWhileArmed()
{
    QWidget window;
    IdleSignOut idle(window);
    QSignalSpy spy(&idle, &IdleSignOut::idle);
    idle.setTimeout(50);
    QCOMPARE(idle.remainingMs(), -1); // nobody signed in: nothing to wait for
    idle.setArmed(true);
    QVERIFY(idle.remainingMs() >= 0);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    // Once said, it waits again only after the next sign-in.
    QVERIFY(!idle.isArmed());
    QCOMPARE(idle.remainingMs(), -1);
}

void TestIdleSignOut::inputToTheWindowOrItsDialogRestartsTheWait_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("restarts");
    QTest::newRow("a field of the window") << u"field"_s << true;
    QTest::newRow("the window's dialog") << u"dialog"_s << true;
    QTest::newRow("another window") << u"other"_s << false;
}

void TestIdleSignOut::inputToTheWindowOrItsDialogRestartsTheWait()
{
    QFETCH(QString, target);
    QFETCH(bool, restarts);
    QWidget window;
    auto* field = new QLineEdit(&window);
    auto* dialog = new QDialog(&window);
    auto* dialogField = new QLineEdit(dialog);
    QWidget other;
    auto* otherField = new QLineEdit(&other);
    window.show();
    dialog->show();
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    constexpr int timeoutMs = 2000;
    IdleSignOut idle(window);
    idle.setTimeout(timeoutMs);
    idle.setArmed(true);
    QTRY_VERIFY_WITH_TIMEOUT(idle.remainingMs() < timeoutMs - 400, 5000);
    QWidget* receiver = target == "field"_L1    ? static_cast<QWidget*>(field)
                        : target == "dialog"_L1 ? static_cast<QWidget*>(dialogField)
                                                : static_cast<QWidget*>(otherField);
    QTest::keyClick(receiver, Qt::Key_A);
    if (restarts)
        QVERIFY(idle.remainingMs() > timeoutMs - 300);
    else
        QVERIFY(idle.remainingMs() < timeoutMs - 400);
}

void TestIdleSignOut::zeroSwitchesItOff()
{
    QWidget window;
    IdleSignOut idle(window);
    idle.setTimeout(0);
    idle.setArmed(true);
    QCOMPARE(idle.remainingMs(), -1);
    idle.setTimeout(60'000);
    QVERIFY(idle.remainingMs() > 0);
}

QTEST_MAIN(TestIdleSignOut)
#include "tst_idlesignout.moc"
