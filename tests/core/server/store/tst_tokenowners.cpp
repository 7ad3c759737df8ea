#include "store/TokenOwners.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// TokenOwners: a token's owner without a read, only while no one else could have revoked it.
class TestTokenOwners : public QObject
{
    Q_OBJECT
private slots:
    void answers_data();
    void answers();
    void isBounded();
};

void TestTokenOwners::answers_data()
{
    QTest::addColumn<quint64>("othersCommits");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("known");
    QTest::newRow("seen, in time") << quint64(3) << QByteArray("a") << qint64(999) << true;
    QTest::newRow("seen, expired") << quint64(3) << QByteArray("a") << qint64(1000) << false;
    QTest::newRow("never seen") << quint64(3) << QByteArray("b") << qint64(1) << false;
    QTest::newRow("another process committed")
        << quint64(4) << QByteArray("a") << qint64(1) << false;
}

void TestTokenOwners::answers()
{
    QFETCH(quint64, othersCommits);
    QFETCH(QByteArray, token);
    QFETCH(qint64, now);
    QFETCH(bool, known);
    TokenOwners owners;
    owners.remember(3, "a", Staff{u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter}, 1000);
    const std::optional<Staff> found = owners.find(othersCommits, token, now);
    QCOMPARE(found.has_value(), known);
    if (known)
        QCOMPARE(found->id, u"ayse"_s);
    // Once another process committed, nothing seen before comes back.
    if (othersCommits != 3)
        QVERIFY(!owners.find(3, "a", 1));
}

void TestTokenOwners::isBounded()
{
    TokenOwners owners;
    const Staff staff{u"can"_s, u"Can"_s, Staff::Role::Waiter};
    for (int i = 0; i < TokenOwners::maxTokens; ++i)
        owners.remember(1, QByteArray::number(i), staff, 1000);
    QVERIFY(owners.find(1, "0", 1));
    owners.remember(1, "one more", staff, 1000);
    QVERIFY(owners.find(1, "one more", 1));
    QVERIFY(!owners.find(1, "0", 1));
}

QTEST_GUILESS_MAIN(TestTokenOwners)
#include "tst_tokenowners.moc"
