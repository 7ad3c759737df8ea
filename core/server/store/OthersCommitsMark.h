#pragma once

#include <QtGlobal>

#include <optional>

// What this process learnt from the database holds only while no other process committed
// (SqlSession::othersCommits() stays the same). The caches that skip reads on that ground ask
// here whether to drop what they know, so the rule is written once.
class OthersCommitsMark
{
public:
    // Whether everything known before must be dropped: `counter` differs from the one seen last,
    // or cannot be told (nullopt). Remembers `counter` either way.
    bool moved(std::optional<quint64> counter)
    {
        const bool stale = !counter || counter != m_seen;
        m_seen = counter;
        return stale;
    }

private:
    std::optional<quint64> m_seen;
};
