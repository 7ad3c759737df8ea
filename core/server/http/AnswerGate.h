#pragma once

#include "model/Result.h"

#include <QObject>

#include <optional>

// Answers computed now may leave only after this gate opens: whatever they report (a write not
// yet durable) is still being made safe. HttpServerAdapter holds or delays its answers by it
// without knowing what the gate guards.
class AnswerGate : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Answers computed now must wait for opened().
    virtual bool isShut() const = 0;
    // Opens the gate soon (when the gate chooses, after this event-loop pass), when it is shut.
    virtual void openSoon() = 0;

signals:
    // The waiting answers may leave, or (with an error) must say that what they report is lost.
    void opened(const std::optional<ApiError>& failure);
};
