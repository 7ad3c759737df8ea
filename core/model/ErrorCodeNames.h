#pragma once

#include "ErrorCode.h"

#include <QList>
#include <QString>
#include <QStringView>

// ErrorCode <-> the string an error reply, a log line or a WebSocket close reason carries.
class ErrorCodeNames
{
public:
    static QString wireName(ErrorCode code);
    // Unknown for a string no ErrorCode spells (a newer server's code).
    static ErrorCode fromWire(QStringView name);
    // Every code but Unknown, in declaration order.
    static QList<ErrorCode> all();
};
