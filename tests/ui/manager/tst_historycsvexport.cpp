#include "HistoryCsvExport.h"

#include <QFile>
#include <QFileDialog>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// A table as a view shows it: a header, then `rows` rows of "<header><row>".
std::unique_ptr<QStandardItemModel> table(const QStringList& header, int rows)
{
    auto model = std::make_unique<QStandardItemModel>(rows, int(header.size()));
    model->setHorizontalHeaderLabels(header);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < header.size(); ++column)
            model->setItem(row, column,
                           new QStandardItem(header.at(column) + QString::number(row)));
    }
    return model;
}
} // namespace

class tst_HistoryCsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sectionsAsOnScreen_data();
    void sectionsAsOnScreen();
    void suggestsANameAfterTheTable_data();
    void suggestsANameAfterTheTable();
    void savesWhereTheManagerChose_data();
    void savesWhereTheManagerChose();
};

void tst_HistoryCsvExport::sectionsAsOnScreen_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("voids");
    QTest::addColumn<int>("totals");
    QTest::addColumn<QString>("csv");
    QTest::newRow("nothing yet: the log's header alone") << 0 << 0 << 0 << u"What,When\r\n"_s;
    QTest::newRow("events only") << 2 << 0 << 0 << u"What,When\r\nWhat0,When0\r\nWhat1,When1\r\n"_s;
    QTest::newRow("an empty table in between is left out")
        << 1 << 0 << 1 << u"What,When\r\nWhat0,When0\r\n\r\nWaiter,Sum\r\nWaiter0,Sum0\r\n"_s;
    QTest::newRow("every table, each after an empty line")
        << 1 << 1 << 1
        << u"What,When\r\nWhat0,When0\r\n\r\nLine\r\nLine0\r\n\r\nWaiter,Sum\r\nWaiter0,Sum0\r\n"_s;
}

void tst_HistoryCsvExport::sectionsAsOnScreen()
{
    QFETCH(int, events);
    QFETCH(int, voids);
    QFETCH(int, totals);
    QFETCH(QString, csv);
    const auto log = table({u"When"_s, u"Hidden"_s, u"What"_s}, events);
    const auto voided = table({u"Line"_s}, voids);
    const auto sums = table({u"Waiter"_s, u"Sum"_s}, totals);
    QWidget panel;
    // The log's columns as the view orders them (a hidden one left out); the others whole.
    HistoryCsvExport csvExport(
        [&] {
            return QList<HistoryCsvExport::Section>{
                {log.get(), {2, 0}}, {voided.get(), {}}, {sums.get(), {}}};
        },
        &panel);
    QCOMPARE(csvExport.text(), csv);
}

void tst_HistoryCsvExport::suggestsANameAfterTheTable_data()
{
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("a table") << u"Table 4"_s << u"history-Table-4.csv"_s;
    QTest::newRow("spaces as typed") << u"  Terrace   2 "_s << u"history-Terrace-2.csv"_s;
    QTest::newRow("the whole venue") << QString() << u"history-venue.csv"_s;
}

void tst_HistoryCsvExport::suggestsANameAfterTheTable()
{
    QFETCH(QString, tableName);
    QFETCH(QString, fileName);
    QCOMPARE(HistoryCsvExport::suggestedFileName(tableName), fileName);

    QWidget panel;
    const auto log = table({u"When"_s}, 1);
    HistoryCsvExport csvExport(
        [&] {
            return QList<HistoryCsvExport::Section>{{log.get(), {}}};
        },
        &panel);
    csvExport.ask(tableName);
    auto* dialog = panel.findChild<QFileDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(), fileName);
    dialog->reject();
}

void tst_HistoryCsvExport::savesWhereTheManagerChose_data()
{
    QTest::addColumn<bool>("folderThere");
    QTest::newRow("a folder that is there") << true;
    QTest::newRow("a folder that is gone") << false;
}

void tst_HistoryCsvExport::savesWhereTheManagerChose()
{
    QFETCH(bool, folderThere);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path =
        folderThere ? dir.filePath(u"tonight.csv"_s) : dir.filePath(u"gone/tonight.csv"_s);
    QWidget panel;
    const auto log = table({u"When"_s, u"What"_s}, 2);
    HistoryCsvExport csvExport(
        [&] {
            return QList<HistoryCsvExport::Section>{{log.get(), {}}};
        },
        &panel);
    QSignalSpy saved(&csvExport, &HistoryCsvExport::saved);
    QSignalSpy failed(&csvExport, &HistoryCsvExport::saveFailed);

    csvExport.ask(u"Table 4"_s);
    auto* dialog = panel.findChild<QFileDialog*>();
    QVERIFY(dialog);
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept"); // as the dialog's Save button does

    QCOMPARE(saved.count(), folderThere ? 1 : 0);
    QCOMPARE(failed.count(), folderThere ? 0 : 1);
    QFile file(path);
    QCOMPARE(file.exists(), folderThere);
    if (!folderThere) {
        QVERIFY(!failed.first().first().toString().isEmpty()); // the manager reads why
        return;
    }
    QCOMPARE(saved.first().first().toString(), path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // What was on screen when the file was chosen, as a spreadsheet reads it (UTF-8, BOM).
    QCOMPARE(file.readAll(), "\xEF\xBB\xBF" + csvExport.text().toUtf8());
}

QTEST_MAIN(tst_HistoryCsvExport)
#include "tst_historycsvexport.moc"
