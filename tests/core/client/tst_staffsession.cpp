#include "TabletParts.h"

#include "client/KitchenFeed.h"
#include "client/LiveUpdates.h"
#include "client/StaffSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Who is signed in on the tablet, against a server that is away (nothing listens on the port):
// a sign-in is refused as unreachable, and a session ends once, whoever ends it.
class tst_StaffSession : public TabletPartsTest
{
    Q_OBJECT

private:
    void prepare() override
    {
        m_live = std::make_unique<LiveUpdates>(m_parts->api);
        m_kitchen = std::make_unique<KitchenFeed>(m_parts->api);
        m_session = std::make_unique<StaffSession>(m_parts->api, m_parts->drafts, m_parts->sender,
                                                   m_parts->reconciler, m_parts->replayer, *m_live,
                                                   *m_kitchen, m_parts->staff);
    }

    // As after a sign-in the server answered.
    void signInAs(const QString& staffId)
    {
        m_parts->staff = Staff{staffId, staffId, Staff::Role::Waiter};
        m_parts->api.setToken(u"token-of-"_s + staffId);
    }

    std::unique_ptr<LiveUpdates> m_live;
    std::unique_ptr<KitchenFeed> m_kitchen;
    std::unique_ptr<StaffSession> m_session;

private Q_SLOTS:
    void cleanup()
    {
        m_session.reset();
        m_kitchen.reset();
        m_live.reset();
        m_parts.reset();
    }

    void unreachableSignInLeavesNobodySignedIn()
    {
        QSignalSpy failed(m_session.get(), &StaffSession::loginFailed);
        QSignalSpy signedIn(m_session.get(), &StaffSession::loggedIn);
        QSignalSpy online(&m_parts->replayer, &OutboxReplayer::onlineChanged);
        m_session->login(u"ayse"_s, u"1234"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.first().first().value<ApiError>().code, ErrorCode::Unreachable);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!m_parts->staff);
        QVERIFY(m_parts->api.token().isEmpty());
        QVERIFY(m_parts->drafts.owner().isEmpty()); // nobody's drafts are shown
        QVERIFY(!m_session->isStreamStartPending());
        // The banner says offline at once, not after the next probe.
        QCOMPARE(online.count(), 1);
        QVERIFY(!m_parts->replayer.isOnline());
    }

    void sessionEndsOnce_data()
    {
        QTest::addColumn<bool>("signOut");
        QTest::newRow("the waiter signs out") << true;
        QTest::newRow("the server forgot the token") << false;
    }

    void sessionEndsOnce()
    {
        QFETCH(bool, signOut);
        signInAs(u"ayse"_s);
        QSignalSpy ended(m_session.get(), &StaffSession::loggedOut);
        const auto end = [&] { signOut ? m_session->logout() : m_session->drop(); };

        end();
        QCOMPARE(ended.count(), 1);
        QVERIFY(!m_parts->staff);
        QVERIFY(m_parts->api.token().isEmpty()); // nothing more goes out under her name

        end(); // a second sign-out (a 401 after the first) ends nothing more
        QCOMPARE(ended.count(), 1);
    }

    void nobodySignedInEndsNothing()
    {
        QSignalSpy ended(m_session.get(), &StaffSession::loggedOut);
        m_session->logout();
        m_session->drop();
        QCOMPARE(ended.count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_StaffSession)
#include "tst_staffsession.moc"
