#include "CourseChips.h"
#include "TouchStyle.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The course chips as real widgets on offscreen: a tap chooses one course and says so, a course
// set from outside is shown without a signal, and each chip is big enough for a finger.
class tst_CourseChips : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_chips.reset(); }
    void aTapChoosesThatCourseAlone_data();
    void aTapChoosesThatCourseAlone();
    void setCourseStaysWithinTheChips_data();
    void setCourseStaysWithinTheChips();
    void chipsAreNamedAndLargeEnough();

private:
    QPushButton* chip(int course) const
    {
        return m_chips->findChild<QPushButton*>(u"course%1"_s.arg(course));
    }

    std::unique_ptr<CourseChips> m_chips;
};

void tst_CourseChips::init()
{
    m_chips = std::make_unique<CourseChips>();
    m_chips->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chips.get()));
}

void tst_CourseChips::aTapChoosesThatCourseAlone_data()
{
    QTest::addColumn<int>("course");
    for (int course = 1; course <= CourseChips::count; ++course)
        QTest::newRow(qPrintable(u"course %1"_s.arg(course))) << course;
}

void tst_CourseChips::aTapChoosesThatCourseAlone()
{
    QFETCH(int, course);
    QSignalSpy chosen(m_chips.get(), &CourseChips::courseChosen);
    QTest::mouseClick(chip(course), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toInt(), course);
    QCOMPARE(m_chips->course(), course);
    for (int other = 1; other <= CourseChips::count; ++other)
        QCOMPARE(chip(other)->isChecked(), other == course);
}

void tst_CourseChips::setCourseStaysWithinTheChips_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("shown");
    QTest::newRow("a chip") << 3 << 3;
    QTest::newRow("below the first") << 0 << 1;
    QTest::newRow("past the last") << 9 << CourseChips::count;
}

void tst_CourseChips::setCourseStaysWithinTheChips()
{
    QFETCH(int, asked);
    QFETCH(int, shown);
    QSignalSpy chosen(m_chips.get(), &CourseChips::courseChosen);
    m_chips->setCourse(asked);
    QCOMPARE(m_chips->course(), shown);
    QVERIFY(chip(shown)->isChecked());
    QVERIFY(chosen.isEmpty()); // only a tap is the user's choice
}

void tst_CourseChips::chipsAreNamedAndLargeEnough()
{
    for (int course = 1; course <= CourseChips::count; ++course) {
        QPushButton* button = chip(course);
        QVERIFY(button);
        QCOMPARE(button->text(), QString::number(course));
        QCOMPARE(button->accessibleName(), u"Course %1"_s.arg(course));
        QVERIFY(button->width() >= TouchStyle::minTarget);
        QVERIFY(button->height() >= TouchStyle::minTarget);
    }
    QVERIFY(!chip(CourseChips::count + 1));
}

QTEST_MAIN(tst_CourseChips)
#include "tst_coursechips.moc"
