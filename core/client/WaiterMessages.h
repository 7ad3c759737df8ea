#pragma once

#include "model/ApiError.h"
#include "model/Line.h"
#include "model/MenuItem.h"

#include <QList>

// Turns what went wrong into a sentence a waiter can act on, naming the line and the field as
// the order view shows them rather than as the API spells them.
class WaiterMessages
{
public:
    static QString sendRefused(const ApiError& error, const Lines& sent,
                               const QList<MenuItem>& menu);
    static QString orderClosed();
    static QString loginRefused(const ApiError& error);
    static QString loginExpired();
    static QString readRefused(const ApiError& error, const QString& what);
};
