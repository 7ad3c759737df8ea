#include "HttpTestClient.h"
#include "ResultCheck.h"
#include "ServerFixture.h"
#include "TablesyncdProcess.h"

#include <QJsonArray>
#include <QNetworkProxy>
#include <QTest>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

// The tablesyncd executable: its admin commands on a database file (checked afterwards through
// an in-process VenueServer on the same file) and --seed-demo run twice.
class TestTablesyncdCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void staffCommands();
    void badStaffCommands_data();
    void badStaffCommands();
    void tablesSet();
    void badTablesSet_data();
    void badTablesSet();
    void menuImport();
    void badMenuImport_data();
    void badMenuImport();
    void seedDemoTwice();
    void currencySetting();
    void badCurrency_data();
    void badCurrency();
    void httpThreadChoice_data();
    void httpThreadChoice();
    void badHttpThread();

private:
    using Run = TablesyncdProcess::Finished;
    Run run(const QStringList& arguments, const QString& database = {});
    QStringList staffList(const QString& database);
    // The tables or the menu as a VenueServer on the file serves them.
    QJsonObject served(const QString& database, const QString& target);
    QString writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_directory;
};

namespace {

QByteArray menuDocument()
{
    return R"({"items": [
        {"id": "soup-test", "price_cents": 450,
         "category": {"en": "Starters", "tr": "Başlangıçlar"},
         "name": {"en": "Test soup", "tr": "Deneme çorbası", "de": "Testsuppe", "ru": "Тестовый суп"}},
        {"id": "main-test", "price_cents": 1890,
         "category": {"en": "Mains"},
         "name": {"en": "Test kebab", "de": "Testkebab"}},
        {"id": "cake-test", "price_cents": 600,
         "category": {"en": "Desserts"},
         "name": {"en": "Test cake"}}
    ]})";
}

} // namespace

TestTablesyncdCli::Run TestTablesyncdCli::run(const QStringList& arguments, const QString& database)
{
    QStringList all;
    if (!database.isEmpty())
        all << u"--db"_s << database;
    return TablesyncdProcess::run(all + arguments);
}

QStringList TestTablesyncdCli::staffList(const QString& database)
{
    const Run listed = run({u"staff"_s, u"list"_s}, database);
    if (listed.exitCode != 0)
        return {u"staff list failed: "_s + listed.err};
    QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

QJsonObject TestTablesyncdCli::served(const QString& database, const QString& target)
{
    ServerFixture fixture;
    fixture.options().database = database;
    if (!fixture.start(false).ok())
        return {};
    Result<LoginReply> login = fixture.login(u"boss"_s, u"246810"_s);
    if (!login)
        return {};
    return fixture.http().get(target, login->token.toUtf8()).json();
}

QString TestTablesyncdCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestTablesyncdCli::versionAndHelp()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral(TABLESYNC_VERSION)), qPrintable(version.out));
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString& word :
         {u"--db"_s, u"--listen"_s, u"--seed-demo"_s, u"staff"_s, u"menu"_s, u"tables"_s})
        QVERIFY2(help.out.contains(word), qPrintable(word + u" not in: "_s + help.out));
}

void TestTablesyncdCli::staffCommands()
{
    const QString database = m_directory.filePath(u"staff.sqlite"_s);
    Run added = run({u"staff"_s, u"add"_s, u"--id"_s, u"tom"_s, u"--name"_s, u"Tom Ölçer"_s,
                     u"--role"_s, u"waiter"_s, u"--pin"_s, u"482913"_s},
                    database);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    added = run({u"staff"_s, u"add"_s, u"--id"_s, u"ana"_s, u"--name"_s, u"Ana"_s, u"--role"_s,
                 u"manager"_s, u"--pin"_s, u"775533"_s},
                database);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    added = run({u"staff"_s, u"add"_s, u"--id"_s, u"pass"_s, u"--name"_s, u"Pass"_s, u"--role"_s,
                 u"kitchen"_s, u"--pin"_s, u"707070"_s},
                database);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));

    const QStringList listed = staffList(database);
    QCOMPARE(listed.size(), 3);
    QVERIFY2(listed.value(1).contains(u"kitchen"_s), qPrintable(listed.value(1)));
    for (const auto& [line, words] :
         {std::pair{listed.value(0), QStringList{u"ana"_s, u"Ana"_s, u"manager"_s}},
          std::pair{listed.value(2), QStringList{u"tom"_s, u"Tom Ölçer"_s, u"waiter"_s}}}) {
        for (const QString& word : words)
            QVERIFY2(line.contains(word), qPrintable(word + u" not in: "_s + line));
        QVERIFY2(!line.contains(u"482913"_s) && !line.contains(u"775533"_s), "no PIN listed");
    }

    {
        ServerFixture fixture;
        fixture.options().database = database;
        QVERIFY_OK(fixture.start(false));
        const Result<LoginReply> tom = fixture.login(u"tom"_s, u"482913"_s);
        QVERIFY_OK(tom);
        QCOMPARE(tom->staff.name, u"Tom Ölçer"_s);
        QCOMPARE(tom->staff.role, Staff::Role::Waiter);
        const Result<LoginReply> ana = fixture.login(u"ana"_s, u"775533"_s);
        QVERIFY_OK(ana);
        QCOMPARE(ana->staff.role, Staff::Role::Manager);
        const Result<LoginReply> pass = fixture.login(u"pass"_s, u"707070"_s);
        QVERIFY_OK(pass);
        QCOMPARE(pass->staff.role, Staff::Role::Kitchen);
        QVERIFY(!fixture.login(u"tom"_s, u"775533"_s).ok());
    }

    const Run removed = run({u"staff"_s, u"remove"_s, u"--id"_s, u"tom"_s}, database);
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(staffList(database).size(), 2);
    QVERIFY(staffList(database).value(0).contains(u"ana"_s));
    ServerFixture fixture;
    fixture.options().database = database;
    QVERIFY_OK(fixture.start(false));
    QVERIFY(!fixture.login(u"tom"_s, u"482913"_s).ok());
    QVERIFY_OK(fixture.login(u"ana"_s, u"775533"_s));
}

void TestTablesyncdCli::badStaffCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<int>>("exitCodes");
    QTest::addColumn<QString>("named");

    const auto add = [](const QString& id, const QString& role, const QString& pin) {
        QStringList arguments{u"staff"_s, u"add"_s};
        if (!id.isNull())
            arguments << u"--id"_s << id;
        arguments << u"--name"_s << u"Someone"_s;
        if (!role.isNull())
            arguments << u"--role"_s << role;
        if (!pin.isNull())
            arguments << u"--pin"_s << pin;
        return arguments;
    };
    QTest::newRow("duplicate id") << add(u"kim"_s, u"waiter"_s, u"1357"_s) << QList<int>{1}
                                  << u"kim"_s;
    QTest::newRow("unknown role") << add(u"lee"_s, u"chef"_s, u"1357"_s) << QList<int>{1, 2}
                                  << u"role"_s;
    QTest::newRow("PIN not digits")
        << add(u"lee"_s, u"waiter"_s, u"12ab"_s) << QList<int>{1, 2} << u"pin"_s;
    QTest::newRow("PIN empty") << add(u"lee"_s, u"waiter"_s, u""_s) << QList<int>{1, 2} << u"pin"_s;
    QTest::newRow("no PIN") << add(u"lee"_s, u"waiter"_s, QString()) << QList<int>{2} << u"pin"_s;
    QTest::newRow("no id") << add(QString(), u"waiter"_s, u"1357"_s) << QList<int>{2} << u"id"_s;
    QTest::newRow("remove unknown id")
        << QStringList{u"staff"_s, u"remove"_s, u"--id"_s, u"ghost"_s} << QList<int>{1}
        << u"ghost"_s;
    QTest::newRow("remove without id")
        << QStringList{u"staff"_s, u"remove"_s} << QList<int>{2} << u"id"_s;
    QTest::newRow("unknown command")
        << QStringList{u"staff"_s, u"fire"_s, u"--id"_s, u"kim"_s} << QList<int>{2} << u"fire"_s;
}

void TestTablesyncdCli::badStaffCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<int>, exitCodes);
    QFETCH(QString, named);

    const QString database = m_directory.filePath(u"badstaff.sqlite"_s);
    if (!QFile::exists(database)) {
        const Run added = run({u"staff"_s, u"add"_s, u"--id"_s, u"kim"_s, u"--name"_s, u"Kim"_s,
                               u"--role"_s, u"waiter"_s, u"--pin"_s, u"1357"_s},
                              database);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    const QStringList before = staffList(database);
    QCOMPARE(before.size(), 1);

    const Run failed = run(arguments, database);
    QVERIFY2(exitCodes.contains(failed.exitCode),
             qPrintable(u"exit code %1: "_s.arg(failed.exitCode) + failed.err));
    QCOMPARE(failed.exitStatus, QProcess::NormalExit);
    QVERIFY2(failed.err.contains(named, Qt::CaseInsensitive), qPrintable(failed.err));
    QVERIFY2(!failed.err.trimmed().isEmpty() && failed.err.trimmed().count(u'\n') == 0,
             qPrintable(u"one line: "_s + failed.err));
    QCOMPARE(staffList(database), before);
}

void TestTablesyncdCli::tablesSet()
{
    const QString database = m_directory.filePath(u"tables.sqlite"_s);
    QCOMPARE(run({u"staff"_s, u"add"_s, u"--id"_s, u"boss"_s, u"--name"_s, u"Boss"_s, u"--role"_s,
                  u"manager"_s, u"--pin"_s, u"246810"_s},
                 database)
                 .exitCode,
             0);
    const Run set =
        run({u"tables"_s, u"set"_s, u"--count"_s, u"12"_s, u"--seats"_s, u"8"_s}, database);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));

    const QJsonArray tables = served(database, u"/api/v1/tables"_s).value(u"tables"_s).toArray();
    QCOMPARE(tables.size(), 12);
    QSet<qint64> orders;
    for (const QJsonValue& value : tables) {
        const QJsonObject table = value.toObject();
        QCOMPARE(table.value(u"seats"_s).toInt(), 8);
        QCOMPARE(table.value(u"version"_s).toInteger(), 1);
        QCOMPARE(table.value(u"item_count"_s).toInt(), 0);
        orders.insert(table.value(u"order_id"_s).toInteger());
    }
    QCOMPARE(orders.size(), 12);
}

void TestTablesyncdCli::badTablesSet_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    const auto set = [](const QString& count, const QString& seats) {
        QStringList arguments{u"tables"_s, u"set"_s};
        if (!count.isNull())
            arguments << u"--count"_s << count;
        if (!seats.isNull())
            arguments << u"--seats"_s << seats;
        return arguments;
    };
    QTest::newRow("count not a number") << set(u"abc"_s, u"8"_s) << u"count"_s;
    QTest::newRow("count 0") << set(u"0"_s, u"8"_s) << u"count"_s;
    QTest::newRow("count negative") << set(u"-3"_s, u"8"_s) << u"count"_s;
    QTest::newRow("seats not a number") << set(u"12"_s, u"x"_s) << u"seats"_s;
    QTest::newRow("seats 0") << set(u"12"_s, u"0"_s) << u"seats"_s;
    QTest::newRow("no seats") << set(u"12"_s, QString()) << u"seats"_s;
}

void TestTablesyncdCli::badTablesSet()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const QString database = m_directory.filePath(u"tables.sqlite"_s);
    QVERIFY2(QFile::exists(database), "tablesSet() made it");
    const QJsonObject before = served(database, u"/api/v1/tables"_s);
    QCOMPARE(before.value(u"tables"_s).toArray().size(), 12);

    const Run failed = run(arguments, database);
    QVERIFY2(failed.exitCode == 1 || failed.exitCode == 2,
             qPrintable(u"exit code %1: "_s.arg(failed.exitCode) + failed.err));
    QVERIFY2(failed.err.contains(named, Qt::CaseInsensitive), qPrintable(failed.err));
    QCOMPARE(served(database, u"/api/v1/tables"_s), before);
}

void TestTablesyncdCli::menuImport()
{
    const QString database = m_directory.filePath(u"menu.sqlite"_s);
    QCOMPARE(run({u"staff"_s, u"add"_s, u"--id"_s, u"boss"_s, u"--name"_s, u"Boss"_s, u"--role"_s,
                  u"manager"_s, u"--pin"_s, u"246810"_s},
                 database)
                 .exitCode,
             0);
    const QString file = writeFile(u"menu.json"_s, menuDocument());
    const Run imported = run({u"menu"_s, u"import"_s, file}, database);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    const auto names = [this, &database](const QString& language) {
        QMap<QString, QString> result;
        const QJsonObject menu = served(database, u"/api/v1/menu?lang="_s + language);
        for (const QJsonValue& item : menu.value(u"items"_s).toArray())
            result.insert(item.toObject().value(u"id"_s).toString(),
                          item.toObject().value(u"name"_s).toString() + u" / "_s +
                              item.toObject().value(u"category"_s).toString() + u" / "_s +
                              QString::number(item.toObject().value(u"price_cents"_s).toInt()));
        return result;
    };
    const QMap<QString, QString> english{{u"soup-test"_s, u"Test soup / Starters / 450"_s},
                                         {u"main-test"_s, u"Test kebab / Mains / 1890"_s},
                                         {u"cake-test"_s, u"Test cake / Desserts / 600"_s}};
    QCOMPARE(names(u"en"_s), english);
    const QMap<QString, QString> turkish = names(u"tr"_s);
    QCOMPARE(turkish.size(), 3);
    QVERIFY2(turkish.value(u"soup-test"_s).startsWith(u"Deneme çorbası / "_s),
             qPrintable(turkish.value(u"soup-test"_s)));
    QVERIFY2(turkish.value(u"main-test"_s).startsWith(u"Test kebab / "_s),
             "English where tr is missing");
    QVERIFY2(names(u"de"_s).value(u"main-test"_s).startsWith(u"Testkebab / "_s),
             qPrintable(names(u"de"_s).value(u"main-test"_s)));
}

void TestTablesyncdCli::badMenuImport_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("named");

    QTest::newRow("no such file") << u"missing.json"_s << QByteArray() << u"missing.json"_s;
    QTest::newRow("not JSON") << u"broken.json"_s << QByteArray(R"({"items": [)")
                              << u"broken.json"_s;
    QTest::newRow("item without English name")
        << u"noenglish.json"_s
        << QByteArray(
               R"({"items": [{"id": "tea-ok", "price_cents": 200, "category": {"en": "Drinks"},
                          "name": {"en": "Tea"}},
                         {"id": "tea-bad", "price_cents": 200, "category": {"en": "Drinks"},
                          "name": {"tr": "Çay"}}]})")
        << u"tea-bad"_s;
    QTest::newRow("item without id")
        << u"noid.json"_s
        << QByteArray(
               R"({"items": [{"price_cents": 200, "category": {"en": "Drinks"}, "name": {"en": "Tea"}}]})")
        << u"id"_s;
    QTest::newRow("negative price")
        << u"price.json"_s
        << QByteArray(
               R"({"items": [{"id": "tea-cheap", "price_cents": -5, "category": {"en": "Drinks"},
                          "name": {"en": "Tea"}}]})")
        << u"price"_s;
}

void TestTablesyncdCli::badMenuImport()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, named);
    const QString database = m_directory.filePath(u"menu.sqlite"_s);
    QVERIFY2(QFile::exists(database), "menuImport() made it");
    const QJsonObject before = served(database, u"/api/v1/menu?lang=en"_s);
    QCOMPARE(before.value(u"items"_s).toArray().size(), 3);

    const QString file =
        content.isNull() ? m_directory.filePath(fileName) : writeFile(fileName, content);
    const Run failed = run({u"menu"_s, u"import"_s, file}, database);
    QVERIFY2(failed.exitCode == 1,
             qPrintable(u"exit code %1: "_s.arg(failed.exitCode) + failed.err));
    QVERIFY2(failed.err.contains(named, Qt::CaseInsensitive), qPrintable(failed.err));
    QCOMPARE(served(database, u"/api/v1/menu?lang=en"_s), before);
}

// Runs the real server twice with --seed-demo on one file: the second run changes nothing.
void TestTablesyncdCli::seedDemoTwice()
{
    const QString database = m_directory.filePath(u"demo.sqlite"_s);
    const QStringList arguments{u"--db"_s, database, u"--seed-demo"_s};
    HttpTestClient http;

    TablesyncdProcess first;
    const Result<QUrl> firstUrl = first.start(arguments);
    QVERIFY_OK(firstUrl);
    http.setBaseUrl(firstUrl.value());
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
    // A member added while the server runs, with a PIN that must never reach the log.
    QCOMPARE(run({u"staff"_s, u"add"_s, u"--id"_s, u"boss"_s, u"--name"_s, u"Boss"_s, u"--role"_s,
                  u"manager"_s, u"--pin"_s, u"246810"_s},
                 database)
                 .exitCode,
             0);
    const HttpReply login = http.sendJson(
        "POST", u"/api/v1/login"_s, QJsonObject{{u"staff"_s, u"boss"_s}, {u"pin"_s, u"246810"_s}});
    QVERIFY2(login.status == 200, login.describe().constData());
    const QByteArray token = login.json().value(u"token"_s).toString().toUtf8();
    const QJsonObject tables = http.get(u"/api/v1/tables"_s, token).json();
    QCOMPARE(tables.value(u"tables"_s).toArray().size(), 60);
    const QJsonObject menu = http.get(u"/api/v1/menu?lang=de"_s, token).json();
    const qint64 orderId =
        tables.value(u"tables"_s).toArray().at(0).toObject().value(u"order_id"_s).toInteger();
    const QString menuId =
        menu.value(u"items"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    const HttpReply write =
        http.sendJson("PATCH", ServerFixture::orderPath(orderId),
                      ServerFixture::patchBody(1, {ServerFixture::newLine(menuId, 2)}), token);
    QVERIFY2(write.status == 200, write.describe().constData());
    const QJsonObject order = write.json();
    const QJsonObject tablesAfterWrite = http.get(u"/api/v1/tables"_s, token).json();

    QCOMPARE(first.stop(), 0);
    const QString log = QString::fromUtf8(first.log());
    QVERIFY2(!log.contains(QString::fromUtf8(token)), "the log holds a token");
    QVERIFY2(!log.contains(u"246810"_s), "the log holds a PIN");
    const QStringList patchLines = log.split(u'\n').filter(u"PATCH"_s);
    QCOMPARE(patchLines.size(), 1);
    for (const QString& word : {ServerFixture::orderPath(orderId), u"200"_s, u"boss"_s})
        QVERIFY2(patchLines.value(0).contains(word), qPrintable(patchLines.value(0)));

    TablesyncdProcess second;
    const Result<QUrl> secondUrl = second.start(arguments);
    QVERIFY_OK(secondUrl);
    http.setBaseUrl(secondUrl.value());
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
    QCOMPARE(http.get(u"/api/v1/tables"_s, token).json(), tablesAfterWrite);
    QCOMPARE(http.get(ServerFixture::orderPath(orderId), token).json(), order);
    QCOMPARE(http.get(u"/api/v1/menu?lang=de"_s, token).json(), menu);
    QCOMPARE(http.sendJson("POST", u"/api/v1/login"_s,
                           QJsonObject{{u"staff"_s, u"ayse"_s}, {u"pin"_s, u"1111"_s}})
                 .status,
             200);
    QCOMPARE(second.stop(), 0);
}

void TestTablesyncdCli::currencySetting()
{
    const QString database = m_directory.filePath(u"currency.sqlite"_s);
    Run shown = run({u"settings"_s, u"show"_s}, database);
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY2(shown.out.contains(u"currency\tEUR"_s), qPrintable(shown.out));
    const Run set = run({u"settings"_s, u"set"_s, u"--currency"_s, u"TRY"_s}, database);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY2(set.out.contains(u"TRY"_s), qPrintable(set.out));
    shown = run({u"settings"_s, u"show"_s}, database);
    QVERIFY2(shown.out.contains(u"currency\tTRY"_s), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(u"pin_iterations\t"_s), qPrintable(shown.out));
    const Run help = run({u"--help"_s});
    QVERIFY2(help.out.contains(u"settings set --currency CODE"_s), qPrintable(help.out));
    QVERIFY2(help.out.contains(u"settings show"_s), qPrintable(help.out));
}

void TestTablesyncdCli::badCurrency_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const auto set = [](const QString& code) {
        return QStringList{u"settings"_s, u"set"_s, u"--currency"_s, code};
    };
    QTest::newRow("lower case") << set(u"try"_s) << u"\"try\""_s;
    QTest::newRow("two letters") << set(u"TR"_s) << u"\"TR\""_s;
    QTest::newRow("four letters") << set(u"TRYX"_s) << u"\"TRYX\""_s;
    QTest::newRow("a digit") << set(u"T1Y"_s) << u"\"T1Y\""_s;
    QTest::newRow("a symbol") << set(u"\u20ba"_s) << u"\u20ba"_s;
    QTest::newRow("nothing to set") << QStringList{u"settings"_s, u"set"_s} << u"--currency"_s;
}

void TestTablesyncdCli::badCurrency()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const QString database = m_directory.filePath(u"currency.sqlite"_s);
    QVERIFY2(QFile::exists(database), "currencySetting() made it");
    const Run failed = run(arguments, database);
    QVERIFY2(failed.exitCode == 1 || failed.exitCode == 2,
             qPrintable(u"exit code %1: "_s.arg(failed.exitCode) + failed.err));
    QVERIFY2(failed.err.contains(named), qPrintable(failed.err));
    const Run shown = run({u"settings"_s, u"show"_s}, database);
    QVERIFY2(shown.out.contains(u"currency\tTRY"_s), qPrintable(shown.out));
}

void TestTablesyncdCli::httpThreadChoice_data()
{
    QTest::addColumn<QString>("choice");
    QTest::newRow("on") << u"on"_s;
    QTest::newRow("off") << u"off"_s;
    QTest::newRow("auto") << u"auto"_s;
}

void TestTablesyncdCli::httpThreadChoice()
{
    QFETCH(QString, choice);
    // Each way serves the seed venue's waiter a login and a write.
    TablesyncdProcess server;
    const Result<QUrl> url =
        server.start({u"--db"_s, m_directory.filePath(u"threads-%1.sqlite"_s.arg(choice)),
                      u"--seed-demo"_s, u"--http-thread"_s, choice});
    QVERIFY_OK(url);
    HttpTestClient http(url.value());
    const HttpReply login = http.sendJson(
        "POST", u"/api/v1/login"_s, QJsonObject{{u"staff"_s, u"ayse"_s}, {u"pin"_s, u"1111"_s}});
    QVERIFY2(login.status == 200, login.describe().constData());
    const QByteArray token = login.json().value(u"token"_s).toString().toUtf8();
    const HttpReply tables = http.get(u"/api/v1/tables"_s, token);
    QVERIFY2(tables.status == 200, tables.describe().constData());
    const QJsonObject first = tables.json().value(u"tables"_s).toArray().first().toObject();

    // The live stream: upgraded with the token, refused (401) before the upgrade without one.
    QWebSocket stream;
    stream.setProxy(QNetworkProxy::NoProxy);
    QStringList announced;
    connect(&stream, &QWebSocket::textMessageReceived, this,
            [&announced](const QString& text) { announced.append(text); });
    stream.open(QUrl(u"ws://127.0.0.1:%1/api/v1/stream?token=%2"_s.arg(server.port())
                         .arg(QString::fromLatin1(token))));
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), QAbstractSocket::ConnectedState, 10000);
    const HttpReply refused = HttpTestClient::sendRaw(
        QHostAddress::LocalHost, server.port(),
        "GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
        "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        "Sec-WebSocket-Version: 13\r\n\r\n");
    QVERIFY2(refused.status == 401, refused.describe().constData());

    const QJsonObject line{{u"line_id"_s, u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s},
                           {u"menu_item_id"_s, u"starter-hummus"_s},
                           {u"qty"_s, 2}};
    const HttpReply write =
        http.sendJson("PATCH", u"/api/v1/orders/%1"_s.arg(first.value(u"order_id"_s).toInteger()),
                      QJsonObject{{u"expected_version"_s, first.value(u"version"_s)},
                                  {u"items"_s, QJsonArray{line}}},
                      token);
    QVERIFY2(write.status == 200, write.describe().constData());
    QTRY_VERIFY_WITH_TIMEOUT(announced.join(u'\n').contains(u"\"type\":\"order\""_s), 5000);
    QCOMPARE(server.stop(), 0);
}

void TestTablesyncdCli::badHttpThread()
{
    const Run failed = run({u"--http-thread"_s, u"sometimes"_s});
    QCOMPARE(failed.exitCode, 2);
    QVERIFY2(failed.err.contains(u"--http-thread must be auto, on or off."_s),
             qPrintable(failed.err));
}

QTEST_GUILESS_MAIN(TestTablesyncdCli)
#include "tst_tablesyncdcli.moc"
