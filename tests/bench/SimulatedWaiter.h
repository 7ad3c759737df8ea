#pragma once

#include "HttpConnection.h"

#include "model/Order.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include <optional>

struct BanquetLedger;

// One waiter of the banquet: logs in, then adds one line at a time to a random table with the
// version it last saw. A 409 is rebased onto `current` with the core rebase() and sent again,
// as a waiter does after confirming the dialog; the add counts once, retries included.
class SimulatedWaiter : public QObject
{
    Q_OBJECT
public:
    SimulatedWaiter(int index, QString staffId, QString pin, BanquetLedger& ledger,
                    const QString& host, quint16 port, QObject* parent = nullptr);

    void login();
    void startAdding();
    // No new add starts; the one in flight finishes, then stopped().
    void stop();
    bool isIdle() const { return !m_connection.busy(); }
    // Adds acknowledged while the ledger counted.
    qint64 countedAdds() const { return m_countedAdds; }
    // How long the add in flight has waited for its 200 so far; nullopt between adds.
    std::optional<qint64> unfinishedAddNs() const;

Q_SIGNALS:
    void loggedIn(bool ok, const QString& error);
    void stopped();

private:
    void nextAdd();
    void openOrder(const QString& tableId);
    void sendAdd();
    void onPatched(const HttpConnection::Reply& reply);
    void closeOrder(const QString& tableId, const Order& order);
    void refreshTables();
    void giveUp(const QString& why);
    void remember(const Order& order);
    // The order as this waiter knows it, newer when the live stream brought a newer one.
    const Order& known(qint64 orderId);
    bool maybeStop();

    QString m_staffId;
    QString m_pin;
    BanquetLedger& m_ledger;
    HttpConnection m_connection;
    QRandomGenerator m_random;
    QHash<qint64, Order> m_known; // orders as this waiter last saw them
    bool m_adding = false;

    // The add in progress.
    QString m_tableId;
    qint64 m_orderId = 0;
    Line m_line;
    Lines m_sentBase;
    Lines m_sentItems;
    qint64 m_sentVersion = 0;
    int m_attempts = 0;
    QElapsedTimer m_addTimer;
    int m_roundTrips = 0; // requests the timed add has sent: PATCHes and the reads between them
    qint64 m_countedAdds = 0;
};
