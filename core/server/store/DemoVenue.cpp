#include "DemoVenue.h"

#include "MenuDocument.h"
#include "OrderStore.h"

#include "auth/PinHasher.h"
#include "model/DemoStaff.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

Result<void> DemoVenue::seed(OrderStore& store, qint64 now)
{
    Result<bool> exists = store.hasVenue();
    if (!exists.ok())
        return exists.error();
    if (exists.value())
        return {};

    QFile file(u":/tablesync/demo/menu.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return ApiError{
            ErrorCode::InternalError, u"The demo menu is missing from the program."_s, {}};
    Result<QList<MenuEntry>> menu = MenuDocument::parse(file.readAll());
    if (!menu.ok())
        return ApiError{
            ErrorCode::InternalError, u"The demo menu is broken: "_s + menu.error().message, {}};
    if (Result<void> stored = store.replaceMenu(menu.value()); !stored.ok())
        return stored;

    for (const DemoStaff::Member& member : DemoStaff::members()) {
        const StaffRecord record{member.staff, PinHasher::hash(member.pin)};
        if (Result<void> stored = store.addStaff(record); !stored.ok())
            return stored;
    }
    return store.setTables(tableCount, seatsPerTable, now);
}
