#pragma once

#include "model/ApiMessages.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

class ApiClient;
class DraftEditor;
class DraftStore;
class OrderSender;

// Folds what the server says about orders into the drafts: a read the waiter asked for, or
// others' writes heard on the stream or in a poll. A draft without unsent edits takes the new
// order; one with edits keeps its base, so that Send meets the 409 and the waiter sees whose
// changes came in between.
class LiveReconciler : public QObject
{
    Q_OBJECT
public:
    static constexpr int tablesRefreshDelayMs = 100;

    // `staff` is the session's: the tables are read again only while someone is signed in.
    LiveReconciler(ApiClient& api, DraftStore& drafts, DraftEditor& editor,
                   const OrderSender& sender, const std::optional<Staff>& staff);

    // An order the waiter opened: its pending edits are carried over when nothing collides.
    void mergeFresh(const Order& fresh);
    // The stream said an order moved: read it when this tablet holds an older version.
    void onOrderMoved(qint64 orderId, qint64 version);
    // Another waiter's version of an order this tablet holds.
    void takeOthersChange(const Order& fresh);
    // The orders a poll should ask about, with the version this tablet knows of each.
    QHash<qint64, qint64> watchedOrders() const;
    // The newest version of an order this tablet has heard of: its base, or what others made it.
    qint64 knownVersion(qint64 orderId) const;
    // Forgets what others made of an order; returns the version it had heard of (0: none).
    qint64 forgetOthers(qint64 orderId) { return m_othersVersion.take(orderId); }
    // Gathers a burst of messages into one read of the tables.
    void scheduleTablesRefresh();

Q_SIGNALS:
    void orderChanged(qint64 orderId);
    // Another waiter changed an order while this waiter has unsent edits on it.
    void othersChanged(qint64 orderId);
    // Time to read the tables again (quietly: a failure waits for the next message).
    void tablesStale();

private:
    ApiClient& m_api;
    DraftStore& m_drafts;
    DraftEditor& m_editor;
    const OrderSender& m_sender;
    const std::optional<Staff>& m_staff;
    QTimer m_tablesRefresh;
    QSet<qint64> m_liveReads;              // orders being read because the stream said they moved
    QHash<qint64, qint64> m_othersVersion; // newer versions seen while a draft kept its base
};
