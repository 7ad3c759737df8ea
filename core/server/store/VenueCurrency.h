#pragma once

#include "model/Result.h"

#include <QString>

class StaffStore;

// The venue's ISO 4217 currency code, a venue setting shown in GET /menu and on every bill;
// EUR until an administrator sets another.
class VenueCurrency
{
public:
    static constexpr const char* setting = "currency";
    static constexpr const char* fallback = "EUR";

    static Result<QString> of(StaffStore& store);
    // Three upper-case Latin letters, the shape of an ISO 4217 code.
    static bool isCode(const QString& text);
};
