#pragma once

#include "OrderStore.h"
#include "PostgresNotifier.h"

#include <memory>

class Clock;

// How to open a database besides its name.
struct StoreOptions
{
    // SQLite: FULL, NORMAL or EXTRA.
    QString synchronous = QStringLiteral("FULL");
    // PostgreSQL: used when the URL carries none.
    QString password;
    // PostgreSQL: make a listener for other processes' changes (the server; not admin commands).
    bool listenForChanges = false;
    int notifyHeartbeatMs = 0;
};

// An opened store and, on a shared PostgreSQL database, the listener (not yet started) for the
// orders other processes change.
struct OpenedStore
{
    std::unique_ptr<OrderStore> store;
    std::unique_ptr<PostgresNotifier> notifier;
};

// The one place that turns a --db value into a store: postgresql:// URLs open PostgreSQL (the
// password from the options when the URL has none), anything else is an SQLite file.
class StoreFactory
{
public:
    static Result<OpenedStore> open(const QString& databaseSpec, const StoreOptions& options,
                                    const Clock& clock);
};
