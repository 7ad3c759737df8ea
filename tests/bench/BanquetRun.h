#pragma once

#include "BanquetLedger.h"
#include "BanquetResult.h"
#include "HttpConnection.h"

#include "model/Result.h"

#include <QList>
#include <QObject>
#include <QPair>

#include <memory>
#include <vector>

class SimulatedWaiter;

// A banquet against one running tablesyncd: C waiters on the first T tables for D seconds,
// then a check of every touched order against the acknowledged adds. The phases are separate
// so that a fault test can kill the server between them.
class BanquetRun : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 0;
        int waiters = 4;
        int tables = 1;
        int linesPerOrder = 100;
        bool liveUpdates = false;             // see BanquetLedger::liveUpdates
        QList<QPair<QString, QString>> staff; // id, PIN; waiters take them in turn
    };

    explicit BanquetRun(Options options, QObject* parent = nullptr);
    ~BanquetRun() override;

    // Reads the tables and the menu and logs every waiter in.
    Result<void> prepare();
    void startAdding();
    // Ends the measured window now; the adds in flight finish (or fail) within waitMs.
    void stopAdding(int waitMs = 30000);
    // Adds for `seconds`, from startAdding() to stopAdding().
    void runFor(double seconds);
    // The check, against the server at host:port (after a restart it may be another process).
    Result<BanquetResult> check(const QString& host, quint16 port);

    const BanquetLedger& ledger() const { return m_ledger; }

private:
    HttpConnection::Reply fetch(HttpConnection& connection, const QByteArray& method,
                                const QByteArray& path, const QByteArray& body = {});
    Result<QByteArray> login(HttpConnection& connection);
    // The adds' latency percentiles, and their round trips overall and in the slowest 1 %.
    void summarizeAdds(BanquetResult& result) const;

    Options m_options;
    BanquetLedger m_ledger;
    std::vector<std::unique_ptr<SimulatedWaiter>> m_waiters;
    qint64 m_windowStartNs = 0;
    double m_windowSeconds = 0;
    double m_cpuAtStart = 0;
    double m_cpuSeconds = 0;
    // Taken as the window closes, for BanquetResult's fairness fields.
    qint64 m_fewestWaiterAdds = 0;
    qint64 m_mostWaiterAdds = 0;
    int m_unfinishedAdds = 0;
    qint64 m_oldestUnfinishedNs = 0;
};
