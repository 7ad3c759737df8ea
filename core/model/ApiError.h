#pragma once

#include "ErrorCode.h"

#include <QString>

// An error as a value: its code, an English diagnostic for logs (and the `message` of a server's
// error reply), and the data a person's sentence is made from in ui/.
struct ApiError
{
    ErrorCode code = ErrorCode::Unknown;
    QString message;
    // item_unavailable: the sold-out menu item ids, comma-separated.
    // Validation: the first bad field as the contract spells it ("items[3].qty"); a refused
    // certificate: the fingerprint the server showed.
    QString field;
    // The code as received when it is one this build does not know (code is Unknown).
    QString unknownCode{};
    // From a 429's Retry-After; 0 when the server gave none.
    int retryAfterSeconds = 0;

    static ApiError invalid(const QString& field, const QString& message)
    {
        return ApiError{ErrorCode::InvalidRequest, message, field};
    }
};
