#include "AdminCommands.h"

#include "auth/PinHasher.h"
#include "auth/PinWorkFactor.h"
#include "model/Clock.h"
#include "model/JsonCodec.h"
#include "store/MenuDocument.h"
#include "store/StoreFactory.h"
#include "store/VenueCurrency.h"

#include <QFile>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isPin(const QString& pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Result<QString> runOn(OrderStore& store, const ServerCommand& command, Clock& clock)
{
    switch (command.kind) {
    case ServerCommand::Kind::StaffAdd: {
        if (!isPin(command.pin))
            return ApiError{ErrorCode::InvalidPin, u"The PIN must be 4 to 12 digits."_s, {}};
        Result<std::optional<StaffRecord>> existing = store.staff(command.staffId);
        if (!existing.ok())
            return existing.error();
        if (existing.value())
            return ApiError{
                ErrorCode::StaffExists,
                u"A staff member with the id %1 already exists; remove them first."_s.arg(
                    command.staffId),
                {}};
        Result<int> iterations = PinWorkFactor::of(store);
        if (!iterations.ok())
            return iterations.error();
        const StaffRecord record{
            Staff{command.staffId, command.staffName,
                  JsonCodec::roleFromName(command.role).value_or(Staff::Role::Waiter)},
            PinHasher::hash(command.pin, iterations.value())};
        if (Result<void> stored = store.addStaff(record); !stored.ok())
            return stored.error();
        return u"Staff member %1 saved."_s.arg(command.staffId);
    }
    case ServerCommand::Kind::StaffRemove: {
        Result<bool> removed = store.removeStaff(command.staffId);
        if (!removed.ok())
            return removed.error();
        if (!removed.value())
            return ApiError{ErrorCode::NotFound,
                            u"There is no staff member with the id %1."_s.arg(command.staffId),
                            {}};
        return u"Staff member %1 removed; their tokens no longer work."_s.arg(command.staffId);
    }
    case ServerCommand::Kind::StaffResetPin: {
        if (!isPin(command.pin))
            return ApiError{ErrorCode::InvalidPin, u"The PIN must be 4 to 12 digits."_s, {}};
        Result<int> iterations = PinWorkFactor::of(store);
        if (!iterations.ok())
            return iterations.error();
        Result<bool> reset =
            store.resetPin(command.staffId, PinHasher::hash(command.pin, iterations.value()));
        if (!reset.ok())
            return reset.error();
        if (!reset.value())
            return ApiError{ErrorCode::NotFound,
                            u"There is no staff member with the id %1."_s.arg(command.staffId),
                            {}};
        return u"PIN of %1 reset; their tokens no longer work."_s.arg(command.staffId);
    }
    case ServerCommand::Kind::SettingsSet: {
        QStringList said;
        if (command.pinIterations > 0) {
            if (Result<void> stored =
                    store.setSetting(QLatin1StringView(PinHasher::iterationsSetting),
                                     QString::number(command.pinIterations));
                !stored.ok())
                return stored.error();
            said.append(u"New and reset PINs are hashed with %1 PBKDF2 iterations; existing ones "
                        "keep theirs until reset."_s.arg(command.pinIterations));
        }
        if (!command.currency.isEmpty()) {
            if (Result<void> stored =
                    store.setSetting(QLatin1StringView(VenueCurrency::setting), command.currency);
                !stored.ok())
                return stored.error();
            said.append(u"The venue's currency is %1."_s.arg(command.currency));
        }
        return said.join(u'\n');
    }
    case ServerCommand::Kind::SettingsShow: {
        Result<QString> currency = VenueCurrency::of(store);
        if (!currency.ok())
            return currency.error();
        Result<int> iterations = PinWorkFactor::of(store);
        if (!iterations.ok())
            return iterations.error();
        return u"currency\t%1\npin_iterations\t%2"_s.arg(currency.value()).arg(iterations.value());
    }
    case ServerCommand::Kind::StaffList: {
        Result<QList<Staff>> list = store.staffList();
        if (!list.ok())
            return list.error();
        QStringList lines;
        for (const Staff& staff : list.value())
            lines.append(staff.id + u'\t' + staff.name + u'\t' + JsonCodec::roleName(staff.role));
        return lines.join(u'\n');
    }
    case ServerCommand::Kind::MenuImport: {
        QFile file(command.menuFile);
        if (!file.open(QIODevice::ReadOnly))
            return ApiError{ErrorCode::Unreadable,
                            u"Cannot read %1: %2"_s.arg(command.menuFile, file.errorString()),
                            {}};
        Result<QList<MenuEntry>> entries = MenuDocument::parse(file.readAll());
        if (!entries.ok())
            return ApiError{
                ErrorCode::InvalidMenu,
                u"%1 is not a menu file: %2"_s.arg(command.menuFile, entries.error().message),
                {}};
        if (Result<void> stored = store.replaceMenu(entries.value()); !stored.ok())
            return stored.error();
        return u"Imported %1 menu items; restart tablesyncd to serve them."_s.arg(entries->size());
    }
    case ServerCommand::Kind::TablesSet: {
        if (Result<void> stored = store.setTables(command.tableCount, command.seats, clock.nowMs());
            !stored.ok())
            return stored.error();
        return u"The venue has %1 tables of %2 seats."_s.arg(command.tableCount).arg(command.seats);
    }
    default:
        return ApiError{ErrorCode::BadUsage, u"Not an admin command."_s, {}};
    }
}

} // namespace

Result<QString> AdminCommands::run(const ServerCommand& command, Clock& clock)
{
    StoreOptions options;
    options.synchronous = command.synchronous;
    options.password = command.databasePassword;
    Result<OpenedStore> opened = StoreFactory::open(command.database, options, clock);
    if (!opened.ok())
        return opened.error();
    const std::unique_ptr<OrderStore> store = std::move(opened.value().store);
    Result<QString> result = runOn(*store, command, clock);
    store->close();
    return result;
}
