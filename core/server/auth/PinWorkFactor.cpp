#include "PinWorkFactor.h"

#include "PinHasher.h"

#include "store/StaffStore.h"

Result<int> PinWorkFactor::of(StaffStore& store)
{
    Result<std::optional<QString>> stored =
        store.setting(QLatin1StringView(PinHasher::iterationsSetting));
    if (!stored.ok())
        return stored.error();
    return PinHasher::iterationsOf(stored.value());
}
