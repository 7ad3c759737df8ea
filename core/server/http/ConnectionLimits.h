#pragma once

#include <QtGlobal>

// What one HTTP listener allows a client before it cuts the connection.
struct ConnectionLimits
{
    int maxConnections = 512;
    // Open connections from one client address; 0 for no cap of its own.
    int maxConnectionsPerAddress = 64;
    int idleTimeoutMs = 5000;
    // From a request's first byte to its last: a client that trickles bytes is cut off even
    // though each byte restarts the idle timer. Open WebSockets are exempt.
    int requestTimeoutMs = 15000;
    qint64 maxBodyBytes = 256 * 1024;
    // Request line and headers; a longer head is refused with 431 before it is buffered.
    qint64 maxHeaderBytes = 16 * 1024;
};
