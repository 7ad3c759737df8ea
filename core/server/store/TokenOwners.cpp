#include "TokenOwners.h"

std::optional<Staff> TokenOwners::find(quint64 othersCommits, const QByteArray& tokenHash,
                                       qint64 now)
{
    if (m_othersCommits.moved(othersCommits)) {
        clear();
        return std::nullopt;
    }
    const auto found = m_owners.constFind(tokenHash);
    if (found == m_owners.cend() || found->expiresAt <= now)
        return std::nullopt;
    return found->staff;
}

void TokenOwners::remember(quint64 othersCommits, const QByteArray& tokenHash, const Staff& staff,
                           qint64 expiresAt)
{
    if (m_othersCommits.moved(othersCommits))
        clear();
    if (m_owners.size() >= maxTokens && !m_owners.contains(tokenHash))
        m_owners.clear();
    m_owners.insert(tokenHash, Owner{staff, expiresAt});
}

void TokenOwners::clear()
{
    m_owners.clear();
}
