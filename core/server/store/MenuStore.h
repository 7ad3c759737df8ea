#pragma once

#include "MenuEntry.h"

#include "model/Result.h"
#include "model/Table.h"

#include <QList>

// The venue's menu and its tables.
class MenuStore
{
public:
    virtual ~MenuStore() = default;

    virtual Result<QList<MenuEntry>> menu() = 0;
    // Replaces the menu: items missing from `entries` leave it.
    virtual Result<void> replaceMenu(const QList<MenuEntry>& entries) = 0;
    virtual Result<QList<Table>> tables() = 0;
    // Tables "1".."count", each with `seats` seats and an open order; tables beyond count
    // are hidden, their orders kept.
    virtual Result<void> setTables(int count, int seats, qint64 now) = 0;
};
