#include "CutTextCheck.h"
#include "LanguageSwitcher.h"
#include "LoginView.h"
#include "TouchStyle.h"

#include <QApplication>

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

class TestLoginView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TouchStyle::apply(*qApp); }
    void keypadTypesThePin();
    void refusesAnEmptyField_data();
    void refusesAnEmptyField();
    void keysAreLargeEnoughForFingers();
    void tileAndFourDigitsAreFiveTaps();
    void hardwareKeyboardTypesThePinNotTheId_data();
    void hardwareKeyboardTypesThePinNotTheId();
    void noTilesBeforeTheStaffIsKnown();
    void longerPinsPrefixCostsNoAttempt_data();
    void longerPinsPrefixCostsNoAttempt();
    void keypadColumnsLineUp_data();
    void keypadColumnsLineUp();

private:
    LanguageSwitcher m_languages;
};

namespace {
QList<Staff> venueStaff()
{
    return {{u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter},
            {u"mehmet"_s, u"Mehmet"_s, Staff::Role::Waiter},
            {u"selin"_s, u"Selin"_s, Staff::Role::Manager}};
}

// Whether the tile is laid out whole in view (the list lays out after it is shown).
bool inView(const LoginView& view, int row)
{
    const QListView* tiles = view.staffTiles();
    return tiles->viewport()->rect().contains(tiles->visualRect(tiles->model()->index(row, 0)));
}

QString where(const LoginView& view, int row)
{
    const QListView* tiles = view.staffTiles();
    const QRect tile = tiles->visualRect(tiles->model()->index(row, 0));
    const QRect room = tiles->viewport()->rect();
    return u"tile %1,%2 %3x%4 in %5x%6"_s.arg(tile.x())
        .arg(tile.y())
        .arg(tile.width())
        .arg(tile.height())
        .arg(room.width())
        .arg(room.height());
}

void tap(LoginView& view, int row)
{
    QListView* tiles = view.staffTiles();
    QTRY_VERIFY2(inView(view, row), qPrintable(where(view, row)));
    const QRect tile = tiles->visualRect(tiles->model()->index(row, 0));
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, {}, tile.center());
}
} // namespace

void TestLoginView::tileAndFourDigitsAreFiveTaps()
{
    LoginView view;
    view.setAutoSignInDelay(50);
    view.setPinLength(4); // the venue's PINs all have four digits
    view.setStaff(venueStaff(), {u"mehmet"_s});
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.staffTiles()->isVisible());
    QSignalSpy requested(&view, &LoginView::loginRequested);
    tap(view, 0); // the last signed-in waiter's tile comes first
    QCOMPARE(view.staffId(), u"mehmet"_s);
    for (const QString& key : {u"key2"_s, u"key2"_s, u"key2"_s, u"key2"_s})
        QTest::mouseClick(view.findChild<QPushButton*>(key), Qt::LeftButton);
    QVERIFY(requested.wait(5000));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"mehmet"_s);
    QCOMPARE(requested.at(0).at(1).toString(), u"2222"_s);

    // Three digits are not a PIN: nothing is sent on its own; a fourth would be.
    view.clearPin();
    for (const QString& key : {u"key1"_s, u"key2"_s, u"key3"_s})
        QTest::mouseClick(view.findChild<QPushButton*>(key), Qt::LeftButton);
    QTest::mouseClick(view.findChild<QPushButton*>(u"key4"_s), Qt::LeftButton);
    QVERIFY(requested.wait(5000));
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(1).toString(), u"1234"_s);
}

void TestLoginView::hardwareKeyboardTypesThePinNotTheId_data()
{
    QTest::addColumn<bool>("byTile");
    QTest::newRow("tile tapped") << true;
    QTest::newRow("id typed, then Enter") << false;
}

void TestLoginView::hardwareKeyboardTypesThePinNotTheId()
{
    QFETCH(bool, byTile);
    LoginView view;
    view.setAutoSignInDelay(0);
    view.setStaff(venueStaff(), {});
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    QSignalSpy requested(&view, &LoginView::loginRequested);
    auto* id = view.findChild<QLineEdit*>(u"staffId"_s);
    if (byTile) {
        tap(view, 2); // Selin
    } else {
        id->setFocus();
        QTest::keyClicks(id, u"selin"_s);
        QTest::keyClick(id, Qt::Key_Return);
    }
    QCOMPARE(view.staffId(), u"selin"_s);
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY(focus != id);
    QTest::keyClicks(focus, u"99x9"_s);
    QTest::keyClick(focus, Qt::Key_Backspace);
    QTest::keyClicks(focus, u"99"_s);
    QCOMPARE(view.staffId(), u"selin"_s);
    QCOMPARE(view.pin(), u"9999"_s);
    QVERIFY(requested.isEmpty());
    QTest::keyClick(focus, Qt::Key_Enter);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"selin"_s);
    QCOMPARE(requested.at(0).at(1).toString(), u"9999"_s);
    QTest::keyClick(focus, Qt::Key_Escape);
    QCOMPARE(view.pin(), QString());
}

void TestLoginView::noTilesBeforeTheStaffIsKnown()
{
    LoginView view;
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.staffTiles()->isVisible());
    view.setStaff(venueStaff(), {});
    QVERIFY(view.staffTiles()->isVisible());
    QCOMPARE(view.staffTiles()->model()->rowCount(), 3);
    // Every staff member's tile is in view without scrolling.
    for (int row = 0; row < 3; ++row) {
        QTRY_VERIFY2(inView(view, row), qPrintable(where(view, row)));
        QVERIFY(view.staffTiles()->visualRect(view.staffTiles()->model()->index(row, 0)).height() >=
                48);
    }
}

void TestLoginView::keypadTypesThePin()
{
    LoginView view;
    QSignalSpy requested(&view, &LoginView::loginRequested);
    QTest::keyClicks(view.findChild<QLineEdit*>(u"staffId"_s), u"ayse"_s);
    for (const QString& key :
         {u"key1"_s, u"key2"_s, u"key9"_s, u"keyBack"_s, u"key1"_s, u"key1"_s, u"key0"_s})
        QTest::mouseClick(view.findChild<QPushButton*>(key), Qt::LeftButton);
    QCOMPARE(view.pin(), u"12110"_s);
    QCOMPARE(view.findChild<QLabel*>(u"pinDisplay"_s)->text().size(), 5);
    QVERIFY(!view.findChild<QLabel*>(u"pinDisplay"_s)->text().contains(u'1'));
    QTest::mouseClick(view.findChild<QPushButton*>(u"primary"_s), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"ayse"_s);
    QCOMPARE(requested.at(0).at(1).toString(), u"12110"_s);

    QTest::mouseClick(view.findChild<QPushButton*>(u"keyClear"_s), Qt::LeftButton);
    QCOMPARE(view.pin(), QString());
}

void TestLoginView::refusesAnEmptyField_data()
{
    QTest::addColumn<QString>("staffId");
    QTest::addColumn<bool>("typePin");
    QTest::newRow("no staff id") << QString() << true;
    QTest::newRow("no pin") << u"ayse"_s << false;
}

void TestLoginView::refusesAnEmptyField()
{
    QFETCH(QString, staffId);
    QFETCH(bool, typePin);
    LoginView view;
    QSignalSpy requested(&view, &LoginView::loginRequested);
    QTest::keyClicks(view.findChild<QLineEdit*>(u"staffId"_s), staffId);
    if (typePin)
        QTest::mouseClick(view.findChild<QPushButton*>(u"key4"_s), Qt::LeftButton);
    QTest::mouseClick(view.findChild<QPushButton*>(u"primary"_s), Qt::LeftButton);
    QCOMPARE(requested.size(), 0);
    QVERIFY(!view.findChild<QLabel*>(u"resultError"_s)->text().isEmpty());
}

void TestLoginView::keysAreLargeEnoughForFingers()
{
    LoginView view;
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto buttons = view.findChildren<QPushButton*>();
    QVERIFY(buttons.size() >= 13);
    for (const QPushButton* button : buttons) {
        QVERIFY2(button->height() >= 48 && button->width() >= 48, qPrintable(button->objectName()));
    }
}

void TestLoginView::longerPinsPrefixCostsNoAttempt_data()
{
    QTest::addColumn<int>("venuePinLength");
    QTest::newRow("PINs differ in length: Enter signs in") << 0;
    QTest::newRow("venue's PINs have 6 digits") << 6;
}

// Selin's PIN has six digits: a pause after four of them sends nothing (a wrong PIN would count
// towards her lockout); all six sign her in, once.
void TestLoginView::longerPinsPrefixCostsNoAttempt()
{
    QFETCH(int, venuePinLength);
    constexpr int delayMs = 50;
    LoginView view;
    view.setAutoSignInDelay(delayMs);
    view.setPinLength(venuePinLength);
    view.setStaff(venueStaff(), {});
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy requested(&view, &LoginView::loginRequested);
    tap(view, 2); // Selin
    for (const QString& key : {u"key9"_s, u"key8"_s, u"key7"_s, u"key6"_s})
        QTest::mouseClick(view.findChild<QPushButton*>(key), Qt::LeftButton);
    // Proof that nothing was sent: a timer started after the fourth digit, due after the pause
    // that would have signed in, has fired (timers fire in the order they are due).
    QTimer later;
    later.setSingleShot(true);
    QSignalSpy passed(&later, &QTimer::timeout);
    later.start(2 * delayMs);
    QVERIFY(passed.wait(5000));
    QVERIFY2(requested.isEmpty(), qPrintable(requested.value(0).value(1).toString()));

    for (const QString& key : {u"key5"_s, u"key4"_s})
        QTest::mouseClick(view.findChild<QPushButton*>(key), Qt::LeftButton);
    if (venuePinLength == 0)
        QTest::keyClick(&view, Qt::Key_Enter);
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"selin"_s);
    QCOMPARE(requested.at(0).at(1).toString(), u"987654"_s);
}

void TestLoginView::keypadColumnsLineUp_data()
{
    QTest::addColumn<QString>("language");
    for (const LanguageSwitcher::Language& language : LanguageSwitcher::languages())
        QTest::newRow(language.code.toLatin1().constData()) << language.code;
}

// Every key of the keypad as wide as the others, the word on "Clear" whole, in every language.
void TestLoginView::keypadColumnsLineUp()
{
    QFETCH(QString, language);
    QVERIFY(m_languages.setLanguage(language));
    LoginView view;
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto key = [&view](const QString& name) {
        return view.findChild<QPushButton*>(u"key"_s + name);
    };
    const QStringList rows[] = {{u"1"_s, u"2"_s, u"3"_s},
                                {u"4"_s, u"5"_s, u"6"_s},
                                {u"7"_s, u"8"_s, u"9"_s},
                                {u"Clear"_s, u"0"_s, u"Back"_s}};
    const int width = key(u"1"_s)->width();
    QVERIFY(width >= TouchStyle::minTarget);
    for (const QStringList& row : rows) {
        for (int column = 0; column < 3; ++column) {
            const QPushButton* shown = key(row.at(column));
            QVERIFY2(shown, qPrintable(row.at(column)));
            QCOMPARE(shown->width(), width);
            QVERIFY(shown->height() >= TouchStyle::minTarget);
            QCOMPARE(shown->x(), key(rows[0].at(column))->x());
        }
    }
    const QList<CutTextCheck::Cut> cuts = CutTextCheck::of(*key(u"Clear"_s));
    QVERIFY2(cuts.isEmpty(), qPrintable(CutTextCheck::describe(cuts)));
    QVERIFY(m_languages.setLanguage(u"en"_s));
}

QTEST_MAIN(TestLoginView)
#include "tst_loginview.moc"
