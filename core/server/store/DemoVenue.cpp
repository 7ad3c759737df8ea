#include "DemoVenue.h"

#include "MenuDocument.h"
#include "OrderStore.h"

#include "auth/PinHasher.h"

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

    struct Member
    {
        QString id;
        QString name;
        Staff::Role role;
        QString pin;
    };
    const QList<Member> members{
        {u"ayse"_s, u"Ayşe"_s, Staff::Role::Waiter, u"1111"_s},
        {u"mehmet"_s, u"Mehmet"_s, Staff::Role::Waiter, u"2222"_s},
        {u"elif"_s, u"Elif"_s, Staff::Role::Waiter, u"3333"_s},
        {u"can"_s, u"Can"_s, Staff::Role::Waiter, u"4444"_s},
        {u"selin"_s, u"Selin"_s, Staff::Role::Manager, u"9999"_s},
    };
    for (const Member& member : members) {
        const StaffRecord record{Staff{member.id, member.name, member.role},
                                 PinHasher::hash(member.pin)};
        if (Result<void> stored = store.addStaff(record); !stored.ok())
            return stored;
    }
    return store.setTables(tableCount, seatsPerTable, now);
}
