#pragma once

#include "MenuEntry.h"

#include "model/Result.h"

#include <QByteArray>
#include <QList>

// The menu file format of `tablesyncd menu import` and of the demo menu:
// {"items": [{"id", "price_cents", "category": {"en", ...}, "name": {"en", ...}}]}.
class MenuDocument
{
public:
    static Result<QList<MenuEntry>> parse(const QByteArray& json);
};
