#include "VenueServer.h"

#include "api/ApiRoutes.h"
#include "auth/Authenticator.h"
#include "http/HttpServerAdapter.h"
#include "http/TlsIdentity.h"
#include "store/DemoVenue.h"
#include "store/GroupCommit.h"
#include "store/PostgresNotifier.h"
#include "store/StoreFactory.h"
#include "stream/StreamHub.h"

#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

VenueServer::VenueServer(ServerOptions options, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{}

VenueServer::~VenueServer()
{
    close();
}

Result<void> VenueServer::open()
{
    if (m_store)
        return {};
    StoreOptions options;
    options.synchronous = m_options.synchronous;
    options.password = m_options.databasePassword;
    options.listenForChanges = true;
    options.notifyHeartbeatMs = m_options.notifyHeartbeatMs;
    Result<OpenedStore> opened = StoreFactory::open(m_options.database, options, m_clock);
    if (!opened.ok())
        return opened.error();
    m_store = std::move(opened.value().store);
    if (std::unique_ptr<PostgresNotifier> notifier = std::move(opened.value().notifier)) {
        // Read before the listener subscribes: others' writes in between are caught up.
        const Result<qint64> latest = m_store->latestSeq();
        if (!latest.ok()) {
            m_store.reset();
            return latest.error();
        }
        connect(notifier.get(), &PostgresNotifier::orderChanged, this, &VenueServer::orderChanged);
        connect(notifier.get(), &PostgresNotifier::ticketMade, this, &VenueServer::ticketMade);
        connect(notifier.get(), &PostgresNotifier::menuChanged, this, &VenueServer::menuChanged);
        notifier->start(latest.value());
        m_notifier = std::move(notifier);
    }
    m_auth = std::make_unique<Authenticator>(*m_store, m_clock, m_options.tokenLifetimeMs);
    m_routes = std::make_unique<ApiRoutes>(*m_store, *m_auth, m_clock,
                                           m_options.tokenRequestsPerSecond, m_options.tokenBurst);
    // Whoever changed an item's availability, this process's menu replies must show it.
    connect(this, &VenueServer::menuChanged, this, [this] {
        if (m_routes)
            m_routes->forgetMenu();
    });
    return {};
}

Result<void> VenueServer::seedDemo()
{
    if (!m_store)
        return ApiError{ErrorCode::NotOpen, u"Open the database before seeding it."_s, {}};
    return DemoVenue::seed(*m_store, m_clock.nowMs());
}

Result<quint16> VenueServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_store) {
        if (Result<void> opened = open(); !opened.ok())
            return opened.error();
    }
    if (m_http)
        return ApiError{ErrorCode::AlreadyListening, u"This server is already listening."_s, {}};
    std::optional<TlsIdentity> tls;
    if (!m_options.tlsCertificateFile.isEmpty() || !m_options.tlsKeyFile.isEmpty()) {
        Result<TlsIdentity> loaded =
            TlsIdentity::load(m_options.tlsCertificateFile, m_options.tlsKeyFile);
        if (!loaded)
            return loaded.error();
        tls = std::move(loaded).value();
    }
    ConnectionLimits limits;
    limits.maxConnections = m_options.maxConnections;
    limits.maxConnectionsPerAddress = m_options.maxConnectionsPerAddress;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    limits.requestTimeoutMs = m_options.requestTimeoutMs;
    limits.maxBodyBytes = m_options.maxBodyBytes;
    limits.maxHeaderBytes = m_options.maxHeaderBytes;
    ApiRoutes* routes = m_routes.get();
    auto stream = std::make_unique<StreamHub>(*m_auth);
    stream->setHeartbeatInterval(m_options.streamHeartbeatMs);
    StreamHub* hub = stream.get();
    connect(hub, &StreamHub::served, this, &VenueServer::requestServed);
    connect(this, &VenueServer::orderChanged, hub, &StreamHub::announce);
    connect(this, &VenueServer::ticketMade, hub, &StreamHub::announceTicket);
    connect(this, &VenueServer::menuChanged, hub, &StreamHub::announceMenu);
    auto group = std::make_unique<GroupCommit>(*m_store);
    GroupCommit* commits = group.get();
    auto http = std::make_unique<HttpServerAdapter>(
        limits, [this, routes, hub, commits](const HttpRequest& request) {
            if (request.path == StreamHub::path())
                return hub->answerWithoutUpgrade(request);
            HttpResponse response = routes->handle(request);
            for (const StreamMessage& moved : std::as_const(response.moved)) {
                commits->afterCommit([this, moved] {
                    emit orderChanged(moved.orderId, moved.tableId, moved.version);
                });
            }
            for (const TicketMessage& ticket : std::as_const(response.ticketsMade)) {
                commits->afterCommit([this, ticket] {
                    emit ticketMade(ticket.ticketId, ticket.station, ticket.orderId,
                                    ticket.kind == Ticket::Kind::Void);
                });
            }
            for (const MenuMessage& menu : std::as_const(response.menuChanged)) {
                commits->afterCommit(
                    [this, menu] { emit menuChanged(menu.menuItemId, menu.available); });
            }
            return response;
        });
    http->setOwnThread(m_options.usesHttpThread());
    http->setReadAhead(&ApiRoutes::readAhead);
    http->holdAnswersFor(*commits, &HttpResponse::storageFailureAnswer);
    http->setUpgradeHandler(
        [hub](const HttpRequest& request) { return hub->verifyUpgrade(request); },
        [hub](std::unique_ptr<QWebSocket> socket) { hub->accept(std::move(socket)); });
    connect(http.get(), &HttpServerAdapter::served, this, &VenueServer::requestServed);
    Result<quint16> bound = http->listenOn(
        address, port, tls ? std::optional<QSslConfiguration>(tls->configuration()) : std::nullopt);
    if (!bound.ok())
        return bound;
    m_stream = std::move(stream);
    m_groupCommit = std::move(group);
    m_http = std::move(http);
    m_tlsFingerprint = tls ? tls->fingerprint() : QString();
    return bound;
}

void VenueServer::close()
{
    m_tlsFingerprint.clear();
    // Whatever was written is committed and answered before the connections go.
    m_groupCommit.reset();
    m_stream.reset();
    if (m_http) {
        m_http->stop();
        m_http.reset();
    }
    m_notifier.reset();
    m_routes.reset();
    m_auth.reset();
    if (m_store) {
        m_store->close();
        m_store.reset();
    }
}

QList<QPair<QByteArray, QString>> VenueServer::routeTable()
{
    QList<QPair<QByteArray, QString>> table = ApiRoutes::routeTable();
    table.append({"GET", StreamHub::path()});
    return table;
}
