#include "client/TabletSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTabletSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_folder.path());
        QCoreApplication::setOrganizationName(u"TableSyncTest"_s);
        QCoreApplication::setApplicationName(u"tst_tabletsettings"_s);
    }

    void init() { QSettings().clear(); }

    void startsEmpty()
    {
        const TabletSettings settings;
        QVERIFY(settings.serverUrl().isEmpty());
        QVERIFY(settings.certificateFingerprint().isEmpty());
        QCOMPARE(settings.language(u"de"_s), u"de"_s);
    }

    void remembersAPrinterPerStation()
    {
        QVERIFY(TabletSettings().stationPrinters().isEmpty());
        TabletSettings().setStationPrinters(
            {{u"hot"_s, u"Kitchen Epson"_s}, {u"bar"_s, u"Bar/Star TSP"_s}, {u"cold"_s, {}}});
        const QHash<QString, QString> expected{{u"hot"_s, u"Kitchen Epson"_s},
                                               {u"bar"_s, u"Bar/Star TSP"_s}};
        QCOMPARE(TabletSettings().stationPrinters(), expected);
        // Saving a new choice forgets a station no longer printed.
        TabletSettings().setStationPrinters({{u"bar"_s, u"Bar/Star TSP"_s}});
        QCOMPARE(TabletSettings().stationPrinters(),
                 (QHash<QString, QString>{{u"bar"_s, u"Bar/Star TSP"_s}}));
        QVERIFY(TabletSettings().serverUrl().isEmpty());
    }

    // The keys stay those earlier releases wrote, so an updated tablet keeps its server.
    void keepsTheKeysOfEarlierReleases_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("server") << u"server/url"_s << QVariant(QUrl(u"http://10.0.0.5:8080"_s));
        QTest::newRow("certificate")
            << u"server/certificate_sha256"_s << QVariant(QString(64, u'a'));
        QTest::newRow("language") << u"ui/language"_s << QVariant(u"tr"_s);
    }

    void keepsTheKeysOfEarlierReleases()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, stored);
        QSettings().setValue(key, stored);
        const TabletSettings settings;
        if (key == "server/url"_L1)
            QCOMPARE(settings.serverUrl(), stored.toUrl());
        else if (key == "ui/language"_L1)
            QCOMPARE(settings.language(u"en"_s), stored.toString());
        else
            QCOMPARE(settings.certificateFingerprint(), stored.toString());
    }

    void remembersWhatIsSet()
    {
        {
            TabletSettings settings;
            settings.setServerUrl(QUrl(u"https://venue.example:8443"_s));
            settings.setCertificateFingerprint(u"ab"_s.repeated(32));
            settings.setLanguage(u"ru"_s);
        }
        const TabletSettings again;
        QCOMPARE(again.serverUrl(), QUrl(u"https://venue.example:8443"_s));
        QCOMPARE(again.certificateFingerprint(), u"ab"_s.repeated(32));
        QCOMPARE(again.language(u"en"_s), u"ru"_s);
    }

    void forgetsTheCertificateOnly()
    {
        TabletSettings settings;
        settings.setServerUrl(QUrl(u"https://venue.example:8443"_s));
        settings.setCertificateFingerprint(u"ab"_s.repeated(32));
        settings.forgetCertificateFingerprint();
        const TabletSettings again;
        QVERIFY(again.certificateFingerprint().isEmpty());
        QVERIFY(!QSettings().contains(u"server/certificate_sha256"_s));
        QCOMPARE(again.serverUrl(), QUrl(u"https://venue.example:8443"_s));
    }
};

QTEST_GUILESS_MAIN(TestTabletSettings)
#include "tst_tabletsettings.moc"
