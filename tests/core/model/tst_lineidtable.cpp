#include "model/LineIdTable.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The table must file and find exactly as a set of the ids would, however many lines it was
// sized for and however alike the ids are.
class TestLineIdTable : public QObject
{
    Q_OBJECT
private slots:
    void filesEachIdOnce_data();
    void filesEachIdOnce();
};

namespace {

Lines linesWithIds(const QStringList& ids)
{
    Lines lines;
    for (const QString& id : ids) {
        Line line;
        line.lineId = id;
        lines.append(line);
    }
    return lines;
}

QStringList numbered(const QString& prefix, int count)
{
    QStringList ids;
    for (int i = 1; i <= count; ++i)
        ids.append(prefix + QString::number(i));
    return ids;
}

} // namespace

void TestLineIdTable::filesEachIdOnce_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("sizedFor");

    QTest::newRow("none") << QStringList{} << 0;
    QTest::newRow("one") << QStringList{u"a"_s} << 1;
    QTest::newRow("a repeat") << QStringList{u"a"_s, u"b"_s, u"a"_s} << 3;
    QTest::newRow("sized for none, given 300") << numbered(u"line-"_s, 300) << 0;
    QTest::newRow("ids that differ in case only")
        << QStringList{u"ab"_s, u"AB"_s, u"aB"_s, u"Ab"_s, u"ab"_s} << 5;
    QTest::newRow("the empty id") << QStringList{QString(), u"x"_s, QString()} << 3;
    QTest::newRow("many repeats") << (numbered(u"n"_s, 40) + numbered(u"n"_s, 40)) << 80;
}

void TestLineIdTable::filesEachIdOnce()
{
    QFETCH(QStringList, ids);
    QFETCH(int, sizedFor);

    const Lines lines = linesWithIds(ids);
    LineIdTable table(sizedFor);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype first = ids.indexOf(ids.at(i));
        QCOMPARE(table.add(lines, i), first == i);
        QCOMPARE(table.find(lines, ids.at(i)), first);
    }
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(table.find(lines, ids.at(i)), ids.indexOf(ids.at(i)));
    QCOMPARE(table.find(lines, u"absent"_s), qsizetype(-1));
    QCOMPARE(table.find(lines, ids.isEmpty() ? u"a"_s : ids.first() + u'!'), qsizetype(-1));
}

QTEST_GUILESS_MAIN(TestLineIdTable)

#include "tst_lineidtable.moc"
