#pragma once

#include <QString>

#include <optional>

// How one venue server runs: where its data lives and the limits that keep a slow or
// hostile client from exhausting it.
struct ServerOptions
{
    QString database;         // SQLite file path, or postgresql://USER@HOST:PORT/DBNAME
    QString databasePassword; // PostgreSQL, when the URL has none; never logged
    QString synchronous =
        QStringLiteral("FULL"); // SQLite synchronous mode; "NORMAL" only on request
    qint64 tokenLifetimeMs = 12LL * 3600 * 1000;
    int maxConnections = 512;          // open connections, overall
    int maxConnectionsPerAddress = 64; // open connections from one client address; 0: no cap
    int idleTimeoutMs = 5000;          // an idle keep-alive connection is closed after this
    int requestTimeoutMs = 15000;      // 408 when a request has not arrived whole by then
    qint64 maxBodyBytes = 256 * 1024;  // 413 beyond this, enforced before buffering
    qint64 maxHeaderBytes = 16 * 1024; // 431 for a longer request line and headers
    // Requests per token: a bucket of `tokenBurst` refilled at `tokenRequestsPerSecond`; 429
    // when empty. A busy tablet sends a few a second. 0 requests per second: no limit.
    double tokenRequestsPerSecond = 20.0;
    int tokenBurst = 60;
    int notifyHeartbeatMs = 2000;  // PostgreSQL: how soon a lost LISTEN connection is noticed
    int streamHeartbeatMs = 20000; // /stream pings, drops silent clients, re-checks tokens
    // PEM files; with both set the server speaks only HTTPS and WSS.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    // HTTP parsed and written on a thread of its own, beside the database's; nullopt: where
    // there are 4 or more cores (on 2, with clients on the same machine, it measured slower).
    std::optional<bool> httpThread;

    bool usesHttpThread() const;
};
