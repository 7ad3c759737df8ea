#pragma once

#include "model/Staff.h"
#include "OthersCommitsMark.h"

#include <QByteArray>
#include <QHash>

#include <optional>

// The staff behind the tokens this process looked up, so that a request whose token was seen
// before needs no read. An owner stays known only while SqlSession::othersCommits() stays the
// same: another process (`tablesyncd staff reset-pin`, a second server) may have revoked it.
// Unknown tokens are never kept, so guessing fills nothing.
class TokenOwners
{
public:
    // Bound: a venue's tablets and kitchen screens, many times over; past it all are dropped.
    static constexpr int maxTokens = 1024;

    // The owner of `tokenHash` at `now` when it is known at this `othersCommits`.
    std::optional<Staff> find(quint64 othersCommits, const QByteArray& tokenHash, qint64 now);
    // `staff` owns `tokenHash` until `expiresAt`, as read at `othersCommits`.
    void remember(quint64 othersCommits, const QByteArray& tokenHash, const Staff& staff,
                  qint64 expiresAt);
    // This process changed staff or tokens.
    void clear();

private:
    struct Owner
    {
        Staff staff;
        qint64 expiresAt = 0;
    };

    QHash<QByteArray, Owner> m_owners;
    OthersCommitsMark m_othersCommits;
};
