#include "GroupCommit.h"

#include <QTimer>

GroupCommit::GroupCommit(OrderStore& store, QObject* parent)
    : AnswerGate(parent)
    , m_store(store)
    , m_commitTimer(new QTimer(this))
{
    m_store.setGroupCommit(true);
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setTimerType(Qt::PreciseTimer);
    m_commitTimer->setInterval(commitDelayMs);
    connect(m_commitTimer, &QTimer::timeout, this, [this] { (void)commitNow(); });
}

GroupCommit::~GroupCommit()
{
    (void)commitNow();
    m_store.setGroupCommit(false);
}

void GroupCommit::scheduleIfPending()
{
    // Started once per group: later writes join it without putting its commit off.
    if (m_commitTimer->isActive() || !isPending())
        return;
    m_commitTimer->start();
}

void GroupCommit::afterCommit(std::function<void()> action)
{
    if (isPending())
        m_afterCommit.append(std::move(action));
    else
        action();
}

Result<void> GroupCommit::commitNow()
{
    m_commitTimer->stop();
    if (!isPending())
        return {};
    Result<void> done = m_store.commitGroup();
    const QList<std::function<void()>> actions = std::exchange(m_afterCommit, {});
    if (done.ok()) {
        for (const std::function<void()>& action : actions)
            action();
        emit opened(std::nullopt);
    } else {
        emit opened(done.error());
    }
    return done;
}
