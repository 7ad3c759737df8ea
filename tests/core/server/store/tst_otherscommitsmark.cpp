#include "store/OthersCommitsMark.h"

#include <QTest>

#include <optional>
#include <vector>

using Counters = std::vector<std::optional<quint64>>;
using Answers = std::vector<bool>;
Q_DECLARE_METATYPE(Counters)
Q_DECLARE_METATYPE(Answers)

// OthersCommitsMark: the one rule by which every cache drops what another process may have
// changed.
class TestOthersCommitsMark : public QObject
{
    Q_OBJECT
private slots:
    void moved_data();
    void moved();
};

void TestOthersCommitsMark::moved_data()
{
    QTest::addColumn<Counters>("counters");
    QTest::addColumn<Answers>("expected");
    QTest::newRow("first look") << Counters{0} << Answers{true};
    QTest::newRow("same counter keeps") << Counters{2, 2, 2} << Answers{true, false, false};
    QTest::newRow("counter moved drops") << Counters{2, 3, 3} << Answers{true, true, false};
    QTest::newRow("cannot tell drops every time")
        << Counters{2, std::nullopt, std::nullopt} << Answers{true, true, true};
    QTest::newRow("after cannot tell, the same counter drops once more")
        << Counters{2, std::nullopt, 2, 2} << Answers{true, true, true, false};
}

void TestOthersCommitsMark::moved()
{
    QFETCH(Counters, counters);
    QFETCH(Answers, expected);
    OthersCommitsMark mark;
    Answers answers;
    for (const std::optional<quint64>& counter : counters)
        answers.push_back(mark.moved(counter));
    QCOMPARE(answers, expected);
}

QTEST_GUILESS_MAIN(TestOthersCommitsMark)
#include "tst_otherscommitsmark.moc"
