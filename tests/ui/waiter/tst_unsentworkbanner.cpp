#include "UnsentWorkBanner.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The bar a waiter sees when someone else's unsent work is on the tablet: whose and how much,
// and, for a manager, the discard with its reason.
class tst_UnsentWorkBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_banner = std::make_unique<UnsentWorkBanner>();
        m_banner->setStaffNames({{u"ayse"_s, u"Ayşe"_s}, {u"mehmet"_s, u"Mehmet"_s}});
        m_banner->resize(1280, 80);
        m_banner->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_banner.get()));
    }

    void cleanup() { m_banner.reset(); }

    void hiddenWithoutOthersWork()
    {
        m_banner->setWork({}, true);
        QVERIFY(!m_banner->isVisible());
    }

    void saysWhoseAndHowMuch_data()
    {
        QTest::addColumn<bool>("manager");
        QTest::newRow("a waiter") << false;
        QTest::newRow("a manager") << true;
    }

    void saysWhoseAndHowMuch()
    {
        QFETCH(bool, manager);
        m_banner->setWork({{u"ayse"_s, 2, 3}, {QString(), 1, 2}}, manager);
        QVERIFY(m_banner->isVisible());
        const QString text = m_banner->text()->text();
        QVERIFY2(text.contains(u"Ayşe has 3 unsent changes on this tablet"_s), qPrintable(text));
        QVERIFY2(text.contains(u"A waiter this tablet cannot name has 2 unsent changes"_s),
                 qPrintable(text));
        QCOMPARE(m_banner->discardButton()->isVisible(), manager);
        QVERIFY(!m_banner->reasonField()->isVisible());
        // It is thin: one line per waiter, no more than a button's height beyond that.
        QVERIFY(m_banner->sizeHint().height() < 140);
    }

    void managerDiscardsWithAReason()
    {
        m_banner->setWork({{u"ayse"_s, 1, 3}}, true);
        QSignalSpy requested(m_banner.get(), &UnsentWorkBanner::discardRequested);
        QCOMPARE(m_banner->discardButton()->text(), u"Discard Ayşe's work…"_s);
        QTest::mouseClick(m_banner->discardButton(), Qt::LeftButton);
        QVERIFY(m_banner->reasonField()->isVisible());
        QVERIFY(!m_banner->discardButton()->isVisible());
        QVERIFY(!m_banner->confirmButton()->isEnabled()); // no reason, no discard
        QTest::keyClicks(m_banner->reasonField(), u"   "_s);
        QVERIFY(!m_banner->confirmButton()->isEnabled());
        QTest::keyClicks(m_banner->reasonField(), u"Guests left"_s);
        QVERIFY(m_banner->confirmButton()->isEnabled());
        QTest::mouseClick(m_banner->confirmButton(), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toString(), u"ayse"_s);
        QCOMPARE(requested.first().at(1).toString(), u"Guests left"_s);

        // What the engine answered: the work is gone, the message stays until the next sign-in.
        m_banner->setWork({}, true);
        m_banner->showDiscarded(WorkDiscard{1, u"ayse"_s, u"selin"_s, u"Guests left"_s, 1, 3, 0});
        QVERIFY(m_banner->isVisible());
        QCOMPARE(m_banner->message()->text(),
                 u"Discarded 3 changes of Ayşe: “Guests left”. Logged on this tablet."_s);
        QVERIFY(!m_banner->reasonField()->isVisible());
        m_banner->clearMessage();
        QVERIFY(!m_banner->isVisible());
    }

    void cancelKeepsTheWork()
    {
        m_banner->setWork({{u"mehmet"_s, 1, 1}}, true);
        QSignalSpy requested(m_banner.get(), &UnsentWorkBanner::discardRequested);
        QTest::mouseClick(m_banner->discardButton(), Qt::LeftButton);
        QTest::keyClicks(m_banner->reasonField(), u"oops"_s);
        QTest::mouseClick(m_banner->findChild<QPushButton*>(u"cancelDiscard"_s), Qt::LeftButton);
        QVERIFY(!m_banner->reasonField()->isVisible());
        QVERIFY(m_banner->discardButton()->isVisible());
        // A later event: the banner still speaks of Mehmet's work, and nothing was asked.
        m_banner->setWork({{u"mehmet"_s, 1, 1}}, true);
        QVERIFY(m_banner->text()->text().contains(u"Mehmet"_s));
        QCOMPARE(requested.count(), 0);
    }

    void refusalIsSaid_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("text");
        QTest::newRow("not a manager")
            << ErrorCode::Forbidden << u"Only a manager signed in on this tablet can discard it."_s;
        QTest::newRow("already gone")
            << ErrorCode::NotFound << u"Nothing of theirs is left to discard."_s;
        QTest::newRow("the file") << ErrorCode::LocalStorage
                                  << u"This tablet could not discard it; nothing was changed."_s;
    }

    void refusalIsSaid()
    {
        QFETCH(ErrorCode, code);
        QFETCH(QString, text);
        m_banner->setWork({{u"ayse"_s, 1, 3}}, true);
        m_banner->showError(ApiError{code, u"diagnostic"_s, {}});
        QCOMPARE(m_banner->message()->text(), text);
        QVERIFY(m_banner->message()->isVisible());
    }

private:
    std::unique_ptr<UnsentWorkBanner> m_banner;
};

QTEST_MAIN(tst_UnsentWorkBanner)
#include "tst_unsentworkbanner.moc"
