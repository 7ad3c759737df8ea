#include "ResultCheck.h"
#include "ServerFixture.h"

#include "merge/Rebase.h"
#include "model/JsonDecoder.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// The product's reason to exist: four waiters add five lines each to one table from the same
// version, at the same time. Every round exactly one write lands; the others get 409, rebase
// with the shared core and resend; in the end no line is lost and the log tells who did what.
class TestSeedScenario : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fourConcurrentWriters_data();
    void fourConcurrentWriters();

private:
    ServerFixture m_fixture;
    QStringList m_menuIds;
    QByteArray m_manager;
};

namespace {

struct Writer
{
    QString staff;
    QByteArray token;
    std::unique_ptr<HttpTestClient> http; // a connection of its own, as a tablet has
    Lines base;
    Lines draft;
    qint64 version = 0;
    QSet<QString> ownLines;
    bool landed = false;
};

} // namespace

void TestSeedScenario::initTestCase()
{
    const Result<ServerFixture::Venue> venue = m_fixture.startVenue();
    QVERIFY_OK(venue);
    m_manager = venue->managerToken;
    m_menuIds = venue->menuIds();
    QVERIFY(m_menuIds.size() >= 5);
}

void TestSeedScenario::fourConcurrentWriters_data()
{
    QTest::addColumn<QString>("tableId");
    QTest::newRow("table 7") << u"7"_s;
    QTest::newRow("table 31") << u"31"_s;
    QTest::newRow("table 60") << u"60"_s;
}

void TestSeedScenario::fourConcurrentWriters()
{
    QFETCH(QString, tableId);
    const Result<Table> table = m_fixture.table(tableId, m_manager);
    QVERIFY_OK(table);
    const Result<Order> start = m_fixture.order(table->orderId, m_manager);
    QVERIFY_OK(start);
    QCOMPARE(start->version, 1);
    QVERIFY(start->items.isEmpty());
    const qint64 orderId = start->id;
    const QString path = ServerFixture::orderPath(orderId);

    std::vector<Writer> writers;
    QMap<QString, QString> authorOf; // line_id -> staff
    for (const QString& staff : ServerFixture::demoWaiters()) {
        Writer writer;
        writer.staff = staff;
        Result<QByteArray> token = m_fixture.token(staff);
        QVERIFY_OK(token);
        writer.token = token.value();
        writer.http = std::make_unique<HttpTestClient>(m_fixture.baseUrl());
        writer.base = start->items;
        writer.draft = start->items;
        writer.version = start->version;
        for (int i = 0; i < 5; ++i) {
            const Line line = ServerFixture::newLine(m_menuIds.at(i), 1 + i, i * 4,
                                                     staff + u" #"_s + QString::number(i));
            writer.draft.append(line);
            writer.ownLines.insert(line.lineId);
            authorOf.insert(line.lineId, staff);
        }
        writers.push_back(std::move(writer));
    }

    int conflicts = 0;
    qint64 version = start->version;
    for (int round = 1; round <= 4; ++round) {
        m_fixture.clock().advance(1000);
        QList<QNetworkReply*> inFlight;
        QList<Writer*> senders;
        for (Writer& writer : writers) {
            if (writer.landed)
                continue;
            const QByteArray body =
                QJsonDocument(ServerFixture::patchBody(writer.version, writer.draft))
                    .toJson(QJsonDocument::Compact);
            inFlight.append(
                writer.http->start("PATCH", path, body, {HttpTestClient::bearer(writer.token)}));
            senders.append(&writer);
        }
        QCOMPARE(senders.size(), 5 - round);
        const QList<HttpReply> replies = HttpTestClient::finishAll(inFlight);

        const HttpReply* winning = nullptr;
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const HttpReply& reply = replies.at(i);
            QVERIFY2(reply.status == 200 || reply.status == 409, reply.describe().constData());
            if (reply.status == 200) {
                QVERIFY2(!winning, qPrintable(u"round %1: a second 200"_s.arg(round)));
                winning = &reply;
                senders.at(i)->landed = true;
            }
        }
        QVERIFY2(winning, qPrintable(u"round %1: no write landed"_s.arg(round)));
        const Result<Order> won = JsonDecoder::orderFromJson(winning->json());
        QVERIFY_OK(won);
        QCOMPARE(won->version, version + 1);
        QCOMPARE(winning->header("ETag"), '"' + QByteArray::number(won->version) + '"');
        QCOMPARE(won->items.size(), 5 * round);
        version = won->version;

        for (qsizetype i = 0; i < replies.size(); ++i) {
            if (replies.at(i).status != 409)
                continue;
            ++conflicts;
            Writer& loser = *senders.at(i);
            QCOMPARE(replies.at(i).errorCode(), ErrorCode::VersionConflict);
            const Result<ConflictReply> conflict =
                JsonDecoder::conflictReplyFromJson(replies.at(i).json());
            QVERIFY_OK(conflict);
            QCOMPARE(conflict->current, won.value());
            QVERIFY(!conflict->events.isEmpty());
            for (const Event& event : conflict->events)
                QVERIFY(event.version > loser.version);

            const RebaseDecision decision =
                rebase(loser.base, loser.draft, conflict->current.items);
            QVERIFY(decision.conflicts().isEmpty());
            QVERIFY(decision.isSettled());
            QCOMPARE(decision.outgoing().size(), 5);
            loser.base = conflict->current.items;
            loser.draft = decision.proposed();
            loser.version = conflict->current.version;
        }
    }
    for (const Writer& writer : writers)
        QVERIFY2(writer.landed, qPrintable(writer.staff));
    QCOMPARE(conflicts, 3 + 2 + 1);

    const Result<Order> final = m_fixture.order(orderId, m_manager);
    QVERIFY_OK(final);
    QCOMPARE(final->version, start->version + 4);
    QCOMPARE(final->items.size(), 20);
    for (const Line& line : final->items) {
        QVERIFY2(authorOf.contains(line.lineId), qPrintable(line.lineId));
        QCOMPARE(line.addedBy, authorOf.value(line.lineId));
    }

    const Result<QList<Event>> events = m_fixture.orderEvents(orderId, m_manager);
    QVERIFY_OK(events);
    QMap<QString, QString> added;
    int conflictEvents = 0;
    for (const Event& event : events.value()) {
        if (event.kind == Event::Kind::Add) {
            QVERIFY2(!added.contains(event.lineId), qPrintable(event.lineId));
            added.insert(event.lineId, event.author);
        } else {
            QCOMPARE(event.kind, Event::Kind::Conflict);
            QVERIFY(event.expectedVersion.has_value());
            QVERIFY(*event.expectedVersion < event.version);
            ++conflictEvents;
        }
    }
    QCOMPARE(added.size(), 20);
    QCOMPARE(added, authorOf);
    QVERIFY(conflictEvents >= 3);
    QCOMPARE(conflictEvents, conflicts);
}

QTEST_GUILESS_MAIN(TestSeedScenario)
#include "tst_seedscenario.moc"
