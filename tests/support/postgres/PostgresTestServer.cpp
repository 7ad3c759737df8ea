#include "PostgresTestServer.h"

#include "server/store/PostgresUrl.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QAtomicInteger<quint64> databaseCounter;

// Runs one statement on the server's own database over a short-lived connection.
Result<void> administer(const QString& statement)
{
    Result<PostgresUrl> server = PostgresUrl::parse(PostgresTestServer::url());
    if (!server)
        return server.error();
    const QString connection = u"tablesync-test-admin-%1"_s.arg(++databaseCounter);
    ApiError failure;
    bool failed = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        database.setHostName(server->host);
        database.setPort(server->port);
        database.setUserName(server->user);
        database.setPassword(server->password.isEmpty() ? qEnvironmentVariable("PGPASSWORD")
                                                        : server->password);
        database.setDatabaseName(server->databaseName);
        if (!database.open()) {
            failed = true;
            failure = ApiError{ErrorCode::HarnessFailed,
                               u"cannot reach the test PostgreSQL server %1: %2"_s.arg(
                                   server->displayed(), database.lastError().text()),
                               {}};
        } else {
            QSqlQuery query(database);
            if (!query.exec(statement)) {
                failed = true;
                failure = ApiError{ErrorCode::HarnessFailed,
                                   u"%1 failed: %2"_s.arg(statement, query.lastError().text()),
                                   {}};
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (failed)
        return failure;
    return {};
}

bool isGeneratedName(const QString& name)
{
    return name.startsWith("tsfx_"_L1) && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
           });
}

} // namespace

QString PostgresTestServer::url()
{
    const QString value = qEnvironmentVariable("TABLESYNC_TEST_DATABASE");
    return PostgresUrl::isPostgres(value) ? value : QString();
}

QString PostgresTestServer::urlOf(const QString& name)
{
    Result<PostgresUrl> server = PostgresUrl::parse(url());
    if (!server)
        return {};
    PostgresUrl other = server->withDatabase(name);
    QString text = other.displayed();
    return text;
}

Result<QString> PostgresTestServer::createDatabase()
{
    // Identifiers cannot be bound values; the name is made here from digits and letters only.
    const QString name =
        u"tsfx_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
            .arg(++databaseCounter)
            .arg(qulonglong(QRandomGenerator::global()->generate()), 8, 16, QChar(u'0'));
    if (Result<void> created = administer(u"CREATE DATABASE "_s + name); !created)
        return created.error();
    return name;
}

Result<void> PostgresTestServer::dropDatabase(const QString& name)
{
    if (!isGeneratedName(name))
        return ApiError{ErrorCode::HarnessFailed, u"refusing to drop "_s + name, {}};
    return administer(u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s);
}
