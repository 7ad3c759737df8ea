#include "OrderView.h"

#include "CutTextCheck.h"

#include "LineEditor.h"
#include "MenuModel.h"
#include "MenuPicker.h"
#include "OrderLinesModel.h"
#include "TouchStyle.h"
#include "VoidedLinesModel.h"

#include "merge/Diff.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

const qint64 firedAt = 1'790'000'000'000;

QList<MenuItem> menu()
{
    QList<MenuItem> items{{u"soup"_s, u"Lentil soup"_s, u"Starters"_s, 450},
                          {u"kebab"_s, u"Adana kebab"_s, u"Starters"_s, 1450},
                          {u"salad"_s, u"Shepherd's salad"_s, u"Starters"_s, 500}};
    items[1].available = false;
    return items;
}

Line line(const QString& id, const QString& item, int seat, int course, bool fired)
{
    Line line{id, item, 1, seat, {}, u"ayse"_s, 0};
    line.course = course;
    if (fired) {
        line.state = Line::State::Fired;
        line.firedAt = firedAt;
    }
    return line;
}

// Two courses on the order: course 1 in the kitchen, course 2 waiting; one line not sent.
struct Screen
{
    MenuModel menuModel;
    OrderLinesModel authoritative{OrderLinesModel::Part::Authoritative};
    OrderLinesModel pending{OrderLinesModel::Part::Pending};
    OrderView view{&authoritative, &pending, &menuModel};
    Lines base{line(u"a"_s, u"soup"_s, 1, 1, true), line(u"b"_s, u"salad"_s, 2, 1, true),
               line(u"c"_s, u"soup"_s, 1, 2, false), line(u"d"_s, u"salad"_s, 2, 2, false)};
    Lines draft = base + Lines{line(u"e"_s, u"soup"_s, 3, 2, false)};

    Screen()
    {
        menuModel.setItems(menu());
        const auto names = menuModel.itemNames();
        authoritative.setItemNames(names);
        pending.setItemNames(names);
        authoritative.setContent(base, diff(base, draft), {});
        pending.setContent(base, diff(base, draft), {});
        view.startTable(u"Table 12"_s, 4);
        view.setVersion(7);
        view.setDraft(draft);
        view.setWaitingCourse(2, 2);
    }
};

QPushButton* button(const QWidget& parent, const QString& name)
{
    return parent.findChild<QPushButton*>(name);
}

} // namespace

class TestOrderView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TouchStyle::apply(*qApp); }
    void addsToTheChosenCourse_data();
    void addsToTheChosenCourse();
    void fireButtonShowsOnlyWhenSomethingWaits();
    void firedLinesCannotBeEditedAndSayWhy();
    void soldOutItemsCannotBePicked();
    void screenshotInGerman();
    void confirmedLinesFitAtTabletSize_data();
    void confirmedLinesFitAtTabletSize();
};

void TestOrderView::addsToTheChosenCourse_data()
{
    QTest::addColumn<QString>("chip"); // empty: the default
    QTest::addColumn<int>("course");
    QTest::newRow("default is course 1") << QString() << 1;
    QTest::newRow("course 2") << u"course2"_s << 2;
    QTest::newRow("course 5") << u"course5"_s << 5;
}

void TestOrderView::addsToTheChosenCourse()
{
    QFETCH(QString, chip);
    QFETCH(int, course);
    Screen screen;
    screen.view.resize(1280, 800);
    screen.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen.view));
    QVERIFY(button(screen.view, u"course1"_s)->isChecked());
    if (!chip.isEmpty())
        QTest::mouseClick(button(screen.view, chip), Qt::LeftButton);
    QCOMPARE(screen.view.currentCourse(), course);
    QVERIFY(button(screen.view, u"course%1"_s.arg(course))->isChecked());

    QSignalSpy added(&screen.view, &OrderView::addRequested);
    QListView* items = screen.view.menuPicker()->items();
    const QModelIndex soup = screen.menuModel.index(0, 0);
    QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, items->visualRect(soup).center());
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), u"soup"_s);
    QCOMPARE(added.at(0).at(2).toInt(), course);

    // A new table starts again at course 1.
    screen.view.startTable(u"Table 3"_s, 4);
    QCOMPARE(screen.view.currentCourse(), 1);
    QVERIFY(button(screen.view, u"course1"_s)->isChecked());
}

void TestOrderView::fireButtonShowsOnlyWhenSomethingWaits()
{
    Screen screen;
    screen.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen.view));
    QPushButton* fire = screen.view.fireButton();
    QVERIFY(fire->isVisible());
    QVERIFY(fire->isEnabled());
    QCOMPARE(fire->text(), u"Fire course 2 (2 lines)"_s);
    QSignalSpy asked(&screen.view, &OrderView::fireCourseRequested);
    QTest::mouseClick(fire, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).toInt(), 2);

    screen.view.setBusy(true);
    QVERIFY(!fire->isEnabled());
    screen.view.setBusy(false);
    screen.view.setWaitingCourse(std::nullopt, 0);
    QVERIFY(!fire->isVisible());
    QTest::mouseClick(fire, Qt::LeftButton); // hidden: a tap cannot reach it
    QCOMPARE(asked.size(), 1);
}

void TestOrderView::firedLinesCannotBeEditedAndSayWhy()
{
    Screen screen;
    screen.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen.view));
    LineEditor* editor = screen.view.lineEditor();
    const QList<QPushButton*> controls{button(*editor, u"qtyLess"_s), button(*editor, u"qtyMore"_s),
                                       button(*editor, u"seatLess"_s),
                                       button(*editor, u"seatMore"_s),
                                       button(*editor, u"removeLine"_s)};

    screen.view.selectLine(u"a"_s);
    for (QPushButton* control : controls)
        QVERIFY2(!control->isEnabled(), qPrintable(control->objectName()));
    const QString why = editor->findChild<QLabel*>(u"sectionTitle"_s)->text();
    QVERIFY2(why.contains(u"Lentil soup"_s) && why.contains(u"kitchen"_s) &&
                 why.contains(u"void it"_s),
             qPrintable(why));
    QSignalSpy removed(&screen.view, &OrderView::removeRequested);
    QTest::mouseClick(button(*editor, u"removeLine"_s), Qt::LeftButton);
    QCOMPARE(removed.size(), 0);

    // A line of the waiting course is still the waiter's to change.
    screen.view.selectLine(u"c"_s);
    for (QPushButton* control : controls)
        QVERIFY2(control->isEnabled(), qPrintable(control->objectName()));
    QTest::mouseClick(button(*editor, u"removeLine"_s), Qt::LeftButton);
    QCOMPARE(removed.size(), 1);
}

void TestOrderView::soldOutItemsCannotBePicked()
{
    Screen screen;
    screen.view.resize(1280, 800);
    screen.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen.view));
    QSignalSpy added(&screen.view, &OrderView::addRequested);
    QListView* items = screen.view.menuPicker()->items();
    const QModelIndex kebab = screen.menuModel.index(1, 0);
    QCOMPARE(kebab.data().toString(), u"Adana kebab (sold out)"_s);
    QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, items->visualRect(kebab).center());
    const QModelIndex salad = screen.menuModel.index(2, 0);
    QTest::mouseClick(items->viewport(), Qt::LeftButton, {}, items->visualRect(salad).center());
    // The later tap on the salad proves the tap on the sold-out kebab added nothing.
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), u"salad"_s);
}

void TestOrderView::screenshotInGerman()
{
    QTranslator german;
    QVERIFY(german.load(u":/i18n/tablesync_de"_s));
    QCoreApplication::installTranslator(&german);
    Screen screen;
    screen.view.resize(1280, 800);
    screen.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen.view));
    screen.view.selectLine(u"a"_s);
    QCOMPARE(screen.view.fireButton()->text(), u"Gang 2 abrufen (2 Positionen)"_s);
    // The German texts fit: nothing of the course row is cut off at 1280x800.
    QVERIFY(screen.view.minimumSizeHint().width() <= 1280);
    const QString directory = qEnvironmentVariable("TABLESYNC_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(screen.view.grab().save(QDir(directory).filePath(u"course-controls.png"_s)));
    QCoreApplication::removeTranslator(&german);
}

void TestOrderView::confirmedLinesFitAtTabletSize_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "tr", "de", "ru"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

// Issue 16: in German the sent lines scrolled sideways ("Seit 14:…") and, with a voided
// line, showed two and a half rows. Every column fits and the sent lines keep the room.
void TestOrderView::confirmedLinesFitAtTabletSize()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/tablesync_"_s + language));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(language));
    const auto uninstall = qScopeGuard([&translator] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    });
    MenuModel menuModel;
    OrderLinesModel authoritative{OrderLinesModel::Part::Authoritative};
    OrderLinesModel pending{OrderLinesModel::Part::Pending};
    VoidedLinesModel voided;
    OrderView view{&authoritative, &pending, &menuModel};
    view.setVoidedModel(&voided);
    menuModel.setItems(menu());
    Lines base;
    for (int i = 0; i < 9; ++i) {
        Line sent = line(u"l%1"_s.arg(i), i % 2 ? u"salad"_s : u"soup"_s, 1 + i % 4, 1, true);
        sent.note = i % 3 == 0 ? u"ohne Zwiebeln, bitte"_s : QString();
        base.append(sent);
    }
    for (OrderLinesModel* model : {&authoritative, &pending}) {
        model->setItemNames(menuModel.itemNames());
        model->setStaffNames({{u"ayse"_s, u"Ayşe Yılmaz"_s}}, u"mehmet"_s);
        model->setContent(base, diff(base, base), {});
    }
    Line gone = line(u"v"_s, u"soup"_s, 2, 1, true);
    voided.setItemNames(menuModel.itemNames());
    voided.setLines({VoidedLine{gone, u"guest_changed_mind"_s, {}, u"selin"_s}});
    view.startTable(u"Table 12"_s, 4);
    view.setVersion(7);
    view.setDraft(base);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(0); // the columns fit once the queued model changes are in
    QCoreApplication::processEvents();

    const QString directory = qEnvironmentVariable("TABLESYNC_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        view.grab().save(QDir(directory).filePath(u"order-lines-"_s + language + u".png"_s));
    QTableView* lines = view.authoritativeTable();
    QVERIFY(view.voidedTable()->isVisible());
    QVERIFY2(!lines->horizontalScrollBar()->isVisible(), "the sent lines scroll sideways");
    QVERIFY2(
        lines->horizontalHeader()->length() <= lines->viewport()->width(),
        qPrintable(
            u"%1 > %2"_s.arg(lines->horizontalHeader()->length()).arg(lines->viewport()->width())));
    // Each header reads whole, on two lines if it must.
    const QList<CutTextCheck::Cut> cuts = CutTextCheck::of(*lines);
    QVERIFY2(cuts.isEmpty(), qPrintable(CutTextCheck::describe(cuts)));
    int rowsShown = 0;
    for (int row = 0; row < authoritative.rowCount(); ++row) {
        if (lines->rowViewportPosition(row) + lines->rowHeight(row) <= lines->viewport()->height())
            ++rowsShown;
    }
    // Five in English; a German state ("Seit 14:13 in der Küche") still takes three lines.
    QVERIFY2(rowsShown >= (language == "en"_L1 ? 5 : 3), qPrintable(QString::number(rowsShown)));
}

QTEST_MAIN(TestOrderView)
#include "tst_orderview.moc"
