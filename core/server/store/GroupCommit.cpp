#include "GroupCommit.h"

#include "BackgroundFlush.h"
#include "FileFlush.h"

#include <QTimer>

#include <algorithm>

GroupCommit::GroupCommit(OrderStore& store, QObject* parent)
    : AnswerGate(parent)
    , m_store(store)
    , m_commitTimer(new QTimer(this))
{
    m_store.setGroupCommit(true);
    Result<std::optional<QString>> deferred = m_store.deferFlushes(true);
    if (!deferred.ok())
        qWarning("Commits flush on the server's thread: %s", qPrintable(deferred.error().message));
    else if (deferred.value()) {
        m_flush = std::make_unique<BackgroundFlush>(*deferred.value());
        connect(m_flush.get(), &BackgroundFlush::flushed, this, &GroupCommit::settle);
    }
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setTimerType(Qt::PreciseTimer);
    m_commitTimer->setInterval(commitDelayMs);
    connect(m_commitTimer, &QTimer::timeout, this, [this] { (void)commitNow(); });
}

GroupCommit::~GroupCommit()
{
    (void)commitNow();
    settleNow();
    m_flush.reset();
    if (Result<std::optional<QString>> restored = m_store.deferFlushes(false); !restored.ok())
        qWarning("%s", qPrintable(restored.error().message));
    m_store.setGroupCommit(false);
}

bool GroupCommit::isPending() const
{
    return ticketNow().has_value();
}

std::optional<quint64> GroupCommit::ticketNow() const
{
    if (m_store.hasUncommittedWrites())
        return m_committed + 1;
    if (m_settled < m_committed)
        return m_committed;
    return std::nullopt;
}

void GroupCommit::scheduleIfPending()
{
    // Started once per group: later writes join it without putting its commit off.
    if (m_commitTimer->isActive() || !m_store.hasUncommittedWrites())
        return;
    m_commitTimer->start();
}

void GroupCommit::afterCommit(std::function<void()> action)
{
    if (const std::optional<quint64> ticket = ticketNow())
        m_afterCommit.append(Waiting{*ticket, std::move(action)});
    else
        action();
}

Result<void> GroupCommit::commitNow()
{
    m_commitTimer->stop();
    if (!m_store.hasUncommittedWrites())
        return {};
    const quint64 ticket = m_committed + 1;
    Result<void> done = m_store.commitGroup();
    if (!done.ok()) {
        // The groups before it were committed: they are answered first, as they are.
        settleNow();
        m_committed = ticket;
        settle(ticket, done.error());
        return done;
    }
    m_committed = ticket;
    if (m_flush)
        m_flush->request(ticket);
    else
        settle(ticket, std::nullopt);
    return done;
}

void GroupCommit::settleNow()
{
    if (m_settled == m_committed)
        return;
    const Result<void> flushed = m_flush ? FileFlush::flushData(m_flush->path()) : Result<void>();
    settle(m_committed, flushed.ok() ? std::nullopt : std::optional<ApiError>(flushed.error()));
}

void GroupCommit::settle(quint64 ticket, const std::optional<ApiError>& failure)
{
    // A flush the second thread reports late may cover less than one made here since.
    if (ticket <= m_settled)
        return;
    m_settled = ticket;
    // Once here for the whole group, however many answers and announcements it fails.
    if (failure)
        qWarning("tablesyncd: %s", qUtf8Printable(failure->message));
    const auto later =
        std::find_if(m_afterCommit.begin(), m_afterCommit.end(),
                     [ticket](const Waiting& waiting) { return waiting.ticket > ticket; });
    const QList<Waiting> due(m_afterCommit.begin(), later);
    m_afterCommit.erase(m_afterCommit.begin(), later);
    if (!failure) {
        for (const Waiting& waiting : due)
            waiting.action();
    }
    emit opened(ticket, failure);
}
