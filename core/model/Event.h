#pragma once

#include <QString>

#include <optional>

// One entry of the append-only history. Fields that do not apply to a kind stay empty and
// are left out of the JSON.
struct Event
{
    enum class Kind { Add, Remove, Change, Conflict, Close, Fire, Void };

    qint64 seq = 0;
    qint64 orderId = 0;
    QString tableId;
    qint64 version = 0;
    Kind kind = Kind::Add;
    QString lineId;
    QString menuItemId;
    std::optional<int> qty;
    std::optional<int> prevQty;
    std::optional<int> seat{};
    std::optional<int> prevSeat{};
    std::optional<QString> note;
    std::optional<qint64> expectedVersion;
    // fire: the fire ticket; void: the void ticket.
    std::optional<qint64> ticketId{};
    // void only: why, and the manager who allowed it.
    QString reason{};
    QString approvedBy{};
    QString author;
    qint64 at = 0;

    bool operator==(const Event& other) const = default;
};
