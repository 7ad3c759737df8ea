#pragma once

#include "LoginThrottle.h"

#include "model/ApiMessages.h"
#include "model/Result.h"
#include "store/StaffRecord.h"

#include <optional>
#include <variant>

class Clock;
class StaffStore;

// Logins, tokens and who a request comes from. Tokens are 32 random bytes (base64url) handed
// to the client once and stored only as their SHA-256.
class Authenticator
{
public:
    // A refused login: the error, and for a locked id how long it stays locked.
    struct Refusal
    {
        int status = 401;
        ApiError error;
        qint64 retryAfterSeconds = 0;
    };
    using LoginResult = std::variant<LoginReply, Refusal>;
    using ApprovalResult = std::variant<ApprovalReply, Refusal>;

    // How long a manager's approval of a void stays usable.
    static constexpr qint64 approvalLifetimeMs = 120 * 1000;

    Authenticator(StaffStore& store, const Clock& clock, qint64 tokenLifetimeMs);

    LoginResult login(const LoginRequest& request);
    // A manager's single-use approval from their id and PIN: checked like a login (a wrong PIN
    // counts towards the same lockout), 403 forbidden for a PIN that is not a manager's.
    ApprovalResult approve(const LoginRequest& request);
    // The staff member an "Authorization: Bearer ..." header belongs to, if it is valid now.
    Result<std::optional<Staff>> authorize(const QByteArray& authorization);
    Result<void> logout(const QByteArray& authorization);

    static QByteArray tokenHash(const QByteArray& token);
    // The token of an "Authorization: Bearer <token>" header; empty when it has none.
    static QByteArray bearerToken(const QByteArray& authorization);

private:
    // The staff member whose id and PIN these are, or why not (401, 429 or a store failure).
    std::variant<StaffRecord, Refusal> checkPin(const LoginRequest& request);
    // A fresh random secret in base64url, handed out once and stored only as its hash.
    static QByteArray newSecret();

    StaffStore& m_store;
    const Clock& m_clock;
    qint64 m_tokenLifetimeMs;
    LoginThrottle m_throttle;
    QString m_decoyHash; // checked for unknown ids, so they take as long as known ones
};
