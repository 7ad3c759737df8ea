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
    // A send refused because the draft adds sold-out items (item_unavailable).
    static QString soldOut(const QStringList& itemNames);
    // A sell-out announced while this waiter's unsent draft holds the item.
    static QString soldOutInDraft(const QString& itemName);
    // Firing a course failed; the lines stay on the order, not in the kitchen.
    static QString fireRefused(const ApiError& error, int course);
    static QString loginRefused(const ApiError& error);
    static QString requestRefused(const ApiError& error, SyncEngine::Request request);
    // Why, in one sentence, for any code.
    static QString reason(const ApiError& error);
};
