#include "StoreFactory.h"

#include "PostgresDialect.h"
#include "SqliteDialect.h"
#include "SqlOrderStore.h"

#include "model/Clock.h"

#include <QUuid>

Result<OpenedStore> StoreFactory::open(const QString& databaseSpec, const StoreOptions& options,
                                       const Clock& clock)
{
    OpenedStore opened;
    if (PostgresUrl::isPostgres(databaseSpec)) {
        Result<PostgresUrl> url = PostgresUrl::parse(databaseSpec);
        if (!url.ok())
            return url.error();
        PostgresUrl target = url.value();
        if (target.password.isEmpty())
            target.password = options.password;
        // Marks this process's notifications, so that its own listener can skip them.
        const QString origin = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (options.listenForChanges)
            opened.notifier =
                std::make_unique<PostgresNotifier>(target, origin, options.notifyHeartbeatMs);
        opened.store = std::make_unique<SqlOrderStore>(
            std::make_unique<PostgresDialect>(target, origin), clock);
    } else {
        opened.store = std::make_unique<SqlOrderStore>(
            std::make_unique<SqliteDialect>(databaseSpec, options.synchronous), clock);
    }
    if (Result<void> ready = opened.store->open(); !ready.ok())
        return ready.error();
    return opened;
}
