#include "HttpResponse.h"

#include "model/JsonCodec.h"

using namespace Qt::Literals::StringLiterals;

HttpResponse HttpResponse::json(int status, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = std::move(body);
    return response;
}

HttpResponse HttpResponse::error(int status, const ApiError& error)
{
    return json(status, JsonCodec::encode(JsonCodec::toJson(error)));
}

HttpResponse HttpResponse::error(int status, ErrorCode code, const QString& message)
{
    return error(status, ApiError{code, message, {}});
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

HttpResponse& HttpResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

HttpResponse HttpResponse::storageFailure(const ApiError& error)
{
    qWarning("tablesyncd: %s", qUtf8Printable(error.message));
    return storageFailureAnswer(error);
}

HttpResponse HttpResponse::storageFailureAnswer(const ApiError& error)
{
    // The database is restarting or out of reach: worth a retry, unlike a broken statement.
    if (error.code == ErrorCode::StoreUnavailable)
        return HttpResponse::error(503, ErrorCode::StoreUnavailable,
                                   u"The server's database is unreachable; try again shortly."_s);
    return HttpResponse::error(500, ErrorCode::InternalError,
                               u"The server could not read or write its database."_s);
}
