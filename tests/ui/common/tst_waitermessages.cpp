#include "WaiterMessages.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_WaiterMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendRefused_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("qty of the second line")
            << ErrorCode::InvalidRequest << u"items[1].qty"_s
            << QStringList{u"Line 2"_s, u"Black tea"_s, u"seat 4"_s, u"quantity"_s, u"kept"_s};
        QTest::newRow("seat") << ErrorCode::InvalidRequest << u"items[0].seat"_s
                              << QStringList{u"Line 1"_s, u"Lentil soup"_s, u"seat number"_s};
        QTest::newRow("note") << ErrorCode::InvalidRequest << u"items[0].note"_s
                              << QStringList{u"note is too long"_s, u"200"_s};
        QTest::newRow("unknown item") << ErrorCode::InvalidRequest << u"items[0].menu_item_id"_s
                                      << QStringList{u"no longer on the menu"_s};
        QTest::newRow("index beyond the list") << ErrorCode::InvalidRequest << u"items[7].qty"_s
                                               << QStringList{u"Line 8"_s, u"quantity"_s};
        QTest::newRow("too many lines")
            << ErrorCode::InvalidRequest << u"items"_s << QStringList{u"at most 500 lines"_s};
        QTest::newRow("expired login")
            << ErrorCode::Unauthorized << QString() << QStringList{u"log in again"_s, u"kept"_s};
        QTest::newRow("forbidden")
            << ErrorCode::Forbidden << QString() << QStringList{u"not allowed"_s};
        QTest::newRow("gone") << ErrorCode::NotFound << QString()
                              << QStringList{u"no longer exists"_s};
        // The server lists the sold-out items' ids; the waiter reads their names.
        QTest::newRow("sold out") << ErrorCode::ItemUnavailable << u"tea-black,soup-lentil"_s
                                  << QStringList{u"Black tea, Lentil soup"_s, u"is kept"_s};
    }

    void sendRefused()
    {
        QFETCH(ErrorCode, code);
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

    void loginRefused_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("wrong PIN")
            << ApiError{ErrorCode::InvalidCredentials, u"x"_s, {}} << u"Wrong staff id or PIN"_s;
        ApiError locked{ErrorCode::TooManyAttempts, u"server words"_s, {}};
        locked.retryAfterSeconds = 241;
        QTest::newRow("locked out") << locked << u"Try again in 5 "_s;
        QTest::newRow("locked out, no time")
            << ApiError{ErrorCode::TooManyAttempts, u"server words"_s, {}} << u"later"_s;
        QTest::newRow("unreachable")
            << ApiError{ErrorCode::Unreachable, u"server words"_s, {}} << u"venue's network"_s;
        QTest::newRow("changed certificate")
            << ApiError{ErrorCode::CertificateChanged, u"server words"_s, u"AB:CD"_s} << u"AB:CD"_s;
        ApiError newer{ErrorCode::Unknown, u"server words"_s, {}};
        newer.unknownCode = u"brand_new"_s;
        QTest::newRow("a newer server's code") << newer << u"brand_new"_s;
    }

    void loginRefused()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, mustContain);
        const QString message = WaiterMessages::loginRefused(error);
        QVERIFY2(message.contains(mustContain), qPrintable(message));
        QVERIFY2(!message.contains(u"server words"_s), qPrintable(message));
    }

    void requestRefused_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<SyncEngine::Request>("request");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("tables") << ErrorCode::StoreUnavailable << SyncEngine::Request::LoadTables
                                << u"Cannot load the tables"_s;
        QTest::newRow("menu") << ErrorCode::NotFound << SyncEngine::Request::LoadMenu
                              << u"Cannot load the menu"_s;
        QTest::newRow("order") << ErrorCode::Forbidden << SyncEngine::Request::OpenTable
                               << u"not allowed"_s;
        QTest::newRow("save") << ErrorCode::LocalStorage << SyncEngine::Request::SaveDraft
                              << u"Could not save on this tablet"_s;
        QTest::newRow("expired") << ErrorCode::Unauthorized << SyncEngine::Request::LiveUpdates
                                 << u"log in again"_s;
    }

    void requestRefused()
    {
        QFETCH(ErrorCode, code);
        QFETCH(SyncEngine::Request, request);
        QFETCH(QString, mustContain);
        const QString message =
            WaiterMessages::requestRefused(ApiError{code, u"server words"_s, {}}, request);
        QVERIFY2(message.contains(mustContain), qPrintable(message));
        QVERIFY2(!message.contains(u"server words"_s), qPrintable(message));
    }

    void approvalRefused_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("wrong PIN") << ApiError{ErrorCode::InvalidCredentials, u"server words"_s, {}}
                                   << u"Wrong manager PIN"_s;
        ApiError locked{ErrorCode::TooManyAttempts, u"server words"_s, {}};
        locked.retryAfterSeconds = 241;
        QTest::newRow("locked out") << locked << u"locked out"_s;
        QTest::newRow("a waiter's PIN")
            << ApiError{ErrorCode::Forbidden, u"server words"_s, {}} << u"Only a manager's PIN"_s;
        QTest::newRow("unreachable")
            << ApiError{ErrorCode::Unreachable, u"server words"_s, {}} << u"No connection"_s;
        QTest::newRow("anything else")
            << ApiError{ErrorCode::StoreUnavailable, u"server words"_s, {}} << u"No approval"_s;
    }

    void approvalRefused()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, mustContain);
        const QString message = WaiterMessages::approvalRefused(error);
        QVERIFY2(message.contains(mustContain), qPrintable(message));
        // Whatever the cause, the waiter learns that nothing was voided.
        QVERIFY2(message.contains(u"Nothing was voided."_s), qPrintable(message));
        QVERIFY2(!message.contains(u"server words"_s), qPrintable(message));
    }

    void voidRefused_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("mustContain");
        QTest::addColumn<bool>("lineStays"); // the message says the line is still on the order
        QTest::newRow("approval expired or used")
            << ErrorCode::ApprovalRequired << u"Ask a manager again"_s << true;
        QTest::newRow("void required")
            << ErrorCode::VoidRequired << u"Void it with a reason"_s << false;
        QTest::newRow("not a fired line")
            << ErrorCode::InvalidRequest << u"only a line the kitchen has"_s << true;
        QTest::newRow("send in flight")
            << ErrorCode::SendInFlight << u"still on its way"_s << false;
        QTest::newRow("anything else") << ErrorCode::StoreUnavailable << u"Not voided"_s << true;
    }

    void voidRefused()
    {
        QFETCH(ErrorCode, code);
        QFETCH(QString, mustContain);
        QFETCH(bool, lineStays);
        const QString message = WaiterMessages::voidRefused(ApiError{code, u"server words"_s, {}});
        QVERIFY2(message.contains(mustContain), qPrintable(message));
        QCOMPARE(message.contains(u"The line stays on the order."_s), lineStays);
        QVERIFY2(!message.contains(u"server words"_s), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(tst_WaiterMessages)
#include "tst_waitermessages.moc"
