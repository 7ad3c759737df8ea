#include "AuthRoutes.h"

#include "model/JsonCodec.h"
#include "model/RequestValidator.h"
#include "model/VoidCodec.h"

AuthRoutes::AuthRoutes(Authenticator& auth)
    : m_auth(auth)
{}

HttpResponse AuthRoutes::login(const HttpRequest& request)
{
    Result<LoginRequest> body = RequestValidator::login(request.body);
    if (!body.ok())
        return HttpResponse::error(400, body.error());
    Authenticator::LoginResult result = m_auth.login(body.value());
    if (const auto* reply = std::get_if<LoginReply>(&result)) {
        HttpResponse response =
            HttpResponse::json(200, JsonCodec::encode(JsonCodec::toJson(*reply)));
        response.staffId = reply->staff.id;
        return response;
    }
    return refused(std::get<Authenticator::Refusal>(result));
}

HttpResponse AuthRoutes::approve(const HttpRequest& request)
{
    Result<LoginRequest> body = RequestValidator::approval(request.body);
    if (!body.ok())
        return HttpResponse::error(400, body.error());
    Authenticator::ApprovalResult result = m_auth.approve(body.value());
    if (const auto* reply = std::get_if<ApprovalReply>(&result))
        return HttpResponse::json(200, JsonCodec::encode(VoidCodec::toJson(*reply)));
    return refused(std::get<Authenticator::Refusal>(result));
}

HttpResponse AuthRoutes::logout(const HttpRequest& request)
{
    if (Result<void> done = m_auth.logout(request.header("Authorization")); !done.ok())
        return HttpResponse::storageFailure(done.error());
    return HttpResponse::empty(204);
}

HttpResponse AuthRoutes::refused(const Authenticator::Refusal& refusal)
{
    if (refusal.status == 500)
        return HttpResponse::storageFailure(refusal.error);
    HttpResponse response = HttpResponse::error(refusal.status, refusal.error);
    if (refusal.retryAfterSeconds > 0)
        response.withHeader("Retry-After", QByteArray::number(refusal.retryAfterSeconds));
    return response;
}
