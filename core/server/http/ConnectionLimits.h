#pragma once

#include <QtGlobal>

// What one HTTP listener allows a client before it cuts the connection.
struct ConnectionLimits
{
    int maxConnections = 512;
    int idleTimeoutMs = 5000;
    qint64 maxBodyBytes = 256 * 1024;
    // Request line and headers on top of the body; a longer head is refused too.
    qint64 maxHeaderBytes = 16 * 1024;
};
