#include "SideBySideWindows.h"

#include <QTest>

class TestSideBySideWindows : public QObject
{
    Q_OBJECT

private slots:
    void placesEachWindow_data()
    {
        QTest::addColumn<QRect>("screen");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("index");
        QTest::addColumn<QRect>("expected");
        const QRect wide(0, 0, 2560, 1440);
        QTest::newRow("one fills the screen") << wide << 1 << 0 << wide;
        QTest::newRow("two: the left") << wide << 2 << 0 << QRect(0, 0, 1280, 1440);
        QTest::newRow("two: the right") << wide << 2 << 1 << QRect(1280, 0, 1280, 1440);
        const QRect tall(100, 50, 2400, 1600);
        QTest::newRow("four: bottom right, offset screen")
            << tall << 4 << 3 << QRect(1300, 850, 1200, 800);
        QTest::newRow("three: the third starts row two")
            << tall << 3 << 2 << QRect(100, 850, 1200, 800);
        const QRect small(0, 0, 1280, 800);
        QTest::newRow("small screen: first of two cascades")
            << small << 2 << 0 << QRect(0, 0, 1000, 800);
        QTest::newRow("small screen: second of two cascades")
            << small << 2 << 1 << QRect(280, 0, 1000, 800);
        QTest::newRow("small screen: four step down")
            << small << 4 << 3 << QRect(279, 99, 1000, 700);
    }

    void placesEachWindow()
    {
        QFETCH(QRect, screen);
        QFETCH(int, count);
        QFETCH(int, index);
        QFETCH(QRect, expected);
        const QRect placed = SideBySideWindows::geometry(index, count, screen);
        QCOMPARE(placed, expected);
        QVERIFY(screen.contains(placed));
    }
};

QTEST_APPLESS_MAIN(TestSideBySideWindows)
#include "tst_sidebysidewindows.moc"
