#include "CsvWriter.h"

#include <QStandardItemModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// CsvWriter's cells: quoted where RFC 4180 needs it, and never a live formula when the export is
// opened in a spreadsheet (OWASP CSV injection), while the numbers the app writes stay numbers.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void wholeTableIsNeutralised();
};

void TestCsvWriter::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"Tea"_s << u"Tea"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                            << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
    QTest::newRow("plus") << u"+1+cmd|' /C calc'!A0"_s << u"\"'+1+cmd|' /C calc'!A0\""_s;
    QTest::newRow("minus formula") << u"-2+3"_s << u"\"'-2+3\""_s;
    QTest::newRow("minus word") << u"-nothing"_s << u"\"'-nothing\""_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"\"'@SUM(A1)\""_s;
    QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
    QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("only a sign") << u"-"_s << u"\"'-\""_s;
    QTest::newRow("equals later") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("negative number") << u"-2"_s << u"-2"_s;
    QTest::newRow("positive number") << u"+3"_s << u"+3"_s;
    QTest::newRow("negative decimal") << u"-1.5"_s << u"-1.5"_s;
    QTest::newRow("negative decimal comma") << u"-0,25"_s << u"\"-0,25\""_s;
    QTest::newRow("two separators") << u"-1.2.3"_s << u"\"'-1.2.3\""_s;
    QTest::newRow("trailing separator") << u"-1."_s << u"\"'-1.\""_s;
}

void TestCsvWriter::field()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::field(text), field);
}

void TestCsvWriter::wholeTableIsNeutralised()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({u"Note"_s, u"Qty"_s});
    model.setItem(0, 0, new QStandardItem(u"=HYPERLINK(\"http://evil\")"_s));
    model.setItem(0, 1, new QStandardItem(u"-2"_s));
    model.setItem(1, 0, new QStandardItem(u"no onions"_s));
    model.setItem(1, 1, new QStandardItem(u"3"_s));
    QCOMPARE(CsvWriter::toCsv(model, {0, 1}),
             u"Note,Qty\r\n\"'=HYPERLINK(\"\"http://evil\"\")\",-2\r\nno onions,3\r\n"_s);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
