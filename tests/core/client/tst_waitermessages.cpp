#include "client/WaiterMessages.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_WaiterMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("qty of the second line")
            << u"invalid_request"_s << u"items[1].qty"_s
            << QStringList{u"Line 2"_s, u"Black tea"_s, u"seat 4"_s, u"quantity"_s, u"kept"_s};
        QTest::newRow("seat") << u"invalid_request"_s << u"items[0].seat"_s
                              << QStringList{u"Line 1"_s, u"Lentil soup"_s, u"seat number"_s};
        QTest::newRow("note") << u"invalid_request"_s << u"items[0].note"_s
                              << QStringList{u"note is too long"_s, u"200"_s};
        QTest::newRow("unknown item") << u"invalid_request"_s << u"items[0].menu_item_id"_s
                                      << QStringList{u"no longer on the menu"_s};
        QTest::newRow("index beyond the list")
            << u"invalid_request"_s << u"items[7].qty"_s << QStringList{u"Line 8"_s, u"quantity"_s};
        QTest::newRow("too many lines")
            << u"invalid_request"_s << u"items"_s << QStringList{u"at most 500 lines"_s};
        QTest::newRow("expired login")
            << u"unauthorized"_s << QString() << QStringList{u"log in again"_s, u"kept"_s};
        QTest::newRow("forbidden") << u"forbidden"_s << QString() << QStringList{u"not allowed"_s};
        QTest::newRow("gone") << u"not_found"_s << QString() << QStringList{u"no longer exists"_s};
    }

    void sendRefused()
    {
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QStringList, mustContain);
        Lines sent(2);
        sent[0].menuItemId = u"soup-lentil"_s;
        sent[0].seat = 2;
        sent[1].menuItemId = u"tea-black"_s;
        sent[1].seat = 4;
        const QList<MenuItem> menu{{u"soup-lentil"_s, u"Lentil soup"_s, u"Starters"_s, 450},
                                   {u"tea-black"_s, u"Black tea"_s, u"Drinks"_s, 150}};
        const QString message =
            WaiterMessages::sendRefused(ApiError{code, u"server words"_s, field}, sent, menu);
        for (const QString& part : mustContain)
            QVERIFY2(message.contains(part), qPrintable(message + u" lacks "_s + part));
        QVERIFY2(!message.contains(u"items["_s), qPrintable(message));
    }

    void loginRefused()
    {
        QVERIFY(WaiterMessages::loginRefused({u"invalid_credentials"_s, u"x"_s, {}})
                    .contains(u"Wrong staff id or PIN"_s));
        QCOMPARE(WaiterMessages::loginRefused({u"too_many_attempts"_s, u"Try in 5 minutes."_s, {}}),
                 u"Try in 5 minutes."_s);
    }
};

QTEST_GUILESS_MAIN(tst_WaiterMessages)
#include "tst_waitermessages.moc"
