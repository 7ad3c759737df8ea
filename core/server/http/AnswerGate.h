#pragma once

#include "model/Result.h"

#include <QObject>

#include <optional>

// Answers computed now may have to wait: whatever they report (a write not yet durable) is
// still being made safe. Each waits for a ticket; tickets grow with time, and opened(ticket)
// frees every answer holding that ticket or an earlier one. HttpServerAdapter holds or delays
// its answers by the gate without knowing what the gate guards.
class AnswerGate : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The ticket an answer computed now must wait for; none when it may leave at once.
    virtual std::optional<quint64> ticketNow() const = 0;
    // Lets what the waiting answers wait for happen soon (when the gate chooses, after this
    // event-loop pass).
    virtual void openSoon() = 0;

signals:
    // The answers holding `ticket` or an earlier one may leave, or (with an error) must say that
    // what they report is lost.
    void opened(quint64 ticket, const std::optional<ApiError>& failure);
};
