#include "PostgresUrl.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError invalid(const QString& reason)
{
    return ApiError{ErrorCode::InvalidDatabase,
                    u"Not a PostgreSQL URL (postgresql://USER@HOST:PORT/DBNAME): %1."_s.arg(reason),
                    {}};
}

} // namespace

bool PostgresUrl::isPostgres(const QString& database)
{
    return database.startsWith("postgresql://"_L1, Qt::CaseInsensitive) ||
           database.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

Result<PostgresUrl> PostgresUrl::parse(const QString& text)
{
    if (!isPostgres(text))
        return invalid(u"it must start with postgresql://"_s);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(url.errorString());
    PostgresUrl result;
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    result.host = url.host(QUrl::FullyDecoded);
    result.port = url.port(5432);
    result.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (result.user.isEmpty())
        return invalid(u"the user is missing"_s);
    if (result.host.isEmpty())
        return invalid(u"the host is missing"_s);
    if (result.port < 1 || result.port > 65535)
        return invalid(u"the port is out of range"_s);
    if (result.databaseName.isEmpty() || result.databaseName.contains(u'/'))
        return invalid(u"the database name is missing"_s);
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        // libpq keywords are plain words; the driver separates options with ';'.
        const bool plainKey = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || c == u'_';
        });
        if (!plainKey || value.contains(u';') || key == "password"_L1)
            return invalid(u"the option \"%1\" cannot be passed on"_s.arg(key));
        options.append(key + u'=' + value);
    }
    result.connectOptions = options.join(u';');
    return result;
}

QString PostgresUrl::displayed() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + databaseName);
    QString text = url.toString();
    if (!connectOptions.isEmpty())
        text += u'?' + QString(connectOptions).replace(u';', u'&');
    return text;
}

PostgresUrl PostgresUrl::withDatabase(const QString& name) const
{
    PostgresUrl other = *this;
    other.databaseName = name;
    return other;
}

void PostgresUrl::applyTo(QSqlDatabase& database) const
{
    database.setHostName(host);
    database.setPort(port);
    database.setUserName(user);
    database.setPassword(password);
    database.setDatabaseName(databaseName);
    database.setConnectOptions(connectOptions);
}
