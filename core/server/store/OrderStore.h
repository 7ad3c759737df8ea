#pragma once

#include "KitchenLog.h"
#include "MenuStore.h"
#include "OrderLog.h"
#include "StaffStore.h"
#include "VoidLog.h"
#include "WriteGrouping.h"

// Everything the server keeps in its database; the routes take the narrowest part they use.
class OrderStore : public StaffStore,
                   public MenuStore,
                   public OrderLog,
                   public KitchenLog,
                   public VoidLog,
                   public WriteGrouping
{
public:
    // "sqlite" or "postgresql", as GET /health reports it.
    virtual QString kind() const = 0;
    // Opens the database and brings its schema up to date.
    virtual Result<void> open() = 0;
    virtual void close() = 0;

    virtual Result<bool> hasVenue() = 0;
};
