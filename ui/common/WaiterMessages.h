#pragma once

#include "client/SyncEngine.h"
#include "model/ApiError.h"
#include "model/Line.h"
#include "model/MenuItem.h"

#include <QCoreApplication>
#include <QList>

// Turns what went wrong (a code and its data) into a sentence a waiter can act on, in the app's
// language, naming the line and the field as the order view shows them rather than as the API
// spells them.
class WaiterMessages
{
    Q_DECLARE_TR_FUNCTIONS(WaiterMessages)

public:
    // `sent`: the lines the refused write carried, in order.
    static QString sendRefused(const ApiError& error, const Lines& sent,
                               const QList<MenuItem>& menu);
    static QString loginRefused(const ApiError& error);
    static QString requestRefused(const ApiError& error, SyncEngine::Request request);
    // Why, in one sentence, for any code.
    static QString reason(const ApiError& error);
};
