#include "LoginView.h"
#include "TouchStyle.h"

#include <QApplication>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

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
};

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

QTEST_MAIN(TestLoginView)
#include "tst_loginview.moc"
