#include "BanquetFire.h"

#include "ApiClient.h"

#include <memory>

BanquetFire::BanquetFire(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{}

void BanquetFire::preview(int course, const QList<Table>& tables)
{
    const quint64 generation = ++m_generation;
    struct Round
    {
        QHash<QString, int> waiting;
        qsizetype left = 0;
        bool failed = false;
    };
    auto round = std::make_shared<Round>();
    round->left = tables.size();
    if (tables.isEmpty()) {
        Q_EMIT previewed(course, {});
        return;
    }
    for (const Table& table : tables) {
        m_api.order(table.orderId,
                    [this, round, generation, course, tableId = table.id](Result<Order> order) {
                        if (generation != m_generation || round->failed)
                            return;
                        if (!order) {
                            round->failed = true;
                            Q_EMIT failed(order.error());
                            return;
                        }
                        int lines = 0;
                        for (const Line& line : order->items) {
                            if (line.course == course && !line.fired())
                                ++lines;
                        }
                        round->waiting.insert(tableId, lines);
                        if (--round->left == 0)
                            Q_EMIT previewed(course, round->waiting);
                    });
    }
}

void BanquetFire::fire(int course, const QStringList& tableIds)
{
    m_firing = true;
    m_api.fireBanquet(course, tableIds, [this, course](Result<BanquetFireReply> reply) {
        m_firing = false;
        if (!reply) {
            Q_EMIT failed(reply.error());
            return;
        }
        int lines = 0;
        for (const Ticket& ticket : reply->tickets)
            lines += int(ticket.lines.size());
        Q_EMIT fired(course, lines, int(reply->orders.size()), int(reply->tickets.size()));
    });
}
