#include "client/DraftStore.h"
#include "client/LocalDatabase.h"

#include "ManualClock.h"
#include "ResultCheck.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Line line(const QString& id, const QString& item, int qty, int seat, const QString& note = {})
{
    Line made;
    made.lineId = id;
    made.menuItemId = item;
    made.qty = qty;
    made.seat = seat;
    made.note = note;
    made.addedBy = u"ayse"_s;
    made.addedAt = 1'780'000'000'123;
    return made;
}

Order order(qint64 id, qint64 version, Lines items)
{
    Order made;
    made.id = id;
    made.tableId = u"12"_s;
    made.version = version;
    made.updatedAt = 1'780'000'000'000;
    made.items = std::move(items);
    return made;
}

const QString lineA = u"0b7e5a52-5a3b-4d0e-9c0a-2f8f1c1d1e01"_s;
const QString lineB = u"0b7e5a52-5a3b-4d0e-9c0a-2f8f1c1d1e02"_s;

} // namespace

class tst_DraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    }

    void emptyAtFirst()
    {
        LocalDatabase database(m_path);
        QVERIFY_OK(database.open());
        DraftStore store(database, m_clock);
        QVERIFY_OK(store.load());
        QVERIFY(store.orderIds().isEmpty());
        QVERIFY(!store.find(34));
        QVERIFY(!store.contains(34));
    }

    void survivesReopen_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("plain") << u"no onions"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and SQL") << u"'); DROP TABLE drafts; -- \"x\""_s;
        QTest::newRow("unicode") << u"soğansız, без лука, ohne Zwiebeln 🌶"_s;
    }

    void survivesReopen()
    {
        QFETCH(QString, note);
        const Order base = order(34, 3, {line(lineA, u"soup-lentil"_s, 1, 2)});
        const Lines draft{line(lineA, u"soup-lentil"_s, 2, 2),
                          line(lineB, u"tea-black"_s, 1, 5, note)};
        {
            LocalDatabase database(m_path);
            QVERIFY_OK(database.open());
            DraftStore store(database, m_clock);
            QVERIFY_OK(store.load());
            QVERIFY_OK(store.save(base, draft));
            QCOMPARE(store.find(34)->draft, draft);
        }
        LocalDatabase database(m_path);
        QVERIFY_OK(database.open());
        DraftStore store(database, m_clock);
        QVERIFY_OK(store.load());
        const std::optional<OrderDraft> found = store.find(34);
        QVERIFY(found);
        QCOMPARE(found->base, base);
        QCOMPARE(found->draft, draft);
    }

    void saveReplacesAndRemoveForgets()
    {
        LocalDatabase database(m_path);
        QVERIFY_OK(database.open());
        DraftStore store(database, m_clock);
        QVERIFY_OK(store.load());
        QVERIFY_OK(store.save(order(34, 1, {}), {line(lineA, u"soup-lentil"_s, 1, 0)}));
        QVERIFY_OK(store.save(order(35, 1, {}), {}));
        QVERIFY_OK(store.save(order(34, 2, {}), {}));
        QCOMPARE(store.orderIds(), (QList<qint64>{34, 35}));
        QCOMPARE(store.find(34)->base.version, 2);
        QVERIFY(store.find(34)->draft.isEmpty());
        QVERIFY_OK(store.remove(34));
        QCOMPARE(store.orderIds(), QList<qint64>{35});

        DraftStore reread(database, m_clock);
        QVERIFY_OK(reread.load());
        QCOMPARE(reread.orderIds(), QList<qint64>{35});
    }

    void savedAtComesFromTheClock()
    {
        LocalDatabase database(m_path);
        QVERIFY_OK(database.open());
        DraftStore store(database, m_clock);
        m_clock.set(1'790'000'000'000);
        QVERIFY_OK(store.save(order(34, 1, {}), {}));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT saved_at FROM drafts WHERE order_id = 34"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 1'790'000'000'000);
    }

    void damagedRowDoesNotHideTheOthers()
    {
        LocalDatabase database(m_path);
        QVERIFY_OK(database.open());
        DraftStore store(database, m_clock);
        QVERIFY_OK(store.save(order(34, 1, {}), {line(lineA, u"soup-lentil"_s, 1, 0)}));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"INSERT INTO drafts (order_id, base, draft, saved_at)"
                           " VALUES (99, 'not json', '[]', 0)"_s));
        DraftStore reread(database, m_clock);
        QTest::ignoreMessage(QtWarningMsg, "Skipping the damaged draft of order 99");
        QVERIFY_OK(reread.load());
        QCOMPARE(reread.orderIds(), QList<qint64>{34});
    }

    void eachWaiterHasTheirOwnDraftOfAnOrder()
    {
        const Lines hers{line(lineA, u"soup-lentil"_s, 1, 1)};
        const Lines his{line(lineB, u"tea-black"_s, 2, 3)};
        {
            LocalDatabase database(m_path);
            QVERIFY_OK(database.open());
            DraftStore store(database, m_clock);
            store.setOwner(u"ayse"_s);
            QVERIFY_OK(store.save(order(34, 2, {}), hers));
            store.setOwner(u"mehmet"_s);
            QVERIFY(!store.contains(34)); // Ayşe's is not his
            QVERIFY_OK(store.save(order(34, 2, {}), his));
            QCOMPARE(store.find(34)->draft, his);
        }
        LocalDatabase database(m_path);
        QVERIFY_OK(database.open());
        DraftStore store(database, m_clock);
        QVERIFY_OK(store.load());
        QCOMPARE(store.owners(), (QStringList{u"ayse"_s, u"mehmet"_s}));
        QVERIFY(!store.find(34)); // nobody signed in: nobody's
        QCOMPARE(store.find(u"ayse"_s, 34)->draft, hers);
        QCOMPARE(store.find(u"mehmet"_s, 34)->draft, his);
        QVERIFY_OK(store.removeAll(u"mehmet"_s));
        QVERIFY_OK(store.load());
        QCOMPARE(store.owners(), QStringList{u"ayse"_s});
        QCOMPARE(store.orderIds(u"ayse"_s), QList<qint64>{34});
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
};

QTEST_GUILESS_MAIN(tst_DraftStore)
#include "tst_draftstore.moc"
