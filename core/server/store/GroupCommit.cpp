#include "GroupCommit.h"

#include <QMetaObject>

GroupCommit::GroupCommit(OrderStore& store, QObject* parent)
    : AnswerGate(parent)
    , m_store(store)
{
    m_store.setGroupCommit(true);
}

GroupCommit::~GroupCommit()
{
    (void)commitNow();
    m_store.setGroupCommit(false);
}

void GroupCommit::scheduleIfPending()
{
    if (m_scheduled || !isPending())
        return;
    m_scheduled = true;
    // Queued: the requests handled in this pass of the event loop join the commit; how many
    // that is depends on the dispatcher (those that arrived during the last flush, at best).
    QMetaObject::invokeMethod(
        this, [this] { (void)commitNow(); }, Qt::QueuedConnection);
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
    m_scheduled = false;
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
