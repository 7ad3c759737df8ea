#include "SendResultLine.h"

#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

// The result line under an order, as a waiter reads it after a Send, a fire or an error.
class tst_SendResultLine : public QObject
{
    Q_OBJECT

    QTranslator m_english;

private Q_SLOTS:
    void initTestCase();
    void eachKindHasItsStyle_data();
    void eachKindHasItsStyle();
    void sentFollowsTheOrdersLineCount();
    void aFireRightAfterASendKeepsTheSentLine();
    void aFireOnItsOwnStandsAlone();
    void clearingHidesIt();
    void theSentLineFollowsTheLanguage();
};

void tst_SendResultLine::initTestCase()
{
    // English plural forms ("1 line", "2 lines") come from the English catalog, as in the app.
    QVERIFY(m_english.load(u":/i18n/tablesync_en"_s));
    QCoreApplication::installTranslator(&m_english);
}

void tst_SendResultLine::eachKindHasItsStyle_data()
{
    QTest::addColumn<SendResultLine::Kind>("kind");
    QTest::addColumn<QString>("objectName");
    QTest::newRow("ok: green") << SendResultLine::Kind::Ok << u"resultOk"_s;
    QTest::newRow("error: red") << SendResultLine::Kind::Error << u"resultError"_s;
    QTest::newRow("info: amber") << SendResultLine::Kind::Info << u"resultInfo"_s;
}

void tst_SendResultLine::eachKindHasItsStyle()
{
    QFETCH(SendResultLine::Kind, kind);
    QFETCH(QString, objectName);
    SendResultLine line;
    QVERIFY(line.isHidden()); // nothing to say before the first send
    line.showResult(kind, u"Table 12 was closed by Mehmet."_s);
    QVERIFY(!line.isHidden());
    QCOMPARE(line.objectName(), objectName);
    QCOMPARE(line.text(), u"Table 12 was closed by Mehmet."_s);
}

void tst_SendResultLine::sentFollowsTheOrdersLineCount()
{
    SendResultLine line;
    line.showSent(1);
    QCOMPARE(line.objectName(), u"resultOk"_s);
    QCOMPARE(line.text(), u"Sent. The order now has 1 line."_s);
    // Another waiter's live update grows the order: the line stays true.
    line.setLineCount(14);
    QCOMPARE(line.text(), u"Sent. The order now has 14 lines."_s);
    // Once something else is shown, a count no longer rewrites it.
    line.showResult(SendResultLine::Kind::Error, u"Not sent."_s);
    line.setLineCount(15);
    QCOMPARE(line.text(), u"Not sent."_s);
}

void tst_SendResultLine::aFireRightAfterASendKeepsTheSentLine()
{
    SendResultLine line;
    line.showSent(3);
    line.showFired(u"Course 1 went to the kitchen."_s);
    QCOMPARE(line.text(), u"Sent. The order now has 3 lines.\nCourse 1 went to the kitchen."_s);
    line.setLineCount(4);
    QCOMPARE(line.text(), u"Sent. The order now has 4 lines.\nCourse 1 went to the kitchen."_s);
}

void tst_SendResultLine::aFireOnItsOwnStandsAlone()
{
    SendResultLine line;
    line.showFired(u"Course 2 went to the kitchen."_s);
    QCOMPARE(line.text(), u"Course 2 went to the kitchen."_s);
    QCOMPARE(line.objectName(), u"resultOk"_s);
}

void tst_SendResultLine::clearingHidesIt()
{
    SendResultLine line;
    line.showSent(2);
    line.clearResult();
    QVERIFY(line.isHidden());
    QVERIFY(line.text().isEmpty());
    line.setLineCount(5); // a later count brings no stale "Sent" back
    QVERIFY(line.text().isEmpty());
}

void tst_SendResultLine::theSentLineFollowsTheLanguage()
{
    SendResultLine line;
    line.show();
    line.showSent(2);
    QTranslator german;
    QVERIFY(german.load(u":/i18n/tablesync_de"_s));
    QCoreApplication::installTranslator(&german);
    QTRY_COMPARE(line.text(), u"Gesendet. Die Bestellung hat jetzt 2 Positionen."_s);
    QCoreApplication::removeTranslator(&german);
    QTRY_COMPARE(line.text(), u"Sent. The order now has 2 lines."_s);
}

QTEST_MAIN(tst_SendResultLine)
#include "tst_sendresultline.moc"
