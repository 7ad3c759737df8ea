#include "LoginView.h"
#include "ServerAddressDialog.h"
#include "SignInFlow.h"
#include "StaffTilesModel.h"

#include "client/SyncEngine.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Staff member(const QString& id)
{
    return Staff{id, id.at(0).toUpper() + id.mid(1), Staff::Role::Waiter};
}

// The login screen and its flow over an engine whose server is away (port 1 refuses).
struct LoginScreen
{
    QTemporaryDir dir;
    SyncEngine engine{dir.filePath(u"tablet.sqlite"_s)};
    QWidget window;
    LoginView* login = new LoginView(&window);
    SignInFlow flow{engine, *login, window};

    LoginScreen()
    {
        engine.setServerUrl(QUrl(u"http://127.0.0.1:1"_s));
        engine.setRequestTimeout(2000);
    }

    QString error() const { return login->findChild<QLabel*>(u"resultError"_s)->text(); }
    QStringList tiles() const
    {
        const auto* model =
            qobject_cast<StaffTilesModel*>(login->findChild<QListView*>(u"staffTiles"_s)->model());
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->staffId(row));
        return ids;
    }
};
} // namespace

class tst_SignInFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedSignInIsShownOnTheLoginScreen();
    void latestSignInComesFirst_data();
    void latestSignInComesFirst();
    void serverChange_data();
    void serverChange();
};

void tst_SignInFlow::refusedSignInIsShownOnTheLoginScreen()
{
    LoginScreen screen;
    QVERIFY(screen.engine.open().ok());
    auto* signIn = screen.login->findChild<QPushButton*>(u"primary"_s);
    QSignalSpy failed(&screen.engine, &SyncEngine::loginFailed);

    screen.flow.signIn(u"ayse"_s, u"1234"_s);
    QVERIFY(!signIn->isEnabled()); // one tap, one sign-in
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(signIn->isEnabled());
    QVERIFY(!screen.error().isEmpty());
    QVERIFY(!screen.engine.staff());
}

void tst_SignInFlow::latestSignInComesFirst_data()
{
    QTest::addColumn<QStringList>("recent");
    QTest::addColumn<QString>("signedIn");
    QTest::addColumn<QStringList>("recentAfter");
    QTest::addColumn<QStringList>("tilesAfter");
    QTest::newRow("first on this tablet")
        << QStringList{} << u"mehmet"_s << QStringList{u"mehmet"_s}
        << QStringList{u"mehmet"_s, u"ayse"_s, u"zeynep"_s};
    QTest::newRow("back after another")
        << QStringList{u"zeynep"_s, u"ayse"_s} << u"ayse"_s << QStringList{u"ayse"_s, u"zeynep"_s}
        << QStringList{u"ayse"_s, u"zeynep"_s, u"mehmet"_s};
}

void tst_SignInFlow::latestSignInComesFirst()
{
    QFETCH(QStringList, recent);
    QFETCH(QString, signedIn);
    QFETCH(QStringList, recentAfter);
    QFETCH(QStringList, tilesAfter);
    LoginScreen screen;
    screen.flow.setKnownStaff({member(u"ayse"_s), member(u"mehmet"_s), member(u"zeynep"_s)},
                              recent);

    Q_EMIT screen.engine.loggedIn(member(signedIn)); // as the engine says once the server agreed
    QCOMPARE(screen.flow.recentSignIns(), recentAfter);
    QCOMPARE(screen.tiles(), tilesAfter);
}

void tst_SignInFlow::serverChange_data()
{
    QTest::addColumn<bool>("allowed");
    QTest::newRow("a venue's tablet") << true;
    QTest::newRow("the demo's own server") << false;
}

void tst_SignInFlow::serverChange()
{
    QFETCH(bool, allowed);
    LoginScreen screen;
    screen.flow.setServerChangeAllowed(allowed);
    QSignalSpy chosen(&screen.flow, &SignInFlow::serverUrlChosen);
    screen.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen.window));

    QTest::mouseClick(screen.login->findChild<QPushButton*>(u"changeServer"_s), Qt::LeftButton);
    auto* dialog = screen.window.findChild<ServerAddressDialog*>();
    QCOMPARE(dialog != nullptr, allowed);
    if (!allowed) {
        QCOMPARE(screen.error(), u"The demo runs its own server; it cannot be changed."_s);
        QCOMPARE(screen.engine.serverUrl(), QUrl(u"http://127.0.0.1:1"_s));
        return;
    }
    const QUrl venue(u"http://127.0.0.2:8080"_s);
    Q_EMIT dialog->chosen(venue);
    QCOMPARE(screen.engine.serverUrl(), venue);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toUrl(), venue);
    QVERIFY(screen.error().isEmpty());
}

QTEST_MAIN(tst_SignInFlow)
#include "tst_signinflow.moc"
