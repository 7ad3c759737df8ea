#include "VoidDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The reason step of a void, as real widgets on offscreen: one large button per reason, Void
// only once a reason is chosen, and "other" only with a note.
class tst_VoidDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReasonHasALargeButton();
    void voidNeedsAReason_data();
    void voidNeedsAReason();
    void keepItVoidsNothing();
};

void tst_VoidDialog::everyReasonHasALargeButton()
{
    VoidDialog dialog(u"2× Lentil soup, seat 3"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const QString& code :
         {u"guest_changed_mind"_s, u"wrong_item"_s, u"kitchen_error"_s, u"quality"_s, u"other"_s}) {
        auto* button = dialog.findChild<QPushButton*>(u"reason_"_s + code);
        QVERIFY2(button, qPrintable(code));
        QVERIFY(button->isVisible());
        QVERIFY(!button->text().isEmpty());
        QVERIFY(button->height() >= 64);
        QVERIFY(button->width() >= 200);
    }
    QCOMPARE(dialog.reason(), QString());
    QVERIFY(!dialog.confirmButton()->isEnabled());
}

void tst_VoidDialog::voidNeedsAReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("wrong item, no note") << u"wrong_item"_s << QString() << true;
    QTest::newRow("quality with a note") << u"quality"_s << u"cold"_s << true;
    QTest::newRow("other without a note") << u"other"_s << QString() << false;
    QTest::newRow("other, blank note") << u"other"_s << u"   "_s << false;
    QTest::newRow("other with a note") << u"other"_s << u"spilled"_s << true;
}

void tst_VoidDialog::voidNeedsAReason()
{
    QFETCH(QString, reason);
    QFETCH(QString, note);
    QFETCH(bool, enabled);
    VoidDialog dialog(u"1× Ayran"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"reason_"_s + reason), Qt::LeftButton);
    auto* noteField = dialog.findChild<QLineEdit*>(u"voidNote"_s);
    QVERIFY(noteField);
    QTest::keyClicks(noteField, note);
    QCOMPARE(dialog.reason(), reason);
    QCOMPARE(dialog.note(), note.trimmed());
    QCOMPARE(dialog.confirmButton()->isEnabled(), enabled);
    if (enabled) {
        QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
}

void tst_VoidDialog::keepItVoidsNothing()
{
    VoidDialog dialog(u"1× Ayran"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"reason_quality"_s), Qt::LeftButton);
    QPushButton* keep = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button != dialog.confirmButton() && !button->objectName().startsWith(u"reason_"_s))
            keep = button;
    }
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(tst_VoidDialog)
#include "tst_voiddialog.moc"
