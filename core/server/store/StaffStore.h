#pragma once

#include "StaffRecord.h"

#include "model/Result.h"

#include <QByteArray>
#include <QList>

#include <optional>

// Who may log in: staff, their tokens and approvals (only ever by their hash) and the
// venue-wide settings.
class StaffStore
{
public:
    virtual ~StaffStore() = default;

    virtual Result<std::optional<StaffRecord>> staff(const QString& id) = 0;
    virtual Result<QList<Staff>> staffList() = 0;
    // Fails when the id is taken.
    virtual Result<void> addStaff(const StaffRecord& record) = 0;
    // False when there was no such member.
    virtual Result<bool> removeStaff(const QString& id) = 0;
    // Replaces the member's PIN hash and revokes every token they hold, in one transaction.
    // False when there is no such member.
    virtual Result<bool> resetPin(const QString& id, const QString& pinHash) = 0;

    // Venue-wide settings by name; nullopt when never set.
    virtual Result<std::optional<QString>> setting(const QString& name) = 0;
    virtual Result<void> setSetting(const QString& name, const QString& value) = 0;

    virtual Result<void> putToken(const QByteArray& tokenHash, const QString& staffId,
                                  qint64 expiresAt) = 0;
    // The staff member of a token that is neither revoked nor expired at `now`.
    virtual Result<std::optional<Staff>> tokenOwner(const QByteArray& tokenHash, qint64 now) = 0;
    virtual Result<void> revokeToken(const QByteArray& tokenHash) = 0;

    // A manager's single-use approval of a void, like a token only by its hash. Approvals that
    // expired by `now` go at the same time: they can approve nothing any more.
    virtual Result<void> putApproval(const QByteArray& approvalHash, const QString& staffId,
                                     qint64 expiresAt, qint64 now) = 0;
    // The manager of an approval that is neither used nor expired at `now`.
    virtual Result<std::optional<QString>> approvalOwner(const QByteArray& approvalHash,
                                                         qint64 now) = 0;
};
