#pragma once

#include "model/ApiError.h"
#include "model/Table.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class ApiClient;

// A banquet captain's fire of one course for many tables: reads the tables' open orders to
// count what would go, then fires them all in one POST /fire (all or nothing on the server).
class BanquetFire : public QObject
{
    Q_OBJECT
public:
    // The client must be signed in as a manager; the part does not own it.
    explicit BanquetFire(ApiClient& api, QObject* parent = nullptr);

    // Reads each table's open order; previewed() says how many lines of `course` are not fired.
    // A newer preview makes the answers of an older one count for nothing.
    void preview(int course, const QList<Table>& tables);
    void fire(int course, const QStringList& tableIds);
    bool isFiring() const { return m_firing; }

Q_SIGNALS:
    // Table id -> lines of the course on the order and not yet in the kitchen.
    void previewed(int course, const QHash<QString, int>& waitingLines);
    // The course went: `lines` fired on `tables` tables, in `tickets` kitchen tickets.
    void fired(int course, int lines, int tables, int tickets);
    void failed(const ApiError& error);

private:
    ApiClient& m_api;
    quint64 m_generation = 0;
    bool m_firing = false;
};
