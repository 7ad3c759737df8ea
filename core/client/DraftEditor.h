#pragma once

#include "DraftStore.h"
#include "LineSyncState.h"
#include "merge/LineChange.h"
#include "model/ApiError.h"
#include "model/Order.h"

#include <QObject>

#include <functional>
#include <optional>

class Clock;
class Outbox;

// The waiter's edits to a draft: each is saved to the tablet's file before the call returns,
// then announced with draftChanged. Also answers what the UI shows of a draft.
class DraftEditor : public QObject
{
    Q_OBJECT
public:
    DraftEditor(DraftStore& drafts, const Outbox& outbox, Clock& clock);

    std::optional<Order> base(qint64 orderId) const;
    Lines draft(qint64 orderId) const;
    LineChanges pendingChanges(qint64 orderId) const;
    LineSyncState lineState(qint64 orderId, const QString& lineId) const;

    // The new line's id, or empty when the order is not open here or could not be saved.
    QString addLine(qint64 orderId, const QString& menuItemId, int seat, int qty,
                    const QString& note, const QString& addedBy, int course = 1);
    void setQty(qint64 orderId, const QString& lineId, int qty);
    void setSeat(qint64 orderId, const QString& lineId, int seat);
    void setNote(qint64 orderId, const QString& lineId, const QString& note);
    void removeLine(qint64 orderId, const QString& lineId);

    // Saves `draft` on top of `base` (for the drafts' owner, or for `staffId`); false (and
    // saveFailed) when the file refused it.
    bool save(const Order& base, const Lines& draft);
    bool save(const QString& staffId, const Order& base, const Lines& draft);

Q_SIGNALS:
    void draftChanged(qint64 orderId);
    void saveFailed(const ApiError& error);

private:
    bool editLine(qint64 orderId, const QString& lineId, const std::function<void(Line&)>& edit);

    DraftStore& m_drafts;
    const Outbox& m_outbox;
    Clock& m_clock;
};
