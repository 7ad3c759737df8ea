#pragma once

#include "model/ApiError.h"
#include "model/ApiMessages.h"
#include "model/JsonDecoder.h"
#include "model/OrderReplyParser.h"
#include "model/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

// One HTTP answer of the server, and how the tablet reads it: a 200's body through a decoder,
// a guarded write's 409 as a reply, any other status as the server's error.
struct ApiAnswer
{
    template <typename T> using Decoder = std::function<Result<T>(const QJsonObject&)>;

    int status = 0;
    QByteArray body;
    QByteArray retryAfter;

    // 200 -> the decoded body; no answer or any other status -> why not.
    template <typename T>
    static Result<T> decoded(const Result<ApiAnswer>& answer, const Decoder<T>& decode)
    {
        if (!answer)
            return answer.error();
        if (answer->status != 200)
            return answer->error();
        return decodeBody(answer->body, decode);
    }

    // A guarded write's reply (PatchReply, FireAnswer): 200 -> the written value, 409 -> the
    // conflict, anything else -> why not.
    template <typename Reply, typename Value>
    static Result<Reply> guarded(const Result<ApiAnswer>& answer, const Decoder<Value>& decode)
    {
        if (answer && answer->status == 409) {
            // The largest reply a tablet reads (the whole list and the events since its base).
            Result<ConflictReply> conflict = OrderReplyParser::conflict(answer->body);
            if (!conflict)
                return badReply(conflict.error());
            return Reply{{}, std::move(conflict).value()};
        }
        Result<Value> value = decoded(answer, decode);
        if (!value)
            return value.error();
        return Reply{std::move(value).value(), {}};
    }

    // The server's error reply, else one naming the status; a 429 keeps its Retry-After.
    ApiError error() const;
    // A 429 for the request rate, not a login lockout (too_many_attempts), which must not be
    // retried.
    static bool isRateLimit(const QByteArray& body);
    // Retry-After in whole seconds as the contract sends it; nullopt when absent or not one.
    static std::optional<int> retryAfterSeconds(const QByteArray& retryAfter);

private:
    template <typename T>
    static Result<T> decodeBody(const QByteArray& body, const Decoder<T>& decode)
    {
        Result<QJsonObject> object = JsonDecoder::parseObject(body);
        Result<T> value = object ? decode(object.value()) : Result<T>(object.error());
        if (!value)
            return badReply(value.error());
        return value;
    }
    static ApiError badReply(const ApiError& why);
};
