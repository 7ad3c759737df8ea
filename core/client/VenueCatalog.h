#pragma once

#include "model/ApiError.h"
#include "model/ApiMessages.h"
#include "TabletRequest.h"

#include <QObject>

class ApiClient;
class BusyOrders;

// What the waiter reads from the server: the tables, the menu and single orders. Keeps the last
// tables and menu; an order read is handed on (orderRead) to be merged with its draft.
class VenueCatalog : public QObject
{
    Q_OBJECT
public:
    VenueCatalog(ApiClient& api, BusyOrders& busy);

    void refreshTables();
    // Unlike refreshTables(), says nothing of the server's reachability or a failure.
    void refreshTablesQuietly();
    void refreshMenu(const QString& language);
    // The venue's staff (names for ids, sign-in tiles); a failure keeps the last list, silently.
    void refreshStaff();
    void openOrder(qint64 orderId);
    const QList<Staff>& staff() const { return m_staff; }
    QList<Table> tables() const { return m_tables; }
    const QList<MenuItem>& menu() const { return m_menu; }
    // The venue's ISO 4217 code, as the last menu read said.
    QString currency() const { return m_currency; }
    // A sell-out (or its end) heard on the stream: the menu held changes at once.
    void setAvailable(const QString& menuItemId, bool available);

Q_SIGNALS:
    void tablesChanged();
    void menuChanged();
    void staffChanged();
    void availabilityChanged(const QString& menuItemId, bool available);
    void orderRead(const Order& order);
    // The server answered a read (so it is reachable).
    void answered();
    // A tables read came back, answered or not.
    void tablesAnswered();
    // A read failed; `request` says which, for the waiter.
    void readFailed(const ApiError& error, TabletRequest::Kind request);

private:
    ApiClient& m_api;
    BusyOrders& m_busy;
    QList<Table> m_tables;
    QList<MenuItem> m_menu;
    QString m_currency;
    QList<Staff> m_staff;
};
