#include "ManagerPinDialog.h"
#include "VoidDialog.h"
#include "VoidFlow.h"

#include "client/VoidRequests.h"
#include "ResultCheck.h"
#include "TabletSession.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

// A void from the waiter's tap to the PATCH, as real dialogs on offscreen over a tablet engine
// talking HTTP to an in-process VenueServer: the reason ("other" needs a note), a manager's
// PIN (a wrong one changes nothing), or one tap when a manager is signed in.
namespace {

constexpr int waitMs = TabletSession::waitMs;

bool holds(const Lines& lines, const QString& lineId)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&lineId](const Line& line) { return line.lineId == lineId; });
}

void click(QWidget* widget)
{
    QVERIFY2(widget, "no such widget");
    QVERIFY2(widget->isVisible() && widget->isEnabled(), qPrintable(widget->objectName()));
    QTest::mouseClick(widget, Qt::LeftButton);
}

} // namespace

class tst_VoidFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void waiterVoidsWithAManagersPin();
    void keepItChangesNothing();
    void managerSignedInApprovesWithOneTap();

private:
    // Signs `staffId` in, puts one fired line on table `tableId`; the flow over its engine.
    void prepare(const QString& staffId, const QString& tableId);
    VoidDialog* reasonDialog() const { return m_window->findChild<VoidDialog*>(); }
    QList<Event> voidEvents() const;
    bool serverHoldsLine() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ServerFixture> m_fixture;
    ServerFixture::Venue m_venue;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<TabletSession> m_tablet;
    VoidFlow* m_flow = nullptr;
    qint64 m_orderId = 0;
    QString m_lineId;
};

void tst_VoidFlow::init()
{
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<ServerFixture>();
    const Result<ServerFixture::Venue> venue = m_fixture->startVenue();
    QVERIFY_OK(venue);
    m_venue = venue.value();
    m_window = std::make_unique<QWidget>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_VoidFlow::cleanup()
{
    m_window.reset();
    m_flow = nullptr;
    m_tablet.reset();
    m_fixture.reset();
}

void tst_VoidFlow::prepare(const QString& staffId, const QString& tableId)
{
    m_tablet = TabletSession::signIn(*m_fixture, m_dir, staffId);
    QVERIFY(m_tablet);
    m_orderId = m_tablet->openTable(tableId);
    QVERIFY(m_orderId > 0);
    m_lineId = m_tablet->firedLine(m_orderId, m_venue.menu.at(0).id);
    QVERIFY(!m_lineId.isEmpty());
    m_flow = new VoidFlow(*m_tablet->engine.voids(), m_window.get());
    QList<Staff> managers;
    for (const Staff& member : m_tablet->engine.staffList()) {
        if (member.role == Staff::Role::Manager)
            managers.append(member);
    }
    QVERIFY(!managers.isEmpty());
    m_flow->start(m_orderId, m_lineId, u"1× Soup, seat 1"_s, *m_tablet->engine.staff(), managers);
    QTRY_VERIFY(reasonDialog() && reasonDialog()->isVisible());
}

QList<Event> tst_VoidFlow::voidEvents() const
{
    const Result<QList<Event>> events = m_fixture->orderEvents(m_orderId, m_venue.managerToken);
    QList<Event> voids;
    if (events)
        std::copy_if(events->cbegin(), events->cend(), std::back_inserter(voids),
                     [](const Event& event) { return event.kind == Event::Kind::Void; });
    return voids;
}

bool tst_VoidFlow::serverHoldsLine() const
{
    const Result<Order> order = m_fixture->order(m_orderId, m_venue.managerToken);
    return order && holds(order->items, m_lineId);
}

void tst_VoidFlow::waiterVoidsWithAManagersPin()
{
    prepare(u"ayse"_s, u"4"_s);
    VoidDialog* reasons = reasonDialog();
    QVERIFY(!reasons->confirmButton()->isEnabled()); // no reason yet
    click(reasons->findChild<QPushButton*>(u"reason_other"_s));
    QVERIFY(!reasons->confirmButton()->isEnabled()); // "other" says what in the note
    QTest::keyClicks(reasons->findChild<QLineEdit*>(u"voidNote"_s), u"spilled at the pass"_s);
    QVERIFY(reasons->confirmButton()->isEnabled());
    click(reasons->confirmButton());

    QTRY_VERIFY(m_flow->pinDialog() && m_flow->pinDialog()->isVisible());
    ManagerPinDialog* pin = m_flow->pinDialog();
    QSignalSpy refused(m_tablet->engine.voids(), &VoidRequests::approvalRefused);
    for (const QChar digit : u"1234"_s)
        click(pin->findChild<QPushButton*>(u"key"_s + digit));
    click(pin->approveButton());
    QVERIFY(refused.wait(waitMs));
    auto* error = pin->findChild<QLabel*>(u"resultError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(pin->pin(), QString()); // cleared for another try
    // The refusal came back: nothing was sent, the line is still on the order everywhere.
    QVERIFY(serverHoldsLine());
    QVERIFY(voidEvents().isEmpty());
    QVERIFY(holds(m_tablet->engine.draft(m_orderId), m_lineId));
    QVERIFY(m_tablet->engine.voids()->recent(m_orderId).isEmpty());

    QSignalSpy shown(m_tablet->engine.voids(), &VoidRequests::voidsChanged);
    for (const QChar digit : ServerFixture::demoPin(u"selin"_s))
        click(pin->findChild<QPushButton*>(u"key"_s + digit));
    click(pin->approveButton());
    QVERIFY(shown.wait(waitMs));
    QTRY_VERIFY(!m_flow->pinDialog()); // accepted and gone
    QVERIFY(!serverHoldsLine());
    const QList<Event> voids = voidEvents();
    QCOMPARE(voids.size(), 1);
    QCOMPARE(voids.first().lineId, m_lineId);
    QCOMPARE(voids.first().reason, u"other"_s);
    QCOMPARE(voids.first().note.value_or(QString()), u"spilled at the pass"_s);
    QCOMPARE(voids.first().approvedBy, u"selin"_s);
    QCOMPARE(voids.first().author, u"ayse"_s);
    // The order shows the void: struck through with its reason and approver until re-read.
    const QList<VoidedLine> recent = m_tablet->engine.voids()->recent(m_orderId);
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().line.lineId, m_lineId);
    QCOMPARE(recent.first().reason, u"other"_s);
    QCOMPARE(recent.first().note, u"spilled at the pass"_s);
    QCOMPARE(recent.first().approvedBy, u"selin"_s);
    QVERIFY(!holds(m_tablet->engine.draft(m_orderId), m_lineId));
}

void tst_VoidFlow::keepItChangesNothing()
{
    prepare(u"ayse"_s, u"5"_s);
    VoidDialog* reasons = reasonDialog();
    click(reasons->findChild<QPushButton*>(u"reason_quality"_s));
    const QList<QPushButton*> buttons = reasons->findChildren<QPushButton*>();
    const auto keep = std::find_if(buttons.cbegin(), buttons.cend(),
                                   [](const QPushButton* b) { return b->text() == u"Keep it"_s; });
    QVERIFY(keep != buttons.cend());
    click(*keep);
    QTRY_VERIFY(!reasonDialog());
    QVERIFY(!m_flow->pinDialog()); // no PIN asked for a void nobody wants
    QVERIFY(holds(m_tablet->engine.draft(m_orderId), m_lineId));
    // A later read of the order proves nothing went out meanwhile.
    QVERIFY(m_tablet->openTable(u"5"_s) == m_orderId);
    QVERIFY(serverHoldsLine());
    QVERIFY(voidEvents().isEmpty());
}

void tst_VoidFlow::managerSignedInApprovesWithOneTap()
{
    prepare(u"selin"_s, u"6"_s);
    QSignalSpy shown(m_tablet->engine.voids(), &VoidRequests::voidsChanged);
    VoidDialog* reasons = reasonDialog();
    click(reasons->findChild<QPushButton*>(u"reason_kitchen_error"_s));
    click(reasons->confirmButton());
    QVERIFY(!m_flow->pinDialog()); // the manager's own tap approves
    QVERIFY(shown.wait(waitMs));
    QVERIFY(!serverHoldsLine());
    const QList<Event> voids = voidEvents();
    QCOMPARE(voids.size(), 1);
    QCOMPARE(voids.first().reason, u"kitchen_error"_s);
    QCOMPARE(voids.first().approvedBy, u"selin"_s);
    const QList<VoidedLine> recent = m_tablet->engine.voids()->recent(m_orderId);
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().approvedBy, u"selin"_s);
}

QTEST_MAIN(tst_VoidFlow)
#include "tst_voidflow.moc"
