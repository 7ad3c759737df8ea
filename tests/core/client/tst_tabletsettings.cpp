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

    void remembersTheBillsPrinterApartFromTheStations()
    {
        QVERIFY(TabletSettings().billPrinter().isEmpty()); // never chosen: --printer or ask
        TabletSettings().setStationPrinters({{u"hot"_s, u"Kitchen Epson"_s}});
        TabletSettings().setBillPrinter(u"Front desk HP"_s);
        QCOMPARE(TabletSettings().billPrinter(), u"Front desk HP"_s);
        // A station's printers saved anew leave the bills' printer as it was, and back.
        TabletSettings().setStationPrinters({});
        QCOMPARE(TabletSettings().billPrinter(), u"Front desk HP"_s);
        QCOMPARE(TabletSettings().stationPrinters().size(), 0);
        TabletSettings().setBillPrinter({});
        QVERIFY(TabletSettings().billPrinter().isEmpty());
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

    // The sign-in tiles survive a restart; the last signed-in comes first, each once.
    void remembersStaffAndRecentSignIns()
    {
        const QList<Staff> staff{{u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter},
                                 {u"selin"_s, u"Selin"_s, Staff::Role::Manager}};
        {
            TabletSettings settings;
            QVERIFY(settings.knownStaff().isEmpty());
            QVERIFY(settings.recentSignIns().isEmpty());
            settings.setKnownStaff(staff);
            settings.noteSignIn(u"ayse"_s);
            settings.noteSignIn(u"selin"_s);
            settings.noteSignIn(u"ayse"_s);
        }
        const TabletSettings again;
        QCOMPARE(again.knownStaff(), staff);
        QCOMPARE(again.recentSignIns(), (QStringList{u"ayse"_s, u"selin"_s}));
        QVERIFY(!QSettings().value(u"signin/staff"_s).toString().contains(u"pin"_s));

        TabletSettings settings;
        for (int i = 0; i < TabletSettings::recentSignInsKept + 3; ++i)
            settings.noteSignIn(u"w"_s + QString::number(i));
        QCOMPARE(settings.recentSignIns().size(), TabletSettings::recentSignInsKept);
        QCOMPARE(settings.recentSignIns().first(),
                 u"w"_s + QString::number(TabletSettings::recentSignInsKept + 2));
    }

    void damagedStaffEntryCostsOnlyItsTile()
    {
        QSettings().setValue(u"signin/staff"_s,
                             uR"([{"id":"ayse","name":"Ayşe","role":"waiter"},{"id":7},"x"])"_s);
        const TabletSettings settings;
        QCOMPARE(settings.knownStaff(),
                 (QList<Staff>{{u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter}}));
    }

    void idleSignOutMinutes_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("expected");
        QTest::newRow("not set") << QVariant() << TabletSettings::defaultIdleSignOutMinutes;
        QTest::newRow("set by IT") << QVariant(u"12"_s) << 12;
        QTest::newRow("never") << QVariant(0) << 0;
        QTest::newRow("negative") << QVariant(-3) << TabletSettings::defaultIdleSignOutMinutes;
        QTest::newRow("not a number")
            << QVariant(u"soon"_s) << TabletSettings::defaultIdleSignOutMinutes;
    }

    void idleSignOutMinutes()
    {
        QFETCH(QVariant, stored);
        QFETCH(int, expected);
        if (stored.isValid())
            QSettings().setValue(u"session/idle_sign_out_minutes"_s, stored);
        QCOMPARE(TabletSettings().idleSignOutMinutes(), expected);
    }

    void pinLength_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("expected");
        QTest::newRow("not set: PINs differ") << QVariant() << 0;
        QTest::newRow("set by IT") << QVariant(u"6"_s) << 6;
        QTest::newRow("negative") << QVariant(-4) << 0;
        QTest::newRow("not a number") << QVariant(u"four"_s) << 0;
    }

    void pinLength()
    {
        QFETCH(QVariant, stored);
        QFETCH(int, expected);
        if (stored.isValid())
            QSettings().setValue(u"session/pin_length"_s, stored);
        QCOMPARE(TabletSettings().pinLength(), expected);
        TabletSettings().setPinLength(4);
        QCOMPARE(TabletSettings().pinLength(), 4);
    }
};

QTEST_GUILESS_MAIN(TestTabletSettings)
#include "tst_tabletsettings.moc"
