#pragma once

#include "client/SyncEngine.h"
#include "ServerFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

// One tablet's SyncEngine against a ServerFixture's VenueServer, signed in, for the widget
// tests that need the real server: open a table's order, put fired lines on it.
class TabletSession
{
public:
    static constexpr int waitMs = 15000;

    // A fresh local file in `directory`, named after the running test and `name`; null when it
    // could not open or sign in.
    static std::unique_ptr<TabletSession>
    signIn(ServerFixture& fixture, const QTemporaryDir& directory, const QString& staffId)
    {
        auto session = std::unique_ptr<TabletSession>(new TabletSession(
            fixture, directory.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-' +
                                        staffId + QStringLiteral(".sqlite"))));
        SyncEngine& engine = session->engine;
        engine.setServerUrl(fixture.baseUrl());
        engine.setRequestTimeout(5000);
        if (!engine.open())
            return nullptr;
        QSignalSpy loggedIn(&engine, &SyncEngine::loggedIn);
        QSignalSpy staff(&engine, &SyncEngine::staffListChanged);
        engine.login(staffId, ServerFixture::demoPin(staffId));
        if (!loggedIn.wait(waitMs) && loggedIn.isEmpty())
            return nullptr;
        QSignalSpy tables(&engine, &SyncEngine::tablesChanged);
        QSignalSpy menu(&engine, &SyncEngine::menuChanged);
        engine.refreshTables();
        engine.refreshMenu(QStringLiteral("en"));
        engine.refreshStaff();
        const auto arrived = [](QSignalSpy& spy) { return !spy.isEmpty() || spy.wait(waitMs); };
        if (!arrived(tables) || !arrived(menu) || !arrived(staff))
            return nullptr;
        return session;
    }

    // The order of a table, read by the tablet; 0 when the table or the read failed.
    qint64 openTable(const QString& tableId)
    {
        qint64 orderId = 0;
        for (const Table& table : engine.tables()) {
            if (table.id == tableId)
                orderId = table.orderId;
        }
        if (orderId == 0)
            return 0;
        QSignalSpy changed(&engine, &SyncEngine::orderChanged);
        engine.openOrder(orderId);
        return changed.wait(waitMs) || !changed.isEmpty() ? orderId : 0;
    }

    // Adds a line of `menuItemId` and sends it (the Send fires it); its line id, or empty.
    QString firedLine(qint64 orderId, const QString& menuItemId, int seat = 1, int qty = 1)
    {
        QSignalSpy fired(&engine, &SyncEngine::fired);
        const QString lineId = engine.addLine(orderId, menuItemId, seat, qty);
        engine.send(orderId);
        if (!fired.wait(waitMs) && fired.isEmpty())
            return {};
        const std::optional<Order> base = engine.base(orderId);
        const bool there = base && std::any_of(base->items.cbegin(), base->items.cend(),
                                               [&lineId](const Line& line) {
                                                   return line.lineId == lineId && line.fired();
                                               });
        return there ? lineId : QString();
    }

    SyncEngine engine;

private:
    TabletSession(ServerFixture&, const QString& file)
        : engine(file)
    {}
};
