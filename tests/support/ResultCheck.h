#pragma once

#include <QTest>

// Fails the test with the error's message when a Result holds an error. (QVERIFY2 evaluates
// its message even on success, and a Result without an error has none to give.)
#define QVERIFY_OK(result)                                                                         \
    do {                                                                                           \
        const auto& verifiedResult_ = (result);                                                    \
        QVERIFY2(verifiedResult_.ok(),                                                             \
                 verifiedResult_.ok() ? "" : qPrintable(verifiedResult_.error().message));         \
    } while (false)
