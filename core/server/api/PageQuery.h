#pragma once

#include "model/Result.h"

#include <QUrlQuery>

// The paging of a log read (GET /events, GET /kitchen/tickets): entries after `since`, at most
// `limit`. Both are whole numbers written plainly ("7", not "+7" or "07").
struct PageQuery
{
    static constexpr int defaultLimit = 200;
    static constexpr int maxLimit = 1000;

    qint64 since = 0;
    int limit = defaultLimit;

    // `sinceIs` says what `since` counts, for the error ("a sequence number", "a ticket id").
    static Result<PageQuery> read(const QUrlQuery& query, const QString& sinceIs);
    // A whole number, 0 or more, written plainly; nullopt for anything else.
    static std::optional<qint64> wholeNumber(const QString& text);
};
