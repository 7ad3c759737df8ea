#pragma once

#include <QTest>

// Fails the test with the error's message when a Result holds an error. The message is read only
// on failure: Qt 6.4's QVERIFY2 evaluates its description even when the check passes, and
// error() of a Result that holds a value throws.
#define QVERIFY_OK(result)                                                                         \
    do {                                                                                           \
        const auto& verifiedResult_ = (result);                                                    \
        if (!verifiedResult_.ok())                                                                 \
            QFAIL(qPrintable(verifiedResult_.error().message));                                    \
    } while (false)
