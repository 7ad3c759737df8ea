#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include "auth/Authenticator.h"

// POST /login, /approvals and /logout: the request checked, the Authenticator's answer
// turned into api-v1.md's reply or refusal (with Retry-After for a locked id).
class AuthRoutes
{
public:
    explicit AuthRoutes(Authenticator& auth);

    HttpResponse login(const HttpRequest& request);
    HttpResponse approve(const HttpRequest& request);
    HttpResponse logout(const HttpRequest& request);

private:
    static HttpResponse refused(const Authenticator::Refusal& refusal);

    Authenticator& m_auth;
};
