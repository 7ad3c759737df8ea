#pragma once

#include <QString>

// How one venue server runs: where its data lives and the limits that keep a slow or
// hostile client from exhausting it.
struct ServerOptions
{
    QString database; // SQLite file path, or postgresql://USER@HOST:PORT/DBNAME
    QString databasePassword; // PostgreSQL, when the URL has none; never logged
    QString synchronous =
        QStringLiteral("FULL"); // SQLite synchronous mode; "NORMAL" only on request
    qint64 tokenLifetimeMs = 12LL * 3600 * 1000;
    int maxConnections = 512;         // open connections, overall
    int idleTimeoutMs = 5000;         // an idle keep-alive connection is closed after this
    qint64 maxBodyBytes = 256 * 1024; // 413 beyond this, enforced before buffering
    int notifyHeartbeatMs = 2000; // PostgreSQL: how soon a lost LISTEN connection is noticed
    int streamHeartbeatMs = 20000;    // /stream pings, drops silent clients, re-checks tokens
};
