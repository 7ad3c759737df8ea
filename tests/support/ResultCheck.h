#pragma once

#include "model/Result.h"

#include <QTest>

// "field: message", or the message alone when the error names no field.
inline QString resultFailure(const ApiError& error)
{
    return error.field.isEmpty() ? error.message
                                 : error.field + QStringLiteral(": ") + error.message;
}

// Fails the test with the error's field and message when a Result holds an error. (QVERIFY2
// evaluates its message even on success, and a Result without an error has none to give.)
#define QVERIFY_OK(result)                                                                         \
    do {                                                                                           \
        const auto& verifiedResult_ = (result);                                                    \
        QVERIFY2(verifiedResult_.ok(),                                                             \
                 verifiedResult_.ok() ? "" : qPrintable(resultFailure(verifiedResult_.error())));  \
    } while (false)
