#include "VenueCurrency.h"

#include "StaffStore.h"

#include <algorithm>

Result<QString> VenueCurrency::of(StaffStore& store)
{
    Result<std::optional<QString>> stored = store.setting(QLatin1StringView(setting));
    if (!stored.ok())
        return stored.error();
    return stored.value().value_or(QLatin1StringView(fallback));
}

bool VenueCurrency::isCode(const QString& text)
{
    return text.size() == 3 &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}
