#include "HistoryStatusLine.h"

#include "model/ApiError.h"

#include <QDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

class tst_HistoryStatusLine : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private Q_SLOTS:
    void initTestCase();
    void countsWhatIsShown_data();
    void countsWhatIsShown();
    void whatWentWrongComesFirstUntilEventsArrive_data();
    void whatWentWrongComesFirstUntilEventsArrive();
    void savedNamesTheFile();
};

void tst_HistoryStatusLine::initTestCase()
{
    // English plural forms ("1 event", "3 events") come from the English catalog, as in the app.
    QVERIFY(m_english.load(u":/i18n/tablesync_en"_s));
    QCoreApplication::installTranslator(&m_english);
}

void tst_HistoryStatusLine::countsWhatIsShown_data()
{
    QTest::addColumn<int>("shown");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing yet") << 0 << 0 << u"0 events"_s;
    QTest::newRow("one") << 1 << 1 << u"1 event"_s;
    QTest::newRow("all shown") << 3 << 3 << u"3 events"_s;
    QTest::newRow("filtered") << 1 << 3 << u"1 of 3 events shown (filtered)"_s;
}

void tst_HistoryStatusLine::countsWhatIsShown()
{
    QFETCH(int, shown);
    QFETCH(int, total);
    QFETCH(QString, text);
    HistoryStatusLine line;
    line.setCounts(shown, total);
    QCOMPARE(line.text(), text);
    QCOMPARE(line.objectName(), u"historyStatus"_s);
}

void tst_HistoryStatusLine::whatWentWrongComesFirstUntilEventsArrive_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");
    QTest::newRow("not a manager")
        << int(ErrorCode::Forbidden) << u"Only managers can see the whole venue's history."_s;
    QTest::newRow("server away") << int(ErrorCode::Unreachable)
                                 << u"Cannot reach the server. The history shows what was read "
                                    u"last; it catches up by itself."_s;
    QTest::newRow("a save") << -1 << u"The disk is full."_s;
}

void tst_HistoryStatusLine::whatWentWrongComesFirstUntilEventsArrive()
{
    QFETCH(int, code);
    QFETCH(QString, error);
    HistoryStatusLine line;
    line.setCounts(2, 2);
    if (code < 0)
        line.showSaveError(error);
    else
        line.showReadError({ErrorCode(code), u"from the server"_s, {}});
    QCOMPARE(line.text(), error + u" 2 events"_s);
    QVERIFY(!line.styleSheet().isEmpty()); // not in the colour of the counts alone

    line.setCounts(2, 3); // the counts change, what went wrong stays said
    QVERIFY(line.text().startsWith(error));
    line.clearError();
    QCOMPARE(line.text(), u"2 of 3 events shown (filtered)"_s);
    QVERIFY(line.styleSheet().isEmpty());
}

void tst_HistoryStatusLine::savedNamesTheFile()
{
    HistoryStatusLine line;
    line.setCounts(4, 4);
    line.showSaveError(u"The disk is full."_s);
    const QString path = QDir::temp().filePath(u"history-venue.csv"_s);
    line.showSaved(path);
    QCOMPARE(line.text(), u"Saved %1. 4 events"_s.arg(QDir::toNativeSeparators(path)));
    QVERIFY(line.error().isEmpty()); // the failed try before is over
}

QTEST_MAIN(tst_HistoryStatusLine)
#include "tst_historystatusline.moc"
