#pragma once

#include "client/ApiClient.h"
#include "client/BusyOrders.h"
#include "client/DraftEditor.h"
#include "client/DraftStore.h"
#include "client/LiveReconciler.h"
#include "client/LocalDatabase.h"
#include "client/OrderSender.h"
#include "client/Outbox.h"
#include "client/OutboxReplayer.h"

#include "ManualClock.h"
#include "ResultCheck.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The SyncEngine's parts wired as the engine wires them, over a fresh local file and a server
// that is not there (port 1 refuses), for the tests of one part at a time.
struct TabletParts
{
    explicit TabletParts(const QString& file)
        : database(file)
        , drafts(database, clock)
        , outbox(database, clock)
        , editor(drafts, outbox, clock)
        , sender(api, drafts, editor, outbox, busy, staff)
        , replayer(api, outbox, sender, staff)
        , reconciler(api, drafts, editor, sender, staff)
    {
        api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        api.setTimeout(2000);
    }

    // Parts over a file in `directory` named after the running test function, opened.
    static std::unique_ptr<TabletParts> openIn(const QTemporaryDir& directory)
    {
        auto parts = std::make_unique<TabletParts>(directory.filePath(
            QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
        const bool opened =
            parts->database.open().ok() && parts->drafts.load().ok() && parts->outbox.load().ok();
        return opened ? std::move(parts) : nullptr;
    }

    // A line id as the tablet makes them (a lower-case UUID), the n-th of a test.
    static QString lineId(int n)
    {
        return QStringLiteral("0b7e5a52-5a3b-4d0e-9c0a-2f8f1c1d1e%1")
            .arg(n, 2, 10, QLatin1Char('0'));
    }

    static Line line(const QString& id, const QString& item, int qty = 1)
    {
        Line made;
        made.lineId = id;
        made.menuItemId = item;
        made.qty = qty;
        made.seat = 1;
        made.addedBy = QStringLiteral("ayse");
        made.addedAt = 1'780'000'000'123;
        return made;
    }

    static Order order(qint64 id, qint64 version, Lines items,
                       Order::Status status = Order::Status::Open)
    {
        Order made;
        made.id = id;
        made.tableId = QStringLiteral("12");
        made.version = version;
        made.status = status;
        made.updatedAt = 1'780'000'000'000;
        made.items = std::move(items);
        return made;
    }

    ManualClock clock;
    std::optional<Staff> staff;
    ApiClient api;
    BusyOrders busy;
    LocalDatabase database;
    DraftStore drafts;
    Outbox outbox;
    DraftEditor editor;
    OrderSender sender;
    OutboxReplayer replayer;
    LiveReconciler reconciler;
};

// The fixture of the parts' tests: fresh parts over a fresh file for each test function.
class TabletPartsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_parts = TabletParts::openIn(m_dir);
        QVERIFY(m_parts);
        prepare();
    }

    void cleanup() { m_parts.reset(); }

protected:
    // What every test function of a suite starts from, on top of fresh parts.
    virtual void prepare() {}

    const QString lineA = TabletParts::lineId(1);
    const QString lineB = TabletParts::lineId(2);
    const QString lineC = TabletParts::lineId(3);
    QTemporaryDir m_dir;
    std::unique_ptr<TabletParts> m_parts;
};
