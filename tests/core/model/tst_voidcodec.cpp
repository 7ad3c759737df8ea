#include "JsonWire.h"
#include "model/RequestValidator.h"
#include "model/VoidCodec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The `voids` of a PATCH read strictly, by the same check the server's RequestValidator uses:
// a good list comes back as it was written, and the first bad entry is named by its field.
namespace {

const QString lineA = u"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"_s;
const QString lineB = u"0b7e5a52-5a3b-4d0e-9c0a-2f8f1c1d1e01"_s;

QJsonObject entry(const QString& lineId = lineA)
{
    return QJsonObject{{u"line_id"_s, lineId},
                       {u"reason"_s, u"wrong_item"_s},
                       {u"note"_s, u"asked for fish"_s},
                       {u"approval"_s, u"a1b2c3"_s}};
}

} // namespace

class tst_VoidCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void voidsFromJson_data();
    void voidsFromJson();
    void theServerRefusesTheSame_data() { voidsFromJson_data(); }
    void theServerRefusesTheSame();
};

void tst_VoidCodec::roundTrip()
{
    const QList<VoidEntry> written{
        VoidEntry{lineA, u"other"_s, u"spilled"_s, u"tok"_s},
        VoidEntry{lineB, u"quality"_s, {}, std::nullopt},
    };
    const Result<QList<VoidEntry>> read = VoidCodec::voidsFromJson(VoidCodec::toJson(written));
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 2);
    QCOMPARE(read->at(0).lineId, lineA);
    QCOMPARE(read->at(0).reason, u"other"_s);
    QCOMPARE(read->at(0).note, u"spilled"_s);
    QCOMPARE(read->at(0).approval, std::optional<QString>(u"tok"_s));
    QCOMPARE(read->at(1).approval, std::nullopt);
    QCOMPARE(read->at(1).note, QString());
}

void tst_VoidCodec::voidsFromJson_data()
{
    QTest::addColumn<QJsonValue>("voids");
    QTest::addColumn<QString>("badField"); // empty: read as given

    QTest::newRow("good") << QJsonValue(QJsonArray{entry()}) << QString();
    QTest::newRow("good, empty list") << QJsonValue(QJsonArray{}) << QString();
    QTest::newRow("good, no note or approval")
        << QJsonValue(QJsonArray{without(without(entry(), u"note"_s), u"approval"_s)}) << QString();
    QTest::newRow("good, upper-case line_id")
        << QJsonValue(QJsonArray{entry(lineA.toUpper())}) << QString();
    // api-v1.md asks no note of "other" (the tablet's dialog does): the wire takes it.
    QTest::newRow("other without note")
        << QJsonValue(QJsonArray{without(with(entry(), u"reason"_s, u"other"_s), u"note"_s)})
        << QString();
    QTest::newRow("not a list") << QJsonValue(entry()) << u"voids"_s;
    QTest::newRow("null") << QJsonValue() << u"voids"_s;
    QTest::newRow("entry a string") << QJsonValue(QJsonArray{u"x"_s}) << u"voids[0]"_s;
    QTest::newRow("missing reason")
        << QJsonValue(QJsonArray{without(entry(), u"reason"_s)}) << u"voids[0].reason"_s;
    QTest::newRow("bad reason") << QJsonValue(QJsonArray{with(entry(), u"reason"_s, u"cold"_s)})
                                << u"voids[0].reason"_s;
    QTest::newRow("reason a number")
        << QJsonValue(QJsonArray{with(entry(), u"reason"_s, 3)}) << u"voids[0].reason"_s;
    QTest::newRow("bad line_id") << QJsonValue(QJsonArray{with(entry(), u"line_id"_s, u"abc"_s)})
                                 << u"voids[0].line_id"_s;
    QTest::newRow("missing line_id")
        << QJsonValue(QJsonArray{without(entry(), u"line_id"_s)}) << u"voids[0].line_id"_s;
    QTest::newRow("second entry bad")
        << QJsonValue(QJsonArray{entry(), with(entry(lineB), u"reason"_s, QString())})
        << u"voids[1].reason"_s;
    QTest::newRow("line voided twice")
        << QJsonValue(QJsonArray{entry(), entry()}) << u"voids[1].line_id"_s;
    QTest::newRow("note 201 characters")
        << QJsonValue(QJsonArray{with(entry(), u"note"_s, QString(201, u'x'))})
        << u"voids[0].note"_s;
    QTest::newRow("note a number")
        << QJsonValue(QJsonArray{with(entry(), u"note"_s, 7)}) << u"voids[0].note"_s;
    QTest::newRow("approval a number")
        << QJsonValue(QJsonArray{with(entry(), u"approval"_s, 7)}) << u"voids[0].approval"_s;
}

void tst_VoidCodec::voidsFromJson()
{
    QFETCH(QJsonValue, voids);
    QFETCH(QString, badField);
    const Result<QList<VoidEntry>> read = VoidCodec::voidsFromJson(voids);
    if (badField.isEmpty()) {
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->size(), voids.toArray().size());
        for (const VoidEntry& voided : read.value())
            QCOMPARE(voided.lineId, voided.lineId.toLower()); // canonical, as the server keeps
        return;
    }
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::InvalidRequest);
    QCOMPARE(read.error().field, badField);
}

void tst_VoidCodec::theServerRefusesTheSame()
{
    // One validator for both: a PATCH with these voids is read exactly as the tablet reads them.
    QFETCH(QJsonValue, voids);
    QFETCH(QString, badField);
    const QJsonObject body{
        {u"expected_version"_s, 3}, {u"items"_s, QJsonArray{}}, {u"voids"_s, voids}};
    const Result<PatchRequest> patch = RequestValidator::patch(body, {});
    const Result<QList<VoidEntry>> read = VoidCodec::voidsFromJson(voids);
    QCOMPARE(patch.ok(), read.ok());
    if (!patch.ok()) {
        QCOMPARE(patch.error().field, badField);
        QCOMPARE(patch.error().message, read.error().message);
    } else {
        QCOMPARE(patch->voids.size(), read->size());
    }
}

QTEST_GUILESS_MAIN(tst_VoidCodec)
#include "tst_voidcodec.moc"
