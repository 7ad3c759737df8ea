#include "HttpResponse.h"

#include "model/JsonCodec.h"

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
