#pragma once

#include "HttpTestClient.h"
#include "ManualClock.h"

#include "model/ApiMessages.h"
#include "model/Result.h"
#include "server/ServerOptions.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

class VenueServer;

// An in-process VenueServer with the demo venue on a fresh temporary database, listening on a
// free loopback port, its time from a ManualClock; plus the calls most tests make through it.
// Every call that can fail returns the failure as a value so that the test states the check.
// With TABLESYNC_TEST_DATABASE set to a postgresql:// URL, the fresh database is a new
// PostgreSQL database on that server (dropped again by the destructor) instead of a file.
class ServerFixture
{
public:
    static constexpr qint64 startMs = 1'780'000'000'000;

    ServerFixture();
    ~ServerFixture();

    // The PostgreSQL server the suite runs against, or empty for SQLite.
    static QString postgresServer();
    // "sqlite" or "postgresql", as GET /health must report it.
    static QString storeKind();
    // A new empty database for a test of its own: a PostgreSQL URL on the suite's server or
    // an SQLite file in the fixture's folder; PostgreSQL ones are dropped with the fixture.
    Result<QString> freshDatabase(const QString& name);

    // Options used by the next start() or restart(); the database is a file in a temporary
    // folder of the fixture's unless the test sets another.
    ServerOptions& options() { return m_options; }
    ManualClock& clock() { return m_clock; }
    HttpTestClient& http() { return m_http; }

    // Opens (and, unless told otherwise, seeds) the database and listens.
    Result<void> start(bool seedDemo = true);
    // Destroys the server and opens a new one on the same file, as a process restart would.
    Result<void> restart(bool seedDemo = false);
    void stop();

    VenueServer* server() const { return m_server.get(); }
    QString databasePath() const { return m_options.database; }
    QString temporaryPath(const QString& fileName) const { return m_directory.filePath(fileName); }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    // The demo venue's staff and PINs (facade.md).
    static QString demoPin(const QString& staffId);
    static QStringList demoWaiters();

    Result<LoginReply> login(const QString& staffId, const QString& pin);
    // A token of a demo staff member, logged in with the demo PIN.
    Result<QByteArray> token(const QString& staffId);
    // The same two against another server (a tablesyncd child process, say).
    static Result<LoginReply> login(HttpTestClient& http, const QString& staffId,
                                    const QString& pin);
    static Result<QByteArray> token(HttpTestClient& http, const QString& staffId);

    Result<Order> order(qint64 orderId, const QByteArray& token);
    Result<QList<Event>> orderEvents(qint64 orderId, const QByteArray& token);
    Result<QList<Table>> tables(const QByteArray& token);
    Result<Table> table(const QString& tableId, const QByteArray& token);
    Result<QList<MenuItem>> menu(const QByteArray& token, const QString& query = {});

    HttpReply patch(qint64 orderId, const QJsonObject& body, const QByteArray& token,
                    HttpTestClient::Headers headers = {});
    HttpReply patchLines(qint64 orderId, std::optional<qint64> expectedVersion, const Lines& lines,
                         const QByteArray& token);
    HttpReply close(qint64 orderId, std::optional<qint64> expectedVersion, const QByteArray& token);

    static QString orderPath(qint64 orderId);
    // An order version as the ETag and If-Match headers carry it: "7" with the quotes.
    static QByteArray entityTag(qint64 version);
    // A line as a tablet makes it: a fresh lower-case UUID.
    static Line newLine(const QString& menuItemId, int qty = 1, int seat = 0,
                        const QString& note = {});
    static QJsonObject patchBody(std::optional<qint64> expectedVersion, const Lines& lines);

    // The order now open at a table, as the manager of startVenue() reads it.
    Result<Order> tableOrder(const QString& tableId);

    // What most suites set up first, in one call: the demo venue started, a manager's token,
    // tokens of the named demo staff (and the manager's, under "selin") and the menu as the
    // manager reads it.
    struct Venue
    {
        QByteArray managerToken;
        QMap<QString, QByteArray> tokens;
        QList<MenuItem> menu;
        QStringList menuIds() const;
    };
    Result<Venue> startVenue(const QStringList& staff = {});

private:
    Result<void> open(bool seedDemo);

    QTemporaryDir m_directory;
    QStringList m_createdDatabases;
    std::optional<ApiError> m_setupError;
    ServerOptions m_options;
    ManualClock m_clock{startMs};
    std::unique_ptr<VenueServer> m_server;
    quint16 m_port = 0;
    HttpTestClient m_http;
    QByteArray m_managerToken;
};

// The error a reply stands for when it is not the one a helper expected.
ApiError unexpectedReply(const QString& what, const HttpReply& response);
