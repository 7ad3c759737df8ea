#include "BanquetFireDialog.h"
#include "BanquetTablesModel.h"
#include "BillModel.h"
#include "BillView.h"
#include "ConflictDialog.h"
#include "CutTextCheck.h"
#include "HistoryPanel.h"
#include "KitchenView.h"
#include "KnownConflict.h"
#include "LanguagePicker.h"
#include "LanguageSwitcher.h"
#include "LoginView.h"
#include "ManagerPinDialog.h"
#include "MenuModel.h"
#include "MenuPicker.h"
#include "OrderLinesModel.h"
#include "OrderView.h"
#include "SellOutLogModel.h"
#include "TableGridModel.h"
#include "TableGridView.h"
#include "TicketCardsModel.h"
#include "TouchStyle.h"
#include "VoidDialog.h"
#include "VoidReportView.h"
#include "WaiterMessages.h"

#include "ManualClock.h"
#include "SampleTickets.h"
#include "waiter/SampleBill.h"

#include "merge/Diff.h"
#include "model/DemoStaff.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 now = 1'780'000'000'000;
const QSize tablet{1280, 800};

// What the screens show: the demo venue's menu in the language under test, tables, staff.
struct Venue
{
    ManualClock clock{now};
    QString language;
    QList<MenuItem> menu;
    QHash<QString, QString> itemNames;
    QHash<QString, QString> staffNames;

    explicit Venue(const QString& code)
        : language(code)
    {
        QFile file(QStringLiteral(TABLESYNC_DEMO_MENU));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the demo menu");
        const QJsonArray items = QJsonDocument::fromJson(file.readAll())["items"_L1].toArray();
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            const auto named = [&code](const QJsonValue& names) {
                return names[code].toString(names["en"_L1].toString());
            };
            menu.append({item["id"_L1].toString(), named(item["name"_L1]),
                         named(item["category"_L1]), item["price_cents"_L1].toInt()});
            itemNames.insert(menu.last().id, menu.last().name);
        }
        for (const DemoStaff::Member& member : DemoStaff::members())
            staffNames.insert(member.staff.id, member.staff.name);
    }

    Lines lines(int count, const QString& by) const
    {
        Lines result;
        for (int i = 0; i < count; ++i) {
            const MenuItem& item = menu.at(i % menu.size());
            result.append(Line{u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0')), item.id,
                               1 + i % 3, i % 5, i % 4 == 0 ? u"no onions"_s : QString(), by,
                               now - i * 60'000});
        }
        return result;
    }

    QList<Event> events() const
    {
        QList<Event> all;
        const QStringList authors{u"ayse"_s, u"mehmet"_s, u"elif"_s, u"selin"_s};
        for (int i = 0; i < 40; ++i) {
            Event event;
            event.seq = i + 1;
            event.orderId = 30 + i % 7;
            event.tableId = QString::number(10 + i % 7);
            event.version = 2 + i / 7;
            event.kind =
                QList<Event::Kind>{Event::Kind::Add, Event::Kind::Change, Event::Kind::Remove,
                                   Event::Kind::Conflict, Event::Kind::Close}
                    .at(i % 5);
            event.author = authors.at(i % authors.size());
            event.at = now - (40 - i) * 45'000;
            if (event.kind != Event::Kind::Conflict && event.kind != Event::Kind::Close) {
                event.lineId = u"line-"_s + QString::number(i);
                event.menuItemId = menu.at((i * 7) % menu.size()).id;
                event.qty = 1 + i % 4;
                if (event.kind == Event::Kind::Change)
                    event.prevQty = 1;
                event.note = i % 3 == 0 ? u"ohne Zwiebeln, bitte"_s : QString();
            } else if (event.kind == Event::Kind::Conflict) {
                event.expectedVersion = event.version - 1;
            }
            all.append(event);
        }
        return all;
    }
};

// A screen as the tablet shows it at 1280x800, built in the current language.
struct Screen
{
    const char* name;
    std::function<std::unique_ptr<QWidget>(Venue&)> make;
};

std::unique_ptr<QWidget> login(Venue&)
{
    auto view = std::make_unique<LoginView>();
    QList<Staff> staff;
    for (const DemoStaff::Member& member : DemoStaff::members())
        staff.append(member.staff);
    view->setStaff(staff, {u"mehmet"_s});
    view->setServerUrl(QUrl(u"https://tablesync.venue.example:8443"_s));
    ApiError lockout{ErrorCode::TooManyAttempts, u"locked"_s, {}};
    lockout.retryAfterSeconds = 280;
    view->setError(WaiterMessages::loginRefused(lockout));
    view->resize(tablet);
    return view;
}

std::unique_ptr<QWidget> grid(Venue& venue)
{
    auto holder = std::make_unique<QWidget>();
    auto* model = new TableGridModel(venue.clock, holder.get());
    QList<Table> tables;
    for (int i = 1; i <= 60; ++i)
        tables.append(Table{QString::number(i),
                            venue.language == "de"_L1 ? u"Tisch %1"_s.arg(i) : u"Table %1"_s.arg(i),
                            20, 100 + i, 1 + i % 4, i % 3 == 0 ? 0 : i % 17, now - i * 50'000});
    model->setTables(tables);
    model->setStaffNames(venue.staffNames);
    Order order{
        102, u"2"_s, Order::Status::Open, tables.at(1).version, now, venue.lines(2, u"mehmet"_s)};
    model->noteOrder(order);
    auto* view = new TableGridView(model, holder.get());
    view->setStaffName(u"Ayşe"_s);
    view->setStatus(WaiterMessages::reason(ApiError{ErrorCode::Unreachable, {}, {}}));
    holder->resize(tablet);
    view->resize(tablet);
    return holder;
}

std::unique_ptr<QWidget> order(Venue& venue)
{
    auto holder = std::make_unique<QWidget>();
    auto* confirmed = new OrderLinesModel(OrderLinesModel::Part::Authoritative, holder.get());
    auto* pending = new OrderLinesModel(OrderLinesModel::Part::Pending, holder.get());
    auto* menu = new MenuModel(holder.get());
    menu->setItems(venue.menu);
    const Lines base = venue.lines(9, u"mehmet"_s);
    Lines draft = base;
    draft.append(venue.lines(12, u"ayse"_s).mid(9));
    draft[1].qty = 5;
    draft.removeAt(3);
    for (OrderLinesModel* model : {confirmed, pending}) {
        model->setItemNames(venue.itemNames);
        model->setStaffNames(venue.staffNames, u"ayse"_s);
        model->setContent(base, diff(base, draft), {});
    }
    auto* view = new OrderView(confirmed, pending, menu, holder.get());
    view->startTable(u"Table 12"_s, 20);
    view->setVersion(7);
    view->setDraft(draft);
    view->setOthersChanged(true);
    view->resize(tablet);
    holder->resize(tablet);
    return holder;
}

std::unique_ptr<QWidget> menu(Venue& venue)
{
    auto holder = std::make_unique<QWidget>();
    auto* model = new MenuModel(holder.get());
    model->setItems(venue.menu);
    auto* picker = new MenuPicker(model, holder.get());
    // The width the order screen really gives it beside the order lines (issue 16: at half
    // the tablet "Hähnchenspieß" fitted here and was cut on the order screen).
    const std::unique_ptr<QWidget> orderScreen = order(venue);
    orderScreen->show();
    QCoreApplication::processEvents();
    const QSize room = orderScreen->findChild<OrderView*>()->menuPicker()->size();
    picker->resize(room);
    holder->resize(tablet);
    // The category shown holds the widest word of a dish name in the language.
    const QFontMetrics metrics(picker->items()->font());
    int widest = 0;
    for (const MenuItem& item : venue.menu) {
        for (const QString& word : item.name.split(u' ', Qt::SkipEmptyParts)) {
            if (metrics.horizontalAdvance(word) > widest) {
                widest = metrics.horizontalAdvance(word);
                model->setCategory(item.category);
            }
        }
    }
    return holder;
}

std::unique_ptr<QWidget> conflict(Venue& venue)
{
    const KnownConflict known;
    QHash<QString, QString> names = KnownConflict::itemNames();
    names.insert(u"salad"_s, venue.itemNames.value(u"starter-ezme"_s));
    auto dialog = std::make_unique<ConflictDialog>(u"Table 12"_s, known.decision, known.events,
                                                   names, KnownConflict::staffNames());
    // As the main window sizes it on a 1280x800 screen.
    dialog->resize(std::min(tablet.width() - 40, 1100), std::min(tablet.height() - 40, 720));
    return dialog;
}

std::unique_ptr<QWidget> history(Venue& venue, HistoryPanel::Scope scope)
{
    auto panel = std::make_unique<HistoryPanel>(venue.clock);
    panel->setItemNames(venue.itemNames);
    panel->setStaffNames(venue.staffNames);
    QHash<QString, QString> tables;
    for (int i = 10; i < 17; ++i)
        tables.insert(QString::number(i), u"Table "_s + QString::number(i));
    panel->setTableNames(tables);
    const QList<Event> events = venue.events();
    panel->appendVenueEvents(events);
    QList<Event> ofOne;
    for (const Event& event : events) {
        if (event.orderId == 30)
            ofOne.append(event);
    }
    panel->setTable(u"Table 10"_s, 30);
    panel->showOrderEvents(30, ofOne);
    // Tonight's sell-outs list (the venue's view): one item heard as sold out.
    panel->setMenu(venue.menu, u"EUR"_s);
    panel->sellOuts()->record(venue.menu.constFirst().id, false);
    panel->setScope(scope);
    panel->eventsView()->selectRow(0);
    // The width the main window docks it at on a 1280-px window, or more if it needs more.
    panel->resize(std::max(tablet.width() * 2 / 5, panel->minimumSizeHint().width()),
                  tablet.height());
    return panel;
}

// The history panel's voids page: every reason, long names, a note; German's longest words.
std::unique_ptr<QWidget> historyVoids(Venue& venue)
{
    std::unique_ptr<QWidget> shown = history(venue, HistoryPanel::Scope::Venue);
    auto* panel = static_cast<HistoryPanel*>(shown.get());
    panel->setMenu(venue.menu, u"EUR"_s);
    const QStringList reasons{u"guest_changed_mind"_s, u"wrong_item"_s, u"kitchen_error"_s,
                              u"quality"_s, u"other"_s};
    const QStringList waiters{u"ayse"_s, u"mehmet"_s, u"elif"_s, u"selin"_s};
    QList<Event> voids;
    for (int i = 0; i < 12; ++i) {
        Event event;
        event.seq = 100 + i;
        event.orderId = 30 + i % 7;
        event.tableId = QString::number(10 + i % 7);
        event.version = 9 + i;
        event.kind = Event::Kind::Void;
        event.lineId = u"void-"_s + QString::number(i);
        event.menuItemId = venue.menu.at((i * 5) % venue.menu.size()).id;
        event.qty = 1 + i % 12;
        event.reason = reasons.at(i % reasons.size());
        event.approvedBy = u"selin"_s;
        event.note = i % 5 == 4 ? u"Gast wollte es doch nicht"_s : QString();
        event.author = waiters.at(i % waiters.size());
        event.at = now - (12 - i) * 60'000;
        voids.append(event);
    }
    panel->appendVenueEvents(voids);
    panel->pages()->setCurrentWidget(panel->voidReportView());
    panel->resize(std::max(tablet.width() * 2 / 5, panel->minimumSizeHint().width()),
                  tablet.height());
    return shown;
}

// `size`: the whole tablet, or half of it as in the demo's side-by-side windows.
std::unique_ptr<QWidget> kitchen(Venue& venue, QSize size)
{
    auto holder = std::make_unique<QWidget>();
    auto* open = new TicketCardsModel(TicketCardsModel::Part::Open, venue.clock, holder.get());
    auto* bumped = new TicketCardsModel(TicketCardsModel::Part::Bumped, venue.clock, holder.get());
    for (TicketCardsModel* model : {open, bumped})
        model->setStaffNames(venue.staffNames);
    open->setTickets({SampleTickets::fire(1, u"hot"_s, now - 25 * 60'000, 2),
                      SampleTickets::voided(2, u"hot"_s, now - 60'000),
                      SampleTickets::fire(3, u"bar"_s, now)});
    bumped->setTickets({SampleTickets::fire(4, u"hot"_s, now - 30 * 60'000)});
    auto* view = new KitchenView(open, bumped, holder.get());
    view->setStaffName(u"Ayşe"_s);
    view->setStations({u"hot"_s, u"bar"_s});
    view->setBumpedCount(1);
    view->bumpedButton()->click();
    view->setPrintProblem(u"1 ticket not printed."_s);
    view->resize(size);
    holder->resize(size);
    return holder;
}

// The void's reason step, for the longest line name of the menu in this language.
std::unique_ptr<QWidget> voidReasons(Venue& venue)
{
    QString longest;
    for (const MenuItem& item : std::as_const(venue.menu)) {
        if (item.name.size() > longest.size())
            longest = item.name;
    }
    return std::make_unique<VoidDialog>(u"2× "_s + longest + u", 12"_s);
}

std::unique_ptr<QWidget> managerPin(Venue&)
{
    QList<Staff> managers;
    for (const DemoStaff::Member& member : DemoStaff::members()) {
        if (member.staff.role == Staff::Role::Manager)
            managers.append(member.staff);
    }
    auto dialog = std::make_unique<ManagerPinDialog>(managers);
    dialog->setError(WaiterMessages::approvalRefused(
        ApiError{ErrorCode::InvalidCredentials, u"wrong PIN"_s, {}}));
    return dialog;
}

// The banquet captain's fire dialog, counted for course 2 on a banquet's tables.
std::unique_ptr<QWidget> banquetFire(Venue&)
{
    auto holder = std::make_unique<QWidget>();
    auto* tables = new BanquetTablesModel(holder.get());
    QList<Table> banquet;
    QHash<QString, int> waiting;
    for (int number = 1; number <= 12; ++number) {
        const QString id = QString::number(number);
        banquet.append(Table{id, u"Table %1"_s.arg(number), 10, 100 + number, 1, 0, 0});
        waiting.insert(id, number % 4);
    }
    tables->setTables(banquet);
    auto* dialog = new BanquetFireDialog(tables, holder.get());
    dialog->setWindowFlags(Qt::Widget); // drawn inside the holder, checked with it
    dialog->setCourse(2);
    tables->setWaiting(waiting);
    dialog->resize(tablet * 0.9);
    holder->resize(tablet * 0.9);
    return holder;
}

// The bill as BillFlow opens it: nine tenths of the window.
std::unique_ptr<QWidget> bill(Venue&)
{
    auto holder = std::make_unique<QWidget>();
    auto* model = new BillModel(holder.get());
    model->setBill(sampleBill());
    auto* view = new BillView(model, u"Table 12"_s, holder.get());
    view->setWindowFlags(Qt::Widget); // drawn inside the holder, checked with it
    view->showError(u"Not closed: the server did not answer."_s);
    view->resize(tablet * 0.9);
    holder->resize(tablet * 0.9);
    return holder;
}

// Every screen and dialog; a new screen (the kitchen display, the bill) is one more line.
const QList<Screen>& screens()
{
    static const QList<Screen> all{
        {"login", login},
        {"grid", grid},
        {"order", order},
        {"menu", menu},
        {"conflict", conflict},
        {"history-venue", [](Venue& v) { return history(v, HistoryPanel::Scope::Venue); }},
        {"history-table", [](Venue& v) { return history(v, HistoryPanel::Scope::Table); }},
        {"history-voids", historyVoids},
        {"kitchen", [](Venue& v) { return kitchen(v, tablet); }},
        {"void-reasons", voidReasons},
        {"manager-pin", managerPin},
        {"bill", bill},
        {"banquet-fire", banquetFire},
        {"kitchen-half",
         [](Venue& v) {
             return kitchen(v, {tablet.width() / 2, tablet.height()});
         }},
    };
    return all;
}

} // namespace

class TestCutText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TouchStyle::apply(*qApp); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void noTextIsCut_data();
    void noTextIsCut();
    void historyDockLeavesTheGridRoom();
    void checkFindsACutButton();
    void languagePickerIsATouchTarget();

private:
    LanguageSwitcher m_languages;
};

void TestCutText::noTextIsCut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("screen");
    for (const LanguageSwitcher::Language& language : LanguageSwitcher::languages()) {
        for (qsizetype i = 0; i < screens().size(); ++i) {
            const QByteArray row = language.code.toLatin1() + '/' + screens().at(i).name;
            QTest::newRow(row.constData()) << language.code << int(i);
        }
    }
}

void TestCutText::noTextIsCut()
{
    QFETCH(QString, language);
    QFETCH(int, screen);
    QVERIFY(m_languages.setLanguage(language));
    Venue venue(language);
    const std::unique_ptr<QWidget> shown = screens().at(screen).make(venue);
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    // Twice: columns fit to the room once the first layout pass has given it (ColumnFit).
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    // For a person to look at: TABLESYNC_SCREENS_DIR=/tmp/screens keeps each screen as a PNG.
    if (const QString folder = qEnvironmentVariable("TABLESYNC_SCREENS_DIR"); !folder.isEmpty())
        shown->grab().save(folder + u'/' +
                           QString::fromLatin1(QTest::currentDataTag()).replace(u'/', u'-') +
                           u".png"_s);
    const QList<CutTextCheck::Cut> cuts = CutTextCheck::of(*shown);
    QVERIFY2(cuts.isEmpty(), qPrintable(CutTextCheck::describe(cuts)));
}

// Docked at the width it needs, the panel still leaves the grid at least one column of tiles.
void TestCutText::historyDockLeavesTheGridRoom()
{
    for (const LanguageSwitcher::Language& language : LanguageSwitcher::languages()) {
        QVERIFY(m_languages.setLanguage(language.code));
        Venue venue(language.code);
        const std::unique_ptr<QWidget> panel = history(venue, HistoryPanel::Scope::Venue);
        QVERIFY2(panel->minimumSizeHint().width() <= tablet.width() - 2 * 200,
                 qPrintable(language.code + u": "_s +
                            QString::number(panel->minimumSizeHint().width())));
    }
}

// The check itself: a button squeezed below its text's width is reported, a roomy one is not.
void TestCutText::checkFindsACutButton()
{
    QVERIFY(m_languages.setLanguage(u"en"_s));
    QWidget holder;
    auto* roomy = new QPushButton(u"Send"_s, &holder);
    roomy->setGeometry(0, 0, 200, 48);
    auto* squeezed = new QPushButton(u"Export CSV…"_s, &holder);
    squeezed->setObjectName(u"squeezed"_s);
    squeezed->setGeometry(0, 60, 40, 48);
    auto* label = new QLabel(u"A long sentence that does not fit"_s, &holder);
    label->setGeometry(0, 120, 60, 30);
    holder.resize(300, 200);
    holder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&holder));
    const QList<CutTextCheck::Cut> cuts = CutTextCheck::of(holder);
    QCOMPARE(cuts.size(), 2);
    QVERIFY(cuts.at(0).where.contains(u"squeezed"_s));
    QVERIFY(cuts.at(1).where.contains(u"does not fit"_s));
}

void TestCutText::languagePickerIsATouchTarget()
{
    QStatusBar bar;
    auto* picker = new LanguagePicker(m_languages, &bar);
    bar.addPermanentWidget(picker);
    bar.resize(tablet.width(), 20);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QVERIFY2(picker->height() >= TouchStyle::minTarget,
             qPrintable(QString::number(picker->height())));
    QVERIFY(picker->width() >= TouchStyle::minTarget);
}

QTEST_MAIN(TestCutText)
#include "tst_cuttext.moc"
