#pragma once

#include <QString>

// GET /kitchen/tickets: tickets after `since`, oldest first.
struct TicketQuery
{
    qint64 since = 0;
    int limit = 200;
    QString station; // empty: every station
    bool openOnly = false;
};
