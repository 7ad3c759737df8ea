#include "client/CoursePlan.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// "1", "2f": a line of course 1 not fired, a fired line of course 2.
Lines order(const QStringList& codes)
{
    Lines lines;
    for (const QString& code : codes) {
        Line line;
        line.lineId = u"line-%1"_s.arg(lines.size());
        line.menuItemId = u"tea"_s;
        line.course = code.left(1).toInt();
        if (code.endsWith(u'f')) {
            line.state = Line::State::Fired;
            line.firedAt = 1000;
        }
        lines.append(line);
    }
    return lines;
}

} // namespace

class TestCoursePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plan_data();
    void plan();
};

void TestCoursePlan::plan_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("current");
    QTest::addColumn<QList<int>>("sendCourses");
    QTest::addColumn<int>("waiting"); // 0: nothing waits
    QTest::addColumn<int>("waitingLines");

    QTest::newRow("empty order") << QStringList{} << 1 << QList<int>{} << 0 << 0;
    QTest::newRow("first send of one course")
        << QStringList{u"1"_s, u"1"_s} << 1 << QList<int>{1} << 1 << 2;
    QTest::newRow("two courses, nothing fired")
        << QStringList{u"1"_s, u"2"_s, u"2"_s} << 1 << QList<int>{1} << 1 << 1;
    QTest::newRow("course 1 fired, course 2 waits")
        << QStringList{u"1f"_s, u"2"_s, u"2"_s} << 1 << QList<int>{} << 2 << 2;
    QTest::newRow("a late drink for the course the kitchen is on")
        << QStringList{u"1f"_s, u"1"_s, u"2"_s} << 1 << QList<int>{1} << 1 << 1;
    QTest::newRow("course 2 fired, a late course 1 line goes too")
        << QStringList{u"1f"_s, u"2f"_s, u"1"_s, u"2"_s, u"3"_s} << 2 << QList<int>{1, 2} << 1 << 1;
    QTest::newRow("everything fired")
        << QStringList{u"1f"_s, u"2f"_s} << 2 << QList<int>{} << 0 << 0;
    QTest::newRow("only a later course, nothing fired")
        << QStringList{u"3"_s} << 1 << QList<int>{} << 3 << 1;
    QTest::newRow("course 9 fired first")
        << QStringList{u"9f"_s, u"1"_s, u"2"_s} << 9 << QList<int>{1, 2} << 1 << 1;
}

void TestCoursePlan::plan()
{
    QFETCH(QStringList, lines);
    QFETCH(int, current);
    QFETCH(QList<int>, sendCourses);
    QFETCH(int, waiting);
    QFETCH(int, waitingLines);

    const CoursePlan plan(order(lines));
    QCOMPARE(plan.current(), current);
    QCOMPARE(plan.sendCourses(), sendCourses);
    QCOMPARE(plan.waiting().value_or(0), waiting);
    QCOMPARE(plan.waitingLines(waiting), waitingLines);
}

QTEST_APPLESS_MAIN(TestCoursePlan)
#include "tst_courseplan.moc"
