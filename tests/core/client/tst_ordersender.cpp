#include "TabletParts.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Firing a course on its own, with no server (port 1 refuses): a fire that cannot go says so
// and changes nothing on the tablet; the lines stay on the order, waiting.
class tst_OrderSender : public TabletPartsTest
{
    Q_OBJECT

protected:
    void prepare() override
    {
        Line second = TabletParts::line(lineB, u"kebab"_s);
        second.course = 2;
        const Order order =
            TabletParts::order(34, 3, {TabletParts::line(lineA, u"soup"_s), second});
        QVERIFY_OK(m_parts->drafts.save(order, order.items));
    }

private Q_SLOTS:
    void fireRefusals_data()
    {
        QTest::addColumn<qint64>("orderId");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<int>("code");
        QTest::newRow("order not open here") << qint64(99) << true << int(ErrorCode::OrderNotOpen);
        QTest::newRow("nobody signed in") << qint64(34) << false << int(ErrorCode::NotLoggedIn);
        QTest::newRow("server away") << qint64(34) << true << int(ErrorCode::Unreachable);
    }

    void fireRefusals()
    {
        QFETCH(qint64, orderId);
        QFETCH(bool, signedIn);
        QFETCH(int, code);
        if (signedIn)
            m_parts->staff = Staff{u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter};
        OrderSender& sender = m_parts->sender;
        QSignalSpy failed(&sender, &OrderSender::fireFailed);
        QSignalSpy fired(&sender, &OrderSender::fired);
        const OrderDraft before = *m_parts->drafts.find(34);
        sender.fire(orderId, {2});
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.at(0).at(0).toLongLong(), orderId);
        QCOMPARE(failed.at(0).at(1).toInt(), 2);
        QCOMPARE(int(failed.at(0).at(2).value<ApiError>().code), code);
        QCOMPARE(fired.size(), 0);
        QVERIFY(!sender.isWriting(34));
        // Nothing on the tablet moved: the course still waits on the same base.
        QCOMPARE(*m_parts->drafts.find(34), before);
    }
};

QTEST_MAIN(tst_OrderSender)
#include "tst_ordersender.moc"
