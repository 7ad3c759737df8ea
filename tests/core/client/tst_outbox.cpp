#include "client/LocalDatabase.h"
#include "client/Outbox.h"

#include "ManualClock.h"
#include "ResultCheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Line line(const QString& id, const QString& item, int qty = 1)
{
    Line made;
    made.lineId = id;
    made.menuItemId = item;
    made.qty = qty;
    return made;
}

Order order(qint64 id, qint64 version)
{
    Order made;
    made.id = id;
    made.tableId = QString::number(id - 33);
    made.version = version;
    return made;
}

const QString lineA = u"1b7e5a52-5a3b-4d0e-9c0a-2f8f1c1d1e01"_s;
const QString lineB = u"1b7e5a52-5a3b-4d0e-9c0a-2f8f1c1d1e02"_s;

QList<qint64> orderIds(const Outbox& outbox)
{
    QList<qint64> ids;
    for (const OutboxEntry& entry : outbox.entries())
        ids.append(entry.orderId);
    return ids;
}

} // namespace

class tst_Outbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    }

    void keepsTheOrderOfSends()
    {
        LocalDatabase database(m_path);
        QVERIFY_OK(database.open());
        Outbox outbox(database, m_clock);
        QVERIFY_OK(outbox.load());
        QCOMPARE(outbox.count(), 0);
        for (qint64 id : {36, 34, 35}) {
            QVERIFY_OK(outbox.enqueue(order(id, 2), {line(lineA, u"soup-lentil"_s)}, u"ayse"_s));
            m_clock.advance(1000);
        }
        QCOMPARE(orderIds(outbox), (QList<qint64>{36, 34, 35}));
        QCOMPARE(outbox.count(), 3);
        QVERIFY(outbox.contains(34, u"ayse"_s));
        QVERIFY(!outbox.contains(37, u"ayse"_s));
        QVERIFY(!outbox.contains(34, u"mehmet"_s)); // each waiter's sends are their own
    }

    void survivesReopen()
    {
        const Lines draft{line(lineA, u"soup-lentil"_s, 2), line(lineB, u"tea-black"_s)};
        m_clock.set(1'785'000'000'000);
        {
            LocalDatabase database(m_path);
            QVERIFY_OK(database.open());
            Outbox outbox(database, m_clock);
            QVERIFY_OK(outbox.load());
            QVERIFY_OK(outbox.enqueue(order(35, 4), draft, u"mehmet"_s));
            QVERIFY_OK(outbox.enqueue(order(34, 1), {}, u"ayse"_s));
        }
        LocalDatabase database(m_path);
        QVERIFY_OK(database.open());
        Outbox outbox(database, m_clock);
        QVERIFY_OK(outbox.load());
        QCOMPARE(orderIds(outbox), (QList<qint64>{35, 34}));
        const OutboxEntry first = outbox.entries().first();
        QCOMPARE(first.base, order(35, 4));
        QCOMPARE(first.draft, draft);
        QCOMPARE(first.staffId, u"mehmet"_s);
        QCOMPARE(first.queuedAt, 1'785'000'000'000);
    }

    void keepsVoidsWithTheSendAcrossReopen()
    {
        const VoidEntry soup{lineA, u"wrong_item"_s, u"asked for fish"_s, u"approval-1"_s};
        const VoidEntry tea{lineB, u"quality"_s, {}, std::nullopt};
        {
            LocalDatabase database(m_path);
            QVERIFY_OK(database.open());
            Outbox outbox(database, m_clock);
            QVERIFY_OK(outbox.load());
            QVERIFY_OK(outbox.enqueue(order(34, 3), {}, u"ayse"_s, {soup}));
            // A later send of the order keeps the waiting void and adds its own.
            QVERIFY_OK(outbox.enqueue(order(34, 3), {}, u"ayse"_s, {tea}));
            QCOMPARE(outbox.find(34, u"ayse"_s)->voids, (QList<VoidEntry>{soup, tea}));
            // A void whose line is back in the draft is dropped.
            QVERIFY_OK(outbox.enqueue(order(34, 3), {line(lineB, u"tea-black"_s)}, u"ayse"_s));
            QCOMPARE(outbox.find(34, u"ayse"_s)->voids, QList<VoidEntry>{soup});
            // The approval expired: every void of the send takes the new one.
            QVERIFY_OK(outbox.setApproval(34, u"ayse"_s, u"approval-2"_s));
            const Result<void> none = outbox.setApproval(35, u"ayse"_s, u"approval-2"_s);
            QVERIFY(!none);
            QCOMPARE(none.error().code, ErrorCode::NotFound);
        }
        LocalDatabase database(m_path);
        QVERIFY_OK(database.open());
        Outbox outbox(database, m_clock);
        QVERIFY_OK(outbox.load());
        VoidEntry renewed = soup;
        renewed.approval = u"approval-2"_s;
        QCOMPARE(outbox.find(34, u"ayse"_s)->voids, QList<VoidEntry>{renewed});
    }

    void aLaterSendOfTheSameOrderReplacesItsList()
    {
        LocalDatabase database(m_path);
        QVERIFY_OK(database.open());
        Outbox outbox(database, m_clock);
        QVERIFY_OK(outbox.enqueue(order(34, 2), {line(lineA, u"soup-lentil"_s)}, u"ayse"_s));
        const qint64 queuedAt = m_clock.nowMs();
        m_clock.advance(5000);
        QVERIFY_OK(outbox.enqueue(order(35, 1), {}, u"ayse"_s));
        const Lines later{line(lineA, u"soup-lentil"_s), line(lineB, u"tea-black"_s)};
        QVERIFY_OK(outbox.enqueue(order(34, 2), later, u"ayse"_s));

        for (int pass = 0; pass < 2; ++pass) {
            QCOMPARE(orderIds(outbox), (QList<qint64>{34, 35}));
            QCOMPARE(outbox.find(34, u"ayse"_s)->draft, later);
            QCOMPARE(outbox.find(34, u"ayse"_s)->queuedAt, queuedAt);
            QVERIFY_OK(outbox.load()); // the same from the file
        }
    }

    void removeTakesOnlyThatOrder()
    {
        LocalDatabase database(m_path);
        QVERIFY_OK(database.open());
        Outbox outbox(database, m_clock);
        QVERIFY_OK(outbox.enqueue(order(34, 2), {}, u"ayse"_s));
        QVERIFY_OK(outbox.enqueue(order(35, 2), {}, u"ayse"_s));
        QVERIFY_OK(outbox.enqueue(order(36, 2), {}, u"ayse"_s));
        QVERIFY_OK(outbox.remove(35, u"ayse"_s));
        QCOMPARE(orderIds(outbox), (QList<qint64>{34, 36}));
        QVERIFY_OK(outbox.load());
        QCOMPARE(orderIds(outbox), (QList<qint64>{34, 36}));
        // A new send after removal goes to the end of the queue.
        QVERIFY_OK(outbox.enqueue(order(35, 3), {}, u"ayse"_s));
        QCOMPARE(orderIds(outbox), (QList<qint64>{34, 36, 35}));
    }

    void twoWaitersKeepTheirOwnSendsOfOneOrder()
    {
        LocalDatabase database(m_path);
        QVERIFY_OK(database.open());
        Outbox outbox(database, m_clock);
        const Lines hers{line(lineA, u"soup-lentil"_s)};
        const Lines his{line(lineB, u"tea-black"_s)};
        QVERIFY_OK(outbox.enqueue(order(34, 2), hers, u"ayse"_s));
        QVERIFY_OK(outbox.enqueue(order(34, 2), his, u"mehmet"_s));
        for (int pass = 0; pass < 2; ++pass) {
            QCOMPARE(outbox.count(), 2);
            QCOMPARE(outbox.find(34, u"ayse"_s)->draft, hers);
            QCOMPARE(outbox.find(34, u"mehmet"_s)->draft, his);
            QCOMPARE(outbox.entries().first().staffId, u"ayse"_s); // first queued, first out
            QVERIFY_OK(outbox.load());
        }
        QVERIFY_OK(outbox.removeAll(u"mehmet"_s));
        QVERIFY_OK(outbox.load());
        QCOMPARE(outbox.count(), 1);
        QCOMPARE(outbox.entries().first().staffId, u"ayse"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
};

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
