#pragma once

#include <QList>
#include <QString>

// One line as a kitchen ticket shows it; a copy taken when the ticket was made.
struct TicketLine
{
    QString lineId;
    QString menuItemId;
    // In the venue's default language.
    QString name;
    int qty = 1;
    int seat = 0;
    QString note;
    // Void tickets only.
    QString reason{};
    QString approvedBy{};

    bool operator==(const TicketLine& other) const = default;
};

using TicketLines = QList<TicketLine>;
