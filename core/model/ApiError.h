#pragma once

#include <QString>

// An error as a value: the api-v1 error code, a sentence a person can act on, and for
// validation errors the first bad field spelled as the contract spells it ("items[3].qty").
struct ApiError
{
    QString code;
    QString message;
    QString field;

    static ApiError invalid(const QString& field, const QString& message)
    {
        return ApiError{QStringLiteral("invalid_request"), message, field};
    }
};
