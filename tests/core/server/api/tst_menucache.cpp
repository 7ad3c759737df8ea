#include "ManualClock.h"
#include "SeededSqliteStore.h"

#include "api/MenuCache.h"
#include "model/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// The menu the routes answer from: read once, the language a request asks for, and a sold-out
// item showing once the cache is told the menu changed.
class TestMenuCache : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void loadsTheStoresMenu();
    void languageOfARequest_data();
    void languageOfARequest();
    void replyIsKeptUntilForgotten();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<OrderStore> m_store;
};

void TestMenuCache::init()
{
    QVERIFY(m_dir.isValid());
    m_store.reset();
    m_store = seededSqliteStore(testDatabasePath(m_dir), m_clock);
    QVERIFY(m_store);
}

void TestMenuCache::loadsTheStoresMenu()
{
    MenuCache menu(*m_store);
    QVERIFY(menu.ids().isEmpty());
    QVERIFY(menu.load().ok());
    const QList<MenuEntry> stored = m_store->menu().value();
    QVERIFY(!stored.isEmpty());
    QCOMPARE(menu.ids().size(), stored.size());
    for (const MenuEntry& entry : stored) {
        QVERIFY(menu.ids().contains(entry.id));
        QCOMPARE(menu.byId().value(entry.id).priceCents, entry.priceCents);
    }
}

void TestMenuCache::languageOfARequest_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("language");

    QTest::newRow("nothing asked") << QString() << QByteArray() << u"en"_s;
    QTest::newRow("lang=tr") << u"lang=tr"_s << QByteArray() << u"tr"_s;
    QTest::newRow("lang=DE") << u"lang=DE"_s << QByteArray() << u"de"_s;
    QTest::newRow("Accept-Language ru-RU,ru;q=0.9")
        << QString() << QByteArray("ru-RU,ru;q=0.9") << u"ru"_s;
    QTest::newRow("Accept-Language de_AT") << QString() << QByteArray("de_AT") << u"de"_s;
    QTest::newRow("lang wins") << u"lang=tr"_s << QByteArray("de") << u"tr"_s;
    QTest::newRow("unknown lang") << u"lang=xx"_s << QByteArray("de") << u"en"_s;
    QTest::newRow("unknown Accept-Language") << QString() << QByteArray("fr-FR") << u"en"_s;
}

void TestMenuCache::languageOfARequest()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, language);

    MenuCache menu(*m_store);
    QVERIFY(menu.load().ok());
    HttpRequest request;
    request.method = "GET";
    request.path = u"/api/v1/menu"_s;
    request.query = QUrlQuery(query);
    if (!acceptLanguage.isEmpty())
        request.headers.append({"Accept-Language", acceptLanguage});
    QCOMPARE(menu.language(request), language);
}

void TestMenuCache::replyIsKeptUntilForgotten()
{
    MenuCache menu(*m_store);
    // Asked before the menu was read: an empty answer, not kept for later.
    QVERIFY(QJsonDocument::fromJson(menu.reply(u"de"_s, u"EUR"_s))
                .object()
                .value(u"items"_s)
                .toArray()
                .isEmpty());
    QVERIFY(menu.load().ok());
    const QByteArray before = menu.reply(u"de"_s, u"EUR"_s);
    const QJsonObject read = QJsonDocument::fromJson(before).object();
    QCOMPARE(read.value(u"currency"_s).toString(), u"EUR"_s);
    const QJsonArray items = read.value(u"items"_s).toArray();
    QCOMPARE(items.size(), menu.ids().size());
    const QString itemId = items.first().toObject().value(u"id"_s).toString();
    QVERIFY(items.first().toObject().value(u"available"_s).toBool());

    // Sold out in the store: the kept menu shows it only once told the menu changed.
    QVERIFY(m_store->setAvailable(itemId, false).ok());
    QVERIFY(menu.load().ok());
    QCOMPARE(menu.reply(u"de"_s, u"EUR"_s), before);
    menu.forget();
    QVERIFY(menu.ids().isEmpty());
    QVERIFY(menu.load().ok());
    const QJsonArray after =
        QJsonDocument::fromJson(menu.reply(u"de"_s, u"EUR"_s)).object().value(u"items"_s).toArray();
    QVERIFY(!after.first().toObject().value(u"available"_s).toBool());
    // Another currency is another body.
    QVERIFY(menu.reply(u"de"_s, u"TRY"_s).contains("\"TRY\""));
}

QTEST_GUILESS_MAIN(TestMenuCache)
#include "tst_menucache.moc"
