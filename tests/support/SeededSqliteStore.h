#pragma once

#include "model/Clock.h"
#include "store/DemoVenue.h"
#include "store/SqlOrderStore.h"
#include "store/StoreFactory.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A SQLite file of the running test function's own in `directory`, named after it and its data
// tag, so no two test rows share a database.
inline QString testDatabasePath(const QTemporaryDir& directory)
{
    return directory.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                              QString::fromLatin1(QTest::currentDataTag()) +
                              QStringLiteral(".sqlite"));
}

// The demo venue in the SQLite file at `path`, opened as tablesyncd opens it (at `synchronous`,
// else the default): what a server test starts from. Null, with the reason logged as a warning,
// when it cannot be opened or seeded.
inline std::unique_ptr<SqlOrderStore> seededSqliteStore(const QString& path, const Clock& clock,
                                                        const QString& synchronous = {})
{
    StoreOptions options;
    if (!synchronous.isEmpty())
        options.synchronous = synchronous;
    Result<OpenedStore> opened = StoreFactory::open(path, options, clock);
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    std::unique_ptr<SqlOrderStore> store(
        static_cast<SqlOrderStore*>(std::move(opened).value().store.release()));
    if (const Result<void> seeded = DemoVenue::seed(*store, clock.nowMs()); !seeded.ok()) {
        qWarning("%s", qPrintable(seeded.error().message));
        return nullptr;
    }
    return store;
}
