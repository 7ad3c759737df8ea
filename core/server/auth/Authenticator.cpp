#include "Authenticator.h"

#include "PinHasher.h"
#include "PinWorkFactor.h"

#include "model/Clock.h"
#include "store/StaffStore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int tokenBytes = 32;

} // namespace

Authenticator::Authenticator(StaffStore& store, const Clock& clock, qint64 tokenLifetimeMs)
    : m_store(store)
    , m_clock(clock)
    , m_tokenLifetimeMs(tokenLifetimeMs)
    , m_throttle(clock)
{}

QByteArray Authenticator::tokenHash(const QByteArray& token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QByteArray Authenticator::bearerToken(const QByteArray& authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 8 || value.left(7).toLower() != "bearer ")
        return {};
    return value.mid(7).trimmed();
}

QByteArray Authenticator::newSecret()
{
    QByteArray raw(tokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::variant<StaffRecord, Authenticator::Refusal>
Authenticator::checkPin(const LoginRequest& request)
{
    if (const qint64 lockedMs = m_throttle.lockedForMs(request.staff); lockedMs > 0) {
        return Refusal{429,
                       ApiError{ErrorCode::TooManyAttempts,
                                u"Too many failed logins for this staff id; try again later."_s,
                                {}},
                       (lockedMs + 999) / 1000};
    }
    Result<std::optional<StaffRecord>> record = m_store.staff(request.staff);
    if (!record.ok())
        return Refusal{500, record.error(), 0};
    const bool known = record.value().has_value();
    if (!known && m_decoyHash.isEmpty()) {
        // At the venue's work factor, so that an unknown id costs what a known one does.
        const Result<int> iterations = PinWorkFactor::of(m_store);
        m_decoyHash = PinHasher::hash(u"decoy"_s, iterations.ok() ? iterations.value()
                                                                  : PinHasher::defaultIterations);
    }
    const bool matches =
        PinHasher::verify(request.pin, known ? record.value()->pinHash : m_decoyHash);
    if (!known || !matches) {
        m_throttle.recordFailure(request.staff);
        return Refusal{
            401,
            ApiError{ErrorCode::InvalidCredentials, u"The staff id or PIN is not right."_s, {}}, 0};
    }
    m_throttle.recordSuccess(request.staff);
    return *record.value();
}

Authenticator::LoginResult Authenticator::login(const LoginRequest& request)
{
    std::variant<StaffRecord, Refusal> checked = checkPin(request);
    if (auto* refused = std::get_if<Refusal>(&checked))
        return std::move(*refused);
    const StaffRecord& record = std::get<StaffRecord>(checked);
    const QByteArray token = newSecret();
    const qint64 expiresAt = m_clock.nowMs() + m_tokenLifetimeMs;
    if (Result<void> stored = m_store.putToken(tokenHash(token), request.staff, expiresAt);
        !stored.ok())
        return Refusal{500, stored.error(), 0};
    return LoginReply{QString::fromLatin1(token), record.staff, expiresAt};
}

Authenticator::ApprovalResult Authenticator::approve(const LoginRequest& request)
{
    std::variant<StaffRecord, Refusal> checked = checkPin(request);
    if (auto* refused = std::get_if<Refusal>(&checked))
        return std::move(*refused);
    const StaffRecord& record = std::get<StaffRecord>(checked);
    if (record.staff.role != Staff::Role::Manager)
        return Refusal{
            403, ApiError{ErrorCode::Forbidden, u"Only a manager's PIN approves a void."_s, {}}, 0};
    const QByteArray approval = newSecret();
    const qint64 now = m_clock.nowMs();
    const qint64 expiresAt = now + approvalLifetimeMs;
    if (Result<void> stored =
            m_store.putApproval(tokenHash(approval), request.staff, expiresAt, now);
        !stored.ok())
        return Refusal{500, stored.error(), 0};
    return ApprovalReply{QString::fromLatin1(approval), record.staff, expiresAt};
}

Result<std::optional<Staff>> Authenticator::authorize(const QByteArray& authorization)
{
    const QByteArray token = bearerToken(authorization);
    if (token.isEmpty())
        return std::optional<Staff>{};
    return m_store.tokenOwner(tokenHash(token), m_clock.nowMs());
}

Result<void> Authenticator::logout(const QByteArray& authorization)
{
    const QByteArray token = bearerToken(authorization);
    if (token.isEmpty())
        return {};
    return m_store.revokeToken(tokenHash(token));
}
