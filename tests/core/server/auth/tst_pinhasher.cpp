#include "auth/PinHasher.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// PBKDF2 hashes of staff PINs: the stored form, verification and the venue's work factor.
class TestPinHasher : public QObject
{
    Q_OBJECT

private slots:
    void verifiesTheHashedPin_data();
    void verifiesTheHashedPin();
    void refusesAnotherPin_data();
    void refusesAnotherPin();
    void storedFormNamesItsCost_data();
    void storedFormNamesItsCost();
    void samePinHashesDifferently();
    void rejectsMalformedStoredHashes_data();
    void rejectsMalformedStoredHashes();
    void iterationsOfSetting_data();
    void iterationsOfSetting();
};

// The venue's lowest cost keeps each hash in these tests fast.
constexpr int fastIterations = PinHasher::minimumIterations;

void TestPinHasher::verifiesTheHashedPin_data()
{
    QTest::addColumn<QString>("pin");
    QTest::newRow("four digits") << u"1234"_s;
    QTest::newRow("leading zeros") << u"0007"_s;
    QTest::newRow("long") << u"12345678901234567890"_s;
    QTest::newRow("non-ASCII") << u"şifre€"_s;
    QTest::newRow("empty") << QString();
}

void TestPinHasher::verifiesTheHashedPin()
{
    QFETCH(QString, pin);
    QVERIFY(PinHasher::verify(pin, PinHasher::hash(pin, fastIterations)));
}

void TestPinHasher::refusesAnotherPin_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("attempt");
    QTest::newRow("one digit off") << u"1234"_s << u"1235"_s;
    QTest::newRow("prefix") << u"1234"_s << u"123"_s;
    QTest::newRow("longer") << u"1234"_s << u"12345"_s;
    QTest::newRow("empty attempt") << u"1234"_s << QString();
    QTest::newRow("case") << u"abcd"_s << u"ABCD"_s;
}

void TestPinHasher::refusesAnotherPin()
{
    QFETCH(QString, pin);
    QFETCH(QString, attempt);
    QVERIFY(!PinHasher::verify(attempt, PinHasher::hash(pin, fastIterations)));
}

void TestPinHasher::storedFormNamesItsCost_data()
{
    QTest::addColumn<int>("iterations");
    QTest::newRow("minimum") << PinHasher::minimumIterations;
    QTest::newRow("default") << PinHasher::defaultIterations;
    QTest::newRow("raised") << 2 * PinHasher::minimumIterations + 1;
}

void TestPinHasher::storedFormNamesItsCost()
{
    QFETCH(int, iterations);
    const QString stored = PinHasher::hash(u"2468"_s, iterations);
    const QStringList parts = stored.split(u'$');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), u"pbkdf2-sha256"_s);
    QCOMPARE(parts.at(1), QString::number(iterations));
    const auto base64 = QByteArray::Base64Option::AbortOnBase64DecodingErrors;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), base64);
    const auto key = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), base64);
    QVERIFY(salt);
    QVERIFY(key);
    QCOMPARE(salt.decoded.size(), 16);
    QCOMPARE(key.decoded.size(), 32); // SHA-256 sized
    QVERIFY(PinHasher::verify(u"2468"_s, stored));
}

void TestPinHasher::samePinHashesDifferently()
{
    const QString first = PinHasher::hash(u"1111"_s, fastIterations);
    const QString second = PinHasher::hash(u"1111"_s, fastIterations);
    QVERIFY2(first != second, "a fresh salt per hash");
    QVERIFY(PinHasher::verify(u"1111"_s, first));
    QVERIFY(PinHasher::verify(u"1111"_s, second));
}

void TestPinHasher::rejectsMalformedStoredHashes_data()
{
    QTest::addColumn<QString>("stored");
    const QString good = PinHasher::hash(u"1234"_s, fastIterations);
    const QStringList parts = good.split(u'$');
    const auto with = [&parts](int index, const QString& value) {
        QStringList changed = parts;
        changed[index] = value;
        return changed.join(u'$');
    };
    QTest::newRow("empty") << QString();
    QTest::newRow("plain PIN") << u"1234"_s;
    QTest::newRow("other scheme") << with(0, u"pbkdf2-sha1"_s);
    QTest::newRow("upper-case scheme") << with(0, u"PBKDF2-SHA256"_s);
    QTest::newRow("iterations not a number") << with(1, u"many"_s);
    QTest::newRow("zero iterations") << with(1, u"0"_s);
    QTest::newRow("negative iterations") << with(1, u"-1000"_s);
    QTest::newRow("other iterations") << with(1, QString::number(fastIterations + 1));
    QTest::newRow("other salt") << with(2, QString::fromLatin1(QByteArray(16, 'x').toBase64()));
    QTest::newRow("empty key") << with(3, QString());
    QTest::newRow("short key") << with(3, parts.at(3).left(8));
    QTest::newRow("missing part") << parts.mid(0, 3).join(u'$');
    QTest::newRow("extra part") << good + u"$extra"_s;
}

void TestPinHasher::rejectsMalformedStoredHashes()
{
    QFETCH(QString, stored);
    QVERIFY(!PinHasher::verify(u"1234"_s, stored));
}

void TestPinHasher::iterationsOfSetting_data()
{
    QTest::addColumn<std::optional<QString>>("setting");
    QTest::addColumn<int>("iterations");
    QTest::newRow("unset") << std::optional<QString>() << PinHasher::defaultIterations;
    QTest::newRow("set") << std::optional<QString>(u"25000"_s) << 25000;
    QTest::newRow("minimum") << std::optional(QString::number(PinHasher::minimumIterations))
                             << PinHasher::minimumIterations;
    QTest::newRow("maximum") << std::optional(QString::number(PinHasher::maximumIterations))
                             << PinHasher::maximumIterations;
    QTest::newRow("below minimum")
        << std::optional(QString::number(PinHasher::minimumIterations - 1))
        << PinHasher::defaultIterations;
    QTest::newRow("above maximum")
        << std::optional(QString::number(PinHasher::maximumIterations + 1))
        << PinHasher::defaultIterations;
    QTest::newRow("not a number") << std::optional<QString>(u"fast"_s)
                                  << PinHasher::defaultIterations;
    QTest::newRow("empty") << std::optional<QString>(QString()) << PinHasher::defaultIterations;
}

void TestPinHasher::iterationsOfSetting()
{
    QFETCH(std::optional<QString>, setting);
    QFETCH(int, iterations);
    QCOMPARE(PinHasher::iterationsOf(setting), iterations);
}

QTEST_GUILESS_MAIN(TestPinHasher)
#include "tst_pinhasher.moc"
