#include "StationPrintersDialog.h"

#include <QComboBox>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The tablet's printer setup as a real dialog on offscreen: a printer per station, and the
// guests' bills on a printer of their own ("Ask each time" until one is chosen).
class tst_StationPrintersDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void billsHaveTheirOwnChoice_data();
    void billsHaveTheirOwnChoice();
    void stationsAndBillsAreChosenApart();
};

void tst_StationPrintersDialog::billsHaveTheirOwnChoice_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("shownText");
    QTest::newRow("never chosen: ask") << QString() << u"Ask each time"_s;
    QTest::newRow("an installed printer") << u"Front desk HP"_s << u"Front desk HP"_s;
    QTest::newRow("a printer gone") << u"Old Star"_s << u"Old Star (not found)"_s;
}

void tst_StationPrintersDialog::billsHaveTheirOwnChoice()
{
    QFETCH(QString, saved);
    QFETCH(QString, shownText);
    StationPrintersDialog dialog({u"hot"_s}, {u"Kitchen Epson"_s, u"Front desk HP"_s},
                                 {{u"hot"_s, u"Kitchen Epson"_s}}, saved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* bills = dialog.findChild<QComboBox*>(u"billPrinter"_s);
    QVERIFY(bills);
    QCOMPARE(bills->currentText(), shownText);
    QCOMPARE(dialog.billPrinter(), saved); // kept as it was when nothing is changed
    QCOMPARE(dialog.printers().value(u"hot"_s), u"Kitchen Epson"_s);
}

void tst_StationPrintersDialog::stationsAndBillsAreChosenApart()
{
    StationPrintersDialog dialog({u"hot"_s, u"bar"_s}, {u"Kitchen Epson"_s, u"Front desk HP"_s}, {},
                                 {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* bills = dialog.findChild<QComboBox*>(u"billPrinter"_s);
    bills->setCurrentIndex(bills->findData(u"Front desk HP"_s));
    QCOMPARE(dialog.billPrinter(), u"Front desk HP"_s);
    QVERIFY(dialog.printers().isEmpty()); // the bills' printer is not a station's
    dialog.printerBox(u"hot"_s)->setCurrentIndex(
        dialog.printerBox(u"hot"_s)->findData(u"Kitchen Epson"_s));
    QCOMPARE(dialog.printers(), (QHash<QString, QString>{{u"hot"_s, u"Kitchen Epson"_s}}));
    QCOMPARE(dialog.billPrinter(), u"Front desk HP"_s);
}

QTEST_MAIN(tst_StationPrintersDialog)
#include "tst_stationprintersdialog.moc"
