#include "TabletParts.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Draft edits on their own: saved before the call returns, announced once, queued state read
// from the outbox.
class tst_DraftEditor : public TabletPartsTest
{
    Q_OBJECT

protected:
    void prepare() override
    {
        m_parts->drafts.setOwner(u"ayse"_s); // Ayşe is signed in
        QVERIFY_OK(m_parts->drafts.save(
            TabletParts::order(34, 3, {TabletParts::line(lineA, u"soup-lentil"_s)}),
            {TabletParts::line(lineA, u"soup-lentil"_s)}));
    }

private Q_SLOTS:
    void addLineIsSavedAndAnnounced()
    {
        DraftEditor& editor = m_parts->editor;
        QSignalSpy changed(&editor, &DraftEditor::draftChanged);
        m_parts->clock.set(1'780'000'555'000);
        const QString id = editor.addLine(34, u"tea-black"_s, 2, 3, u"no sugar"_s, u"mehmet"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), 34);
        const Lines draft = m_parts->drafts.find(34)->draft;
        QCOMPARE(draft.size(), 2);
        const Line* added = &draft.last();
        QCOMPARE(added->lineId, id);
        QCOMPARE(added->qty, 3);
        QCOMPARE(added->seat, 2);
        QCOMPARE(added->note, u"no sugar"_s);
        QCOMPARE(added->addedBy, u"mehmet"_s);
        QCOMPARE(added->addedAt, 1'780'000'555'000);
        QCOMPARE(editor.pendingChanges(34).size(), 1);
    }

    void addLineKeepsTheCourse_data()
    {
        QTest::addColumn<int>("course");
        QTest::newRow("first course") << 1;
        QTest::newRow("main course") << 2;
        QTest::newRow("last course the contract allows") << 9;
    }

    void addLineKeepsTheCourse()
    {
        QFETCH(int, course);
        const QString id = m_parts->editor.addLine(34, u"tea-black"_s, 1, 1, {}, {}, course);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_parts->drafts.find(34)->draft.last().course, course);
        // The course survives a restart: it is in the tablet's file, not only in memory.
        const QString file = m_parts->database.path();
        m_parts.reset();
        TabletParts reopened(file);
        QVERIFY_OK(reopened.database.open());
        reopened.drafts.setOwner(u"ayse"_s); // the draft is hers; drafts are kept per waiter
        QVERIFY_OK(reopened.drafts.load());
        QCOMPARE(reopened.drafts.find(34)->draft.last().lineId, id);
        QCOMPARE(reopened.drafts.find(34)->draft.last().course, course);
    }

    void addLineToAnUnopenedOrderDoesNothing()
    {
        QSignalSpy changed(&m_parts->editor, &DraftEditor::draftChanged);
        QVERIFY(m_parts->editor.addLine(99, u"tea-black"_s, 1, 1, {}, {}).isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void edits_data()
    {
        QTest::addColumn<int>("qty");
        QTest::addColumn<int>("seat");
        QTest::addColumn<QString>("note");
        QTest::addColumn<int>("announced");
        QTest::newRow("nothing changes") << 1 << 1 << QString() << 0;
        QTest::newRow("qty") << 4 << 1 << QString() << 1;
        QTest::newRow("seat") << 1 << 6 << QString() << 1;
        QTest::newRow("note") << 1 << 1 << u"hot"_s << 1;
        QTest::newRow("all three") << 2 << 3 << u"hot"_s << 3;
    }

    void edits()
    {
        QFETCH(int, qty);
        QFETCH(int, seat);
        QFETCH(QString, note);
        QFETCH(int, announced);
        DraftEditor& editor = m_parts->editor;
        QSignalSpy changed(&editor, &DraftEditor::draftChanged);
        editor.setQty(34, lineA, qty);
        editor.setSeat(34, lineA, seat);
        editor.setNote(34, lineA, note);
        QCOMPARE(changed.count(), announced);
        // Written through: a fresh store over the same file reads the same draft.
        DraftStore reread(m_parts->database, m_parts->clock);
        QVERIFY_OK(reread.load());
        const Line edited = reread.find(u"ayse"_s, 34)->draft.first();
        QCOMPARE(edited.qty, qty);
        QCOMPARE(edited.seat, seat);
        QCOMPARE(edited.note, note);
        QCOMPARE(editor.lineState(34, lineA),
                 announced == 0 ? LineSyncState::Confirmed : LineSyncState::Local);
    }

    void removeLine()
    {
        DraftEditor& editor = m_parts->editor;
        QSignalSpy changed(&editor, &DraftEditor::draftChanged);
        editor.removeLine(34, lineB); // not there
        QCOMPARE(changed.count(), 0);
        editor.removeLine(34, lineA);
        QCOMPARE(changed.count(), 1);
        QVERIFY(editor.draft(34).isEmpty());
        QCOMPARE(editor.base(34)->items.size(), 1);
        QCOMPARE(editor.lineState(34, lineA), LineSyncState::Local);
    }

    void queuedWhileTheOutboxHoldsTheSameLine()
    {
        DraftEditor& editor = m_parts->editor;
        const QString added = editor.addLine(34, u"tea-black"_s, 1, 1, {}, {});
        const OrderDraft entry = *m_parts->drafts.find(34);
        // Another waiter's waiting send of the same lines is not hers.
        QVERIFY_OK(m_parts->outbox.enqueue(entry.base, entry.draft, u"mehmet"_s));
        QCOMPARE(editor.lineState(34, added), LineSyncState::Local);
        QVERIFY_OK(m_parts->outbox.enqueue(entry.base, entry.draft, u"ayse"_s));
        QCOMPARE(editor.lineState(34, added), LineSyncState::Queued);
        QCOMPARE(editor.lineState(34, lineA), LineSyncState::Confirmed);
        // Edited after it was queued: the waiting send would not leave it like this.
        editor.setQty(34, added, 5);
        QCOMPARE(editor.lineState(34, added), LineSyncState::Local);
    }
};

QTEST_GUILESS_MAIN(tst_DraftEditor)
#include "tst_drafteditor.moc"
