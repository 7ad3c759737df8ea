#include "ServerFixture.h"

#include "PostgresTestServer.h"

#include "model/DemoStaff.h"
#include "model/JsonCodec.h"
#include "model/JsonDecoder.h"
#include "server/VenueServer.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

ApiError unexpectedReply(const QString& what, const HttpReply& response)
{
    return ApiError{
        ErrorCode::HarnessFailed, what + u": "_s + QString::fromUtf8(response.describe()), {}};
}

ServerFixture::ServerFixture()
{
    // The suites drive one token far faster than a tablet, on a clock that stands still; the
    // per-token rate limit is tested on its own (tst_abuselimits).
    m_options.tokenRequestsPerSecond = 0;
    // HTTP on its own thread whatever the machine, so that every suite (and ThreadSanitizer)
    // crosses between the two threads; tablesyncd's processes in the CLI suites choose as venues
    // do.
    m_options.httpThread = true;
    Result<QString> database = freshDatabase(u"venue"_s);
    if (database)
        m_options.database = database.value();
    else
        m_setupError = database.error();
}

ServerFixture::~ServerFixture()
{
    stop();
    for (const QString& name : std::as_const(m_createdDatabases)) {
        if (Result<void> dropped = PostgresTestServer::dropDatabase(name); !dropped)
            qWarning("ServerFixture: %s", qUtf8Printable(dropped.error().message));
    }
}

QString ServerFixture::postgresServer()
{
    return PostgresTestServer::url();
}

QString ServerFixture::storeKind()
{
    return postgresServer().isEmpty() ? u"sqlite"_s : u"postgresql"_s;
}

Result<QString> ServerFixture::freshDatabase(const QString& name)
{
    if (postgresServer().isEmpty())
        return m_directory.filePath(name + u".sqlite"_s);
    Result<QString> created = PostgresTestServer::createDatabase();
    if (!created)
        return created.error();
    m_createdDatabases.append(created.value());
    return PostgresTestServer::urlOf(created.value());
}

Result<void> ServerFixture::start(bool seedDemo)
{
    if (!m_directory.isValid())
        return ApiError{ErrorCode::HarnessFailed,
                        u"no temporary directory: "_s + m_directory.errorString(),
                        {}};
    if (m_setupError)
        return *m_setupError;
    return open(seedDemo);
}

Result<void> ServerFixture::restart(bool seedDemo)
{
    stop();
    return open(seedDemo);
}

void ServerFixture::stop()
{
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
    // Connections to the old server are dead; a new manager does not try to reuse them.
    m_http.network().clearConnectionCache();
}

Result<void> ServerFixture::open(bool seedDemo)
{
    m_server = std::make_unique<VenueServer>(m_options, m_clock);
    if (Result<void> opened = m_server->open(); !opened)
        return opened;
    if (seedDemo) {
        if (Result<void> seeded = m_server->seedDemo(); !seeded)
            return seeded;
    }
    Result<quint16> port = m_server->listen(QHostAddress::LocalHost, 0);
    if (!port)
        return port.error();
    m_port = port.value();
    if (m_port == 0)
        return ApiError{ErrorCode::HarnessFailed, u"listen() returned port 0"_s, {}};
    m_http.setBaseUrl(baseUrl());
    return {};
}

QUrl ServerFixture::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QString ServerFixture::demoPin(const QString& staffId)
{
    return DemoStaff::pin(staffId);
}

QStringList ServerFixture::demoWaiters()
{
    QStringList ids;
    for (const DemoStaff::Member& waiter : DemoStaff::waiters())
        ids << waiter.staff.id;
    return ids;
}

Result<LoginReply> ServerFixture::login(const QString& staffId, const QString& pin)
{
    return login(m_http, staffId, pin);
}

Result<QByteArray> ServerFixture::token(const QString& staffId)
{
    return token(m_http, staffId);
}

Result<LoginReply> ServerFixture::login(HttpTestClient& http, const QString& staffId,
                                        const QString& pin)
{
    const HttpReply response = http.sendJson("POST", u"/api/v1/login"_s,
                                             QJsonObject{{u"staff"_s, staffId}, {u"pin"_s, pin}});
    if (response.status != 200)
        return unexpectedReply(u"login of "_s + staffId, response);
    return JsonDecoder::loginReplyFromJson(response.json());
}

Result<QByteArray> ServerFixture::token(HttpTestClient& http, const QString& staffId)
{
    Result<LoginReply> reply = login(http, staffId, demoPin(staffId));
    if (!reply)
        return reply.error();
    return reply->token.toUtf8();
}

Result<Order> ServerFixture::order(qint64 orderId, const QByteArray& token)
{
    const HttpReply response = m_http.get(orderPath(orderId), token);
    if (response.status != 200)
        return unexpectedReply(u"GET order"_s, response);
    return JsonDecoder::orderFromJson(response.json());
}

Result<QList<Event>> ServerFixture::orderEvents(qint64 orderId, const QByteArray& token)
{
    const HttpReply response = m_http.get(orderPath(orderId) + u"/events"_s, token);
    if (response.status != 200)
        return unexpectedReply(u"GET order events"_s, response);
    return JsonDecoder::eventsFromJson(response.json().value(u"events"_s), u"events"_s);
}

Result<QList<Table>> ServerFixture::tables(const QByteArray& token)
{
    const HttpReply response = m_http.get(u"/api/v1/tables"_s, token);
    if (response.status != 200)
        return unexpectedReply(u"GET tables"_s, response);
    return JsonDecoder::tablesFromJson(response.json());
}

Result<Table> ServerFixture::table(const QString& tableId, const QByteArray& token)
{
    Result<QList<Table>> all = tables(token);
    if (!all)
        return all.error();
    for (const Table& each : all.value()) {
        if (each.id == tableId)
            return each;
    }
    return ApiError{ErrorCode::NotFound, u"no table "_s + tableId, {}};
}

Result<QList<MenuItem>> ServerFixture::menu(const QByteArray& token, const QString& query)
{
    const HttpReply response = m_http.get(u"/api/v1/menu"_s + query, token);
    if (response.status != 200)
        return unexpectedReply(u"GET menu"_s, response);
    return JsonDecoder::menuFromJson(response.json());
}

HttpReply ServerFixture::patch(qint64 orderId, const QJsonObject& body, const QByteArray& token,
                               HttpTestClient::Headers headers)
{
    return m_http.sendJson("PATCH", orderPath(orderId), body, token, std::move(headers));
}

HttpReply ServerFixture::patchLines(qint64 orderId, std::optional<qint64> expectedVersion,
                                    const Lines& lines, const QByteArray& token)
{
    return patch(orderId, patchBody(expectedVersion, lines), token);
}

HttpReply ServerFixture::close(qint64 orderId, std::optional<qint64> expectedVersion,
                               const QByteArray& token)
{
    QJsonObject body;
    if (expectedVersion)
        body.insert(u"expected_version"_s, *expectedVersion);
    return m_http.sendJson("POST", orderPath(orderId) + u"/close"_s, body, token);
}

QByteArray ServerFixture::entityTag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

QString ServerFixture::orderPath(qint64 orderId)
{
    return u"/api/v1/orders/"_s + QString::number(orderId);
}

Line ServerFixture::newLine(const QString& menuItemId, int qty, int seat, const QString& note)
{
    Line line;
    line.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    line.menuItemId = menuItemId;
    line.qty = qty;
    line.seat = seat;
    line.note = note;
    return line;
}

QJsonObject ServerFixture::patchBody(std::optional<qint64> expectedVersion, const Lines& lines)
{
    PatchRequest request;
    request.expectedVersion = expectedVersion;
    request.items = lines;
    return JsonCodec::toJson(request);
}

QStringList ServerFixture::Venue::menuIds() const
{
    QStringList ids;
    for (const MenuItem& item : menu)
        ids.append(item.id);
    return ids;
}

Result<Order> ServerFixture::tableOrder(const QString& tableId)
{
    const Result<Table> found = table(tableId, m_managerToken);
    if (!found)
        return found.error();
    return order(found->orderId, m_managerToken);
}

Result<ServerFixture::Venue> ServerFixture::startVenue(const QStringList& staff)
{
    if (Result<void> started = start(); !started)
        return started.error();
    Venue venue;
    // selin is the demo venue's manager; a manager may read and write every table.
    Result<QByteArray> manager = token(u"selin"_s);
    if (!manager)
        return manager.error();
    venue.managerToken = manager.value();
    m_managerToken = venue.managerToken;
    venue.tokens.insert(u"selin"_s, venue.managerToken);
    for (const QString& staffId : staff) {
        Result<QByteArray> staffToken = token(staffId);
        if (!staffToken)
            return staffToken.error();
        venue.tokens.insert(staffId, staffToken.value());
    }
    Result<QList<MenuItem>> items = menu(venue.managerToken);
    if (!items)
        return items.error();
    venue.menu = std::move(items).value();
    return venue;
}
