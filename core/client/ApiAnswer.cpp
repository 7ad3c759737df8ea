#include "ApiAnswer.h"

using namespace Qt::Literals::StringLiterals;

ApiError ApiAnswer::error() const
{
    std::optional<ApiError> error;
    if (Result<QJsonObject> object = JsonDecoder::parseObject(body); object)
        error = JsonDecoder::errorFromJson(object.value());
    if (!error)
        error =
            ApiError{ErrorCode::HttpStatus,
                     u"The server answered with HTTP status "_s + QString::number(status) + u'.',
                     {}};
    if (status == 429)
        error->retryAfterSeconds = retryAfterSeconds(retryAfter).value_or(0);
    return *error;
}

bool ApiAnswer::isRateLimit(const QByteArray& body)
{
    const Result<QJsonObject> object = JsonDecoder::parseObject(body);
    return object && object.value().value(u"error"_s).toString() == "too_many_requests"_L1;
}

std::optional<int> ApiAnswer::retryAfterSeconds(const QByteArray& retryAfter)
{
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return seconds;
}

ApiError ApiAnswer::badReply(const ApiError& why)
{
    return ApiError{
        ErrorCode::BadReply, u"The server sent a reply this app cannot read: "_s + why.message, {}};
}
