#pragma once

#include "model/ApiError.h"
#include "model/ApiMessages.h"

#include <QObject>
#include <QTimer>

#include <optional>

class ApiClient;
class DraftStore;
class KitchenFeed;
class LiveReconciler;
class LiveUpdates;
class OrderSender;
class OutboxReplayer;

// Who is signed in on this tablet. Signing in makes that waiter's drafts the ones edited,
// replays the outbox and opens the stream once the first tables are in; the session ends on
// sign-out or when the server no longer knows its token.
class StaffSession : public QObject
{
    Q_OBJECT
public:
    // The parts and `staff` (read by the engine's other parts) must outlive this session.
    StaffSession(ApiClient& api, DraftStore& drafts, OrderSender& sender,
                 LiveReconciler& reconciler, OutboxReplayer& replayer, LiveUpdates& live,
                 KitchenFeed& kitchen, std::optional<Staff>& staff);

    void login(const QString& staffId, const QString& pin);
    void logout();
    // Here the server no longer knows the token (or logout() told it already).
    void drop();
    // The first tables of a sign-in are in: the stream need not wait longer.
    void tablesAnswered();
    bool isStreamStartPending() const { return m_streamStart.isActive(); }

signals:
    void loggedIn(const Staff& staff);
    void loginFailed(const ApiError& error);
    void loggedOut();

private:
    // At sign-in, that waiter's drafts become the ones edited and shown; others' stay put.
    // Signing out keeps them (nothing is sent without a session; the next sign-in switches).
    void switchOwner(const QString& staffId);

    ApiClient& m_api;
    DraftStore& m_drafts;
    OrderSender& m_sender;
    LiveReconciler& m_reconciler;
    OutboxReplayer& m_replayer;
    LiveUpdates& m_live;
    KitchenFeed& m_kitchen;
    std::optional<Staff>& m_staff;
    // After sign-in the stream opens once the first tables are in (or soon anyway): opening it
    // sets up TLS (QWebSocket does, even for ws://), which would delay the waiter's grid.
    QTimer m_streamStart;
};
