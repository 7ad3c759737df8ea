#pragma once

#include "ApiMessages.h"

#include <QByteArray>

class JsonCursor;

// Writes a 409's body and its events as compact JSON straight into one buffer sized up front,
// byte for byte what JsonCodec::encode(JsonCodec::toJson(...)) gives (keys sorted), without
// building a QJsonObject: a stale writer's answer is the most frequent large one under load.
class ConflictJsonWriter
{
public:
    // api-v1.md's ErrorConflict body; `current` written by OrderJsonWriter, with its `items`
    // from `currentItems` when given (the bytes OrderJsonWriter::lines() wrote for the row).
    static QByteArray reply(const ConflictReply& reply, const QByteArray& currentItems = {});
    // The JSON array of the events, as in a 409's `events`.
    static QByteArray events(const QList<Event>& events);

private:
    static qsizetype eventsBound(const QList<Event>& events);
    static void writeEvents(JsonCursor& out, const QList<Event>& events);
};
